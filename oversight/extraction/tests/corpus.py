"""The labelled corpus of issue 11 (data/corpus/): build each document in its formats, read it, and score it.

Scores are recall and precision of findings by kind + whitespace-normalised text, as in accuracy.py,
broken down by layout family and by format, with how many matched findings have the labelled parent
and deadline. ``python -m oversight.extraction.tests.corpus [dev|test|test2]`` prints the table (test2's "lopdf"
is its Word document converted to PDF by LibreOffice).
"""

import io
import json
import sys
from collections import defaultdict
from pathlib import Path

from bs4 import BeautifulSoup

from .accuracy import Score, normalise
from .documents import pdf_from_html

CORPUS = Path(__file__).parent / "data" / "corpus"
SAMPLES = Path(__file__).parent / "data"


def text_from_html(html):
    """Plain text as a page's text is copied: a line a block, a line a table cell, bullets kept."""
    soup = BeautifulSoup(html, "lxml")
    for sup in soup.find_all("sup"):
        sup.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    lines = []
    for element in soup.body.find_all(["h1", "h2", "h3", "h4", "p", "li"]):
        if element.find_parent("li") is not None:
            continue
        for part in element.get_text().split("\n"):
            text = " ".join(part.split())
            if text:
                lines.append(("• " if element.name == "li" else "") + text)
    return ("\n".join(lines) + "\n").encode()


def docx_from_html(html):
    """A Word document: headings, paragraphs, bulleted items, tables, superscripts and line breaks."""
    import docx

    document = docx.Document()
    soup = BeautifulSoup(html, "lxml")
    if soup.title:
        document.core_properties.title = soup.title.get_text()

    def fill(paragraph, element):
        for child in element.children:
            name = getattr(child, "name", None)
            if name == "br":
                paragraph.add_run().add_break()
                continue
            run = paragraph.add_run(child.get_text() if hasattr(child, "get_text") else str(child))
            if name == "sup":
                run.font.superscript = True

    for element in soup.body.find_all(["h1", "h2", "h3", "h4", "p", "li", "table"]):
        if element.find_parent(["li", "table"]) is not None:
            continue
        if element.name == "table":
            rows = element.find_all("tr")
            width = max(len(r.find_all(["td", "th"])) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            texts = [[" ".join(cell.get_text(" ").split()) for cell in row.find_all(["td", "th"])] for row in rows]
            # Columns as wide as their words need, as an author sizes them (a ref column narrow, the text wide).
            need = [max(12, max((len(row[c]) for row in texts if c < len(row)), default=0) ** 0.5 * 4) for c in range(width)]
            usable = document.sections[0].page_width - document.sections[0].left_margin - document.sections[0].right_margin
            table.autofit = False
            for c in range(width):
                table.columns[c].width = int(usable * need[c] / sum(need))
            for r, row in enumerate(texts):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    table.cell(r, c).width = int(usable * need[c] / sum(need))
            continue
        if element.name[0] == "h":
            document.add_heading(element.get_text(), level=int(element.name[1]))
            continue
        paragraph = document.add_paragraph()
        if element.name == "li":
            paragraph.add_run("• ")
        fill(paragraph, element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def lopdf_from_html(html):
    """The Word document converted to PDF by LibreOffice: a second PDF generator, laid out its own way."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: the lopdf format cannot be built")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "report.docx"
        source.write_bytes(docx_from_html(html))
        # A profile of its own, so a LibreOffice another process runs is neither used nor disturbed.
        subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", folder, str(source)], check=True, capture_output=True, timeout=120)
        return (Path(folder) / "report.pdf").read_bytes()


BUILDERS = {"html": lambda html: html.encode(), "pdf": pdf_from_html, "docx": docx_from_html, "txt": text_from_html,
            "lopdf": lopdf_from_html}


def documents(part):
    """(name, format, bytes, gold) for every document of a part; dev also holds the public samples."""
    for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        stem = gold_path.name.replace(".gold.json", "")
        text = gold_path.with_name(stem + ".txt")
        if text.exists():
            yield stem, "txt", text.read_bytes(), gold
            continue
        html = gold_path.with_name(stem + ".html").read_text()
        for fmt in gold["formats"]:
            yield stem, fmt, BUILDERS[fmt](html), gold
    if part == "dev":
        for gold_path in sorted(SAMPLES.glob("sample_*.gold.json")):
            findings = json.loads(gold_path.read_text())
            for f in findings:
                f["family"] = "sample"
            gold = {"family": "sample", "findings": findings, "organisation": None, "updates": []}
            yield gold_path.name.replace(".gold.json", ""), "txt", gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes(), gold


def score_document(proposal, gold):
    """(Score, families of each gold finding and of each unmatched proposal, details) for one document."""
    wanted = {}
    for g in gold["findings"]:
        wanted.setdefault((g["type"], normalise(g["text"])), []).append(g)
    found_text = {f["id"]: normalise(f["text"]) for f in proposal["findings"]}
    gold_text = {g["id"]: normalise(g["text"]) for g in gold["findings"]}
    per_family = defaultdict(lambda: Score(0, 0, 0))
    for g in gold["findings"]:
        per_family[str(g["family"])] += Score(1, 0, 0)
    parents = dues = 0
    details = {"themes": [0, 0], "addressees": [0, 0]}
    matched_gold = []
    for finding in proposal["findings"]:
        key = (finding["kind"], normalise(finding["text"]))
        if wanted.get(key):
            g = wanted[key].pop(0)
            matched_gold.append(g)
            per_family[str(g["family"])] += Score(0, 1, 1)
            parents += found_text.get(finding["parent"]) == gold_text.get(g["parent_id"])
            dues += (finding["due_text"] or None) == g["due"]
            if "theme" in g and "theme" in finding:
                details["themes"][0] += 1
                details["themes"][1] += finding["theme"] == g["theme"]
            details["addressees"][0] += 1
            details["addressees"][1] += [a.lower() for a in finding["addressees"]] == [a.lower() for a in g["addressees"]]
        else:
            per_family[str(gold["family"])] += Score(0, 1, 0)
    return per_family, len(matched_gold), parents, dues, details


def scan_of(pdf, dpi=150):
    """The PDF as a scanner would give it: each page a picture, no text layer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = [document[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(document))]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buffer.getvalue()


def measure(part, *, scans=False, **options):
    from oversight.extraction.propose import propose

    by_family, by_format = defaultdict(lambda: Score(0, 0, 0)), defaultdict(lambda: Score(0, 0, 0))
    total, counts, errors = Score(0, 0, 0), [0, 0, 0], []
    docs = 0
    themes, addressees = [0, 0], [0, 0]
    for name, fmt, data, gold in documents(part):
        if scans:
            if fmt not in ("pdf", "lopdf"):
                continue
            fmt, data = "scan", scan_of(data)
        docs += 1
        try:
            proposal = propose(data, f"{name}.{fmt}", **options)
        except Exception as error:  # noqa: BLE001 - a reader failing is a miss of every finding, reported
            errors.append((name, fmt, repr(error)))
            proposal = {"findings": []}
        per_family, matched, parents, dues, details = score_document(proposal, gold)
        themes = [a + b for a, b in zip(themes, details["themes"], strict=True)]
        addressees = [a + b for a, b in zip(addressees, details["addressees"], strict=True)]
        for family, s in per_family.items():
            by_family[family] += s
            by_format[fmt] += s
            total += s
        counts[0] += matched
        counts[1] += parents
        counts[2] += dues
    return {"documents": docs, "total": total, "by_family": dict(by_family), "by_format": dict(by_format),
            "matched": counts[0], "parent_right": counts[1], "due_right": counts[2], "errors": errors,
            "theme_right": themes, "addressees_right": addressees}


def report(result):
    lines = [f"documents {result['documents']}"]
    def fmt(s):
        return f"gold {s.gold:3d} proposed {s.proposed:3d} matched {s.matched:3d}  R {s.recall:.2f}  P {s.precision:.2f}"
    lines.append("TOTAL            " + fmt(result["total"]))
    for family in sorted(result["by_family"], key=str):
        lines.append(f"family {family:<9} " + fmt(result["by_family"][family]))
    for name in sorted(result["by_format"]):
        lines.append(f"format {name:<9} " + fmt(result["by_format"][name]))
    lines.append(f"matched {result['matched']}: parent right {result['parent_right']}, deadline right {result['due_right']}, "
                 f"addressees right {result['addressees_right'][1]}/{result['addressees_right'][0]}, "
                 f"section right {result['theme_right'][1]}/{result['theme_right'][0]}")
    for error in result["errors"]:
        lines.append(f"error {error}")
    return "\n".join(lines)


if __name__ == "__main__":
    scans = "--scan" in sys.argv
    before = "--before" in sys.argv  # the reader as it was: one finding per lead-in
    parts = [a for a in sys.argv[1:] if not a.startswith("--")] or ["dev", "test"]
    for part in parts:
        print(f"== {part}{' (scanned PDFs, OCR)' if scans else ''}")
        options = {} if before else {"split_items": True}
        print(report(measure(part, scans=scans, with_theme=True, **options)))
