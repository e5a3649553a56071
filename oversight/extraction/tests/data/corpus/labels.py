"""The corpus's labelling kit: a document is written once, and its gold labels are taken as it is written.

A ``Doc`` collects HTML (or, for layouts only plain text has, raw text) and the findings the page presents.
Labels follow shared/samples/reports/README.md with the one change issue 11 asks for: a lead-in
("By 31 August 2021, the service should:") with items is labelled as one finding per item, each carrying the
lead-in's deadline, addressee and parent. List markers and joiners ("; and") are not part of a text.
Each finding records the layout ``family`` (1–8, 10 of issue 11) it exercises; tables may add ``updates``
(the progress update printed beside a recommendation).
"""

import html as htmllib
import json
from pathlib import Path

AFI, REC, COC = "area_for_improvement", "recommendation", "cause_of_concern"
ALL_FORMATS = ("txt", "html", "docx", "pdf")
LO_FORMATS = (*ALL_FORMATS, "lopdf")  # and the Word document converted to PDF by LibreOffice
LANDSCAPE = "<style>@page { size: A4 landscape !important }</style>"


def collection():
    """A part's list of document makers, and the decorator that adds one to it (``DOCS, document = collection()``)."""
    docs = []

    def document(fn):
        docs.append(fn)
        return fn

    return docs, document


def esc(text):
    return htmllib.escape(text, quote=False)


def norm(text):
    return " ".join(text.split())


class Doc:
    def __init__(self, name, title, family, notes, *, formats=ALL_FORMATS, organisation=None, published_on=None):
        self.name, self.title, self.family, self.notes = name, title, family, notes
        self.formats, self.organisation, self.published_on = formats, organisation, published_on
        self.parts, self.findings, self.updates = [], [], []
        self.printed = {}  # gold id -> the pieces a finding is printed in (a recommendation wrapped over two cells)
        self.text = None  # raw text documents (families that only text has)

    def h(self, level, text):
        self.parts.append(f"<h{level}>{esc(text)}</h{level}>")

    def p(self, text):
        self.parts.append(f"<p>{esc(text)}</p>")

    def ul(self, items):
        self.parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")

    def raw(self, markup):
        self.parts.append(markup)

    def pagebreak(self):
        self.parts.append('<div style="page-break-before: always"></div>')

    def table(self, header, rows):
        def cells(tag, row):
            return "<tr>" + "".join(f"<{tag}><p>{esc(c)}</p></{tag}>" for c in row) + "</tr>"

        self.parts.append("<table>" + cells("th", header) + "".join(cells("td", r) for r in rows) + "</table>")

    def f(self, kind, text, *, ref=None, due=None, parent=None, addressees=(), family=None, theme=None):
        """Label one finding and return its gold id."""
        gid = f"F{len(self.findings) + 1}"
        item = {
            "id": gid, "type": kind, "ref": ref, "text": norm(text), "addressees": list(addressees), "due": due,
            "parent_id": parent, "family": family or self.family,
        }
        if theme is not None:
            item["theme"] = theme
        self.findings.append(item)
        return gid

    def lead(self, lead_in, items, *, kind=REC, due=None, addressees=(), parent=None, family=1, marker="ul"):
        """Print a lead-in and its items; label each item as a finding carrying the lead-in's details."""
        self.p(lead_in)
        joined = [i + ("; and" if n == len(items) - 2 else (";" if n < len(items) - 1 else "."))
                  for n, i in enumerate(items)]
        self.ul(joined)
        # The last item keeps its full stop, as printed; only the joiners ("; and") are not part of a text.
        texts = items[:-1] + [items[-1] + "."]
        return [self.f(kind, i, due=due, parent=parent, addressees=addressees, family=family) for i in texts]

    def update(self, finding_id, text):
        self.updates.append({"finding_id": finding_id, "text": norm(text)})

    def write(self, folder):
        folder.mkdir(parents=True, exist_ok=True)
        if self.text is not None:
            (folder / f"{self.name}.txt").write_text(self.text)
        else:
            page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                    f"<title>{esc(self.title)}</title></head>\n<body>\n" + "\n".join(self.parts) + "\n</body></html>\n")
            (folder / f"{self.name}.html").write_text(page)
        gold = {
            "title": self.title, "family": self.family, "notes": self.notes,
            "formats": list(self.formats) if self.text is None else ["txt"],
            "organisation": self.organisation, "published_on": self.published_on,
            "findings": self.findings, "updates": self.updates,
        }
        (folder / f"{self.name}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")


def check_texts(doc):
    """Every labelled text is printed in the document (so a label cannot drift from its page)."""
    import re

    source = doc.text if doc.text is not None else re.sub(
        r"<sup>.*?</sup>|<span style=\"float: footnote\"[^>]*>.*?</span>|<style>.*?</style>|<[^>]+>", " ", " ".join(doc.parts))
    flat = norm(htmllib.unescape(source).replace("\f", " "))
    if doc.name.startswith("d10_"):
        flat = norm(re.sub(r"Inspection report – OFFICIAL|\s\d\s", " ", flat))
    for finding in doc.findings:
        for piece in doc.printed.get(finding["id"], [finding["text"]]):
            assert norm(piece) in flat, (doc.name, piece[:80])


HERE = Path(__file__).parent


def joiner(n, count):
    """What a list prints after item n of count: "; and" before the last, ";" before that, "." at the end."""
    return "; and" if n == count - 2 else (";" if n < count - 1 else ".")


def cell(text, **span):
    """A table cell, with its spans ("colspan", "rowspan")."""
    attrs = "".join(f' {k}="{v}"' for k, v in span.items())
    return f"<td{attrs}><p>{esc(text)}</p></td>"

