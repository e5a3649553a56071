"""Read a report file into pages of paragraphs. The format is told by content, not by file name."""

import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from itertools import pairwise

from .blocks import Para
from .layout import lines_of_pdf_page, pdf_paragraphs, strip_running_lines


class UnreadableDocument(Exception):
    """The file cannot be read as a report; the message says why, in one line."""


@dataclass
class Document:
    """What a reader found: pages of paragraphs, and what the file says about itself."""

    pages: list = field(default_factory=list)  # [(page number or None, [paragraph, …]), …]
    title: str | None = None
    page_count: int | None = None
    format: str = "text"
    ocr: bool = False  # read by OCR from a scan: the review says so
    damaged_lines: list = field(default_factory=list)  # lines of mixed encoding (text, web page): flagged


MAX_UNZIPPED = 60_000_000  # a Word file whose XML unpacks beyond this is a zip bomb, not a report
MAX_PDF_PAGES = 2000


def sniff(data):
    """The format of a file from its first bytes: "pdf", "docx", "html" or "text"; else raise."""
    if not data or not data.strip():
        raise UnreadableDocument("The file is empty.")
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as error:
            raise UnreadableDocument("The file looks like a Word document but is damaged.") from error
        if "word/document.xml" not in names:
            raise UnreadableDocument("The file is a zip archive, not a Word document.")
        if "word/vbaProject.bin" in names:
            raise UnreadableDocument("Word files with macros are refused.")
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # Only the XML parts are parsed (pictures are not): their unpacked size bounds the memory used.
            if sum(info.file_size for info in archive.infolist() if info.filename.endswith((".xml", ".rels"))) > MAX_UNZIPPED:
                raise UnreadableDocument(
                    f"The Word document unpacks to more than {MAX_UNZIPPED // 1_000_000} MB; it cannot be read safely."
                )
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableDocument("Old Word (.doc) files cannot be read; save it as .docx or PDF.")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableDocument("The file is not a PDF, Word, web page or text file.")
    text = decode(data)
    if re.search(r"<(?:!doctype\s+html|html|body|head|p|div|h1|h2)\b", text[:2000], re.I):
        return "html"
    return "text"


def decode(data):
    """Text from bytes: UTF-8 (or UTF-16 with its mark); else line by line, so one stray byte in a UTF-8
    file (a 0xFF) costs one line's curly quotes at most, not every line's (mixed encodings)."""
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            try:
                # The line is UTF-8 but for stray bytes: keep its characters, drop the bytes that aren't text.
                text = line.decode("utf-8", errors="strict" if b"\xe2\x80" not in line else "replace")
                lines.append(text.replace("\ufffd", ""))
            except UnicodeDecodeError:
                lines.append(line.decode("cp1252", errors="replace"))
    return "\n".join(lines)


def mixed_encoding_lines(data):
    """The numbers of the lines that are not UTF-8 in a file that otherwise is: decode() reads them as
    best it can, and the review flags them rather than rewrite them without a word (issue 15)."""
    try:
        data.decode("utf-8-sig")
        return []
    except UnicodeDecodeError:
        pass
    damaged = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8-sig")
        except UnicodeDecodeError:
            damaged.append(number)
    return damaged if len(damaged) < len(data.split(b"\n")) else []


def read(data, name=""):
    """The report in `data` as a Document; raises UnreadableDocument with a clear reason."""
    kind = sniff(data)
    reader = {"pdf": read_pdf, "docx": read_docx, "html": read_html, "text": read_text}[kind]
    document = reader(data)
    document.format = kind
    if kind in ("text", "html") and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        document.damaged_lines = mixed_encoding_lines(data)
    if not any(paragraphs for _, paragraphs in document.pages):
        raise UnreadableDocument("The file has no text to read.")
    return document


def read_text(data):
    """Plain text: one paragraph a line; form feeds separate pages."""
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    raw_pages = text.split("\f")
    paged = len(raw_pages) > 1
    pages = []
    for number, page in enumerate(raw_pages, start=1):
        lines = [line for line in page.split("\n") if not line.startswith("# source:")]
        if paged:
            lines = without_glued_notes(lines)
        filled = [line for line in lines if line.strip()]
        if filled and (sum(map(len, filled)) / len(filled) > 600 or (len(filled) <= 3 and max(map(len, filled)) > 300)):
            # Text with no line breaks (copy-paste, some generators): read it by sentence (issue 11, layout 3).
            lines = [sentence for line in lines for sentence in sentences(line)]
        pages.append((number if paged else None, tab_tables(lines, number)))
    title = next((line.strip(" #*") for _, lines in pages for line in lines if line.strip(" #*")), None)
    if paged:
        pages = strip_running_lines(pages)
    return Document(pages=pages, title=title, page_count=len(raw_pages) if paged else None)


NOTE_LINE = re.compile(r"^\s*(?P<n>\d{1,3})\s*(?=[A-Z“‘\"'(])\S")


def glued_call(number):
    """A footnote call a text export glued to the word before it: "timescale3", "guidance,12", "partners23."."""
    return re.compile(rf"(?:(?<=[a-z])|(?<=[a-z][.,;:)’”\"'])){number}(?!\w)")


def without_glued_notes(lines):
    """A text export's page without its footnotes and the calls glued to words (pdftotext prints a raised call
    as plain digits: "within the agreed timescale3 and …", the note "3 College of Policing …" above the page
    number). A note is only one at the foot of the page whose number is glued to a word above it; words that
    end in digits of their own ("COVID-19", "P1", "Schedule 7A") keep them."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    notes = {}
    for position, n in enumerate(filled):
        m = NOTE_LINE.match(lines[n])
        # At the foot: only notes, their wrapped lines and short lines (a footer, the page number) below it.
        if m and all(NOTE_LINE.match(lines[k]) or len(lines[k].split()) <= 12 or k == filled[position + 1]
                     for k in filled[position + 1:]) and len(filled) - position <= 8:
            call = glued_call(m.group("n"))
            if any(call.search(lines[k]) for k in filled[:position]):
                notes[n] = call
    if not notes:
        return lines
    drop = set(notes)
    for n in notes:
        k = n + 1
        # A note wrapped over lines: what follows it, up to a blank line, the next note or the page number.
        while k < len(lines) and lines[k].strip() and k not in notes and not re.fullmatch(r"\s*\d{1,4}\s*", lines[k]) \
                and len(lines[k].split()) > 3 and k - n <= 3:
            drop.add(k)
            k += 1
    first_note = min(notes)
    out = []
    for n, line in enumerate(lines):
        if n in drop:
            continue
        if n < first_note:
            for call in notes.values():
                line = call.sub("", line)
        out.append(line)
    return out


def tab_tables(lines, page):
    """Lines with the cells of a table parted by tabs (a spreadsheet or Word table pasted as text), as cells
    with their grid, so a tracker's columns are read as columns; two such lines or more make a table."""
    out, run = [], []

    def flush():
        if len(run) >= 2:
            table = ("text", page, len(out))
            for r, line in enumerate(run):
                for c, cell in enumerate(line.split("\t")):
                    if cell.strip():  # an empty cell is simply not there; the grid keeps the others in place
                        para = Para(cell.strip(), "cell")
                        para.at = (table, r, c)
                        out.append(para)
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        if "\t" in line.strip("\t\n "):
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


MAX_HTML_DEPTH = 200  # a page nested deeper is a bomb, not a report (and would exhaust the stack)
ABBREVIATIONS = r"(?<!\bNo)(?<!\bNos)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bpara)(?<!\bcf)(?<!\bvs)(?<!\bpp)(?<!\b[A-Z])"
SENTENCE_END = re.compile(
    ABBREVIATIONS + r"(?:(?<=[.!?])|(?<=[.!?][”’\"'])|(?<=\[/on\]))\s+(?=[A-Z“‘\"'•(\[])"
    r"|(?<=:)\s+(?=[A-Z“‘\"'•])"
    # "… for the force: “The force should ….” and “The force should ….”": two quoted findings.
    r"|(?<=[.!?][”\"])\s+(?:and|or)\s+(?=[“\"][A-Z])"
    # "… a sensitive post. 4. Force response 4.1 …": a paper's paragraph number opens the next piece.
    r"|" + ABBREVIATIONS + r"(?<=[.!?])\s+(?=\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z])"
)


def sentences(line):
    """A line of running text cut into sentences (and after a colon that opens a capitalised clause).

    Flattened text keeps its headings and table cells inside the sentences: "Responding to the public
    Areas for improvement The force should …", "… RAG 1 The force should …", "… Amber 2 By 30 June, the
    force should …". Those are cut out too, so the parser sees the heading, then the finding.
    """
    out = []
    for part in SENTENCE_END.split(line):
        for piece in NUMBERED_DIRECTIVE.split(part):
            for labelled in LABELLED_DIRECTIVE.split(piece):
                out.extend(inline_headings(labelled))
    return [part for part in out if part.strip()]


_MODAL = r"(?:should|must|needs?\s+to)"
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
# "… RAG 1 The force should …": a number printed as a table's ref cell, then a directive sentence.
NUMBERED_DIRECTIVE = re.compile(
    rf"(?<=[A-Za-z.)])(?<!\b[Bb]y)(?<!\b[Ww]ithin)(?<!\b[Oo]n)(?<!\b[Tt]o)(?<!\b[Oo]f)(?<!\b[Ii]n)"
    # … nor the number of a label: "Recommendation 1 By …", "AFI 2 The force …".
    rf"(?<![Rr]ecommendation)(?<!AFI)(?<![Ii]mprovement)(?<![Cc]oncern)(?<!\bCoC)(?<!\b[Rr]ec)"
    rf"\s+(?!\d{{1,3}}\s+{MONTHS})(?=(?:[A-Z]{{1,4}}[-/–])?\d{{1,3}}\s+(?:By|Within|The|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})\b[^.:]{{0,120}}?\b{_MODAL}\b)"
)
# "… Owner Progress Status AFI 1 The service should …": a row's labelled ref cell after the header's words or the
# last row's status; the label and its number start the finding.
LABELLED_DIRECTIVE = re.compile(
    rf"(?<=[A-Za-z])\s+(?=(?:AFI|Rec|CoC)\s*\d{{1,3}}\s+(?:By|Within|The|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})\b"
    rf"[^.:]{{0,120}}?\b{_MODAL}\b)"
)
# A kind heading printed inside a flattened sentence, between title-case words and the finding it heads.
INLINE_KIND = re.compile(
    r"(?:^|(?<=[A-Za-z.)])\s)(?P<kind>(?:Recommendations?|Areas?\s+for\s+improvement|Causes?\s+of\s+concern))"
    r"\s+(?=(?:By|Within|The|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\b)"
)
LOWER_BEFORE = re.compile(r"\b(?:the|a|an|its|our|their|this|these|of|to|and|or|two|three|four|five|six|\d+|her|his|all|any|no|each|made|with|in|on)\s*$")


def inline_headings(text):
    """ "Protecting people Cause of concern The force isn't …" → the section, the kind heading, the finding."""
    m = INLINE_KIND.search(text)
    if not m or LOWER_BEFORE.search(text[: m.start("kind")]):
        return [text]
    rest = text[m.end():]
    if len(rest.split()) < 5 or not re.search(r"[a-z]{2,}", rest):
        return [text]  # a table header ("Recommendation Force update RAG"), not a heading and its finding
    before = text[: m.start("kind")].strip()
    return ([before] if before else []) + [m.group("kind")] + inline_headings(rest)


BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd", "blockquote",
    "section", "article", "header", "footer", "br", "pre", "caption", "figcaption", "summary", "details",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "button", "form", "select"}


def _nesting_depth(text, limit):
    """How deep the page nests, up to limit + 1, from libxml2's own parse (C, milliseconds): a bomb is
    refused before BeautifulSoup builds a Python object for each of its elements (seconds)."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return 0
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
        if deepest > limit:
            break
    return deepest


def read_html(data):
    """A web page: one paragraph per block element; list items keep their bullet or number."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, Tag

    text = decode(data)
    if _nesting_depth(text, MAX_HTML_DEPTH) > MAX_HTML_DEPTH:
        raise UnreadableDocument(f"The web page nests its elements more than {MAX_HTML_DEPTH} deep; it cannot be read safely.")
    soup = BeautifulSoup(text, "lxml")
    title_tag = soup.find("h1") or soup.find("title")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag else None
    lines, current = [], []
    roles = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
             "td": "cell", "th": "cell", "li": "item"}

    cell_at = [None]  # (table, row, column) of the table cell being read: the document model keeps the grid

    def flush(role=None):
        text = " ".join("".join(current).split())
        if text:
            para = Para(text, role)
            para.at = cell_at[0] if role == "cell" else None
            lines.append(para)
        current.clear()

    def walk(node, depth=0, role=None):
        if depth > MAX_HTML_DEPTH:
            raise UnreadableDocument(f"The web page nests its elements more than {MAX_HTML_DEPTH} deep; it cannot be read safely.")
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                current.append(str(child))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name in SKIP_TAGS or child.get("hidden") is not None or child.get("aria-hidden") == "true":
                    continue
                if name == "sup" and child.get_text().strip().isdigit():
                    continue  # footnote marker
                if re.search(r"float\s*:\s*footnote", child.get("style") or ""):
                    continue  # a footnote's text, printed at the page's foot (CSS for print: "float: footnote")
                if name in BLOCK_TAGS:
                    flush(role)
                    # A list or paragraph inside a table cell stays part of the cell (the grid keeps its row).
                    inner = role if role == "cell" and name not in ("td", "th") else roles.get(name, role if role == "cell" else None)
                    if name == "li":
                        current.append(list_marker(child) + " ")
                    outer_cell = cell_at[0]
                    if name in ("td", "th"):
                        cell_at[0] = html_cell_position(child)
                    walk(child, depth + 1, inner)
                    flush(inner)
                    cell_at[0] = outer_cell
                else:
                    walk(child, depth + 1, role)

    walk(soup.body or soup)
    flush()
    return Document(pages=[(None, lines)], title=title)


def html_cell_position(cell):
    """(table, row, column) of a td or th: which table (by identity), its row among the table's rows, its column
    in the grid, past the cells of rows above that span down into its row (a "Source report" merged over two)."""
    row = cell.find_parent("tr")
    table = cell.find_parent("table")
    if row is None or table is None:
        return None
    grid = getattr(table, "cell_grid", None)
    if grid is None:
        grid = table.cell_grid = table_grid(table)
    return (id(table), *grid.get(id(cell), (0, 0)))


def table_grid(table):
    """{id(cell): (row, column)} for every cell of the table's own rows, spans counted."""
    def span(cell, name):
        value = str(cell.get(name, 1))
        return max(1, min(int(value), 50)) if value.isdigit() else 1

    taken, grid = set(), {}
    rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
    for r, row in enumerate(rows):
        column = 0
        for cell in row.find_all(["td", "th"], recursive=False):
            while (r, column) in taken:
                column += 1
            grid[id(cell)] = (r, column)
            for dr in range(span(cell, "rowspan")):
                for dc in range(span(cell, "colspan")):
                    taken.add((r + dr, column + dc))
            column += span(cell, "colspan")
    return grid


def list_marker(item):
    parent = item.parent
    if parent is None or parent.name != "ol":
        return "•"
    position = 1 + sum(1 for sibling in item.find_previous_siblings("li"))
    start = int(parent.get("start", 1)) if str(parent.get("start", "1")).isdigit() else 1
    style = (parent.get("type") or "1")
    return f"{format_number(start + position - 1, style)}."


def format_number(n, style):
    if style in ("i", "I"):
        roman = to_roman(n)
        return roman.lower() if style == "i" else roman
    if style in ("a", "A"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if style == "A" else letter
    return str(n)


def to_roman(n):
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
              (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in values:
        while n >= value:
            out, n = out + letters, n - value
    return out


def read_docx(data):
    """A Word document: paragraphs and table cells in order; automatic numbering written out."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise UnreadableDocument("The Word document is damaged and cannot be read.") from error
    except Exception as error:  # lxml raises its own errors on a broken part
        raise UnreadableDocument("The Word document is damaged and cannot be read.") from error
    numbering = Numbering(document)
    heading_styles = {
        style.style_id: True for style in document.styles
        if getattr(style, "name", "") and re.match(r"^(?:heading\s*\d|title)$", style.name, re.I)
    }
    lines = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            role = "heading" if heading_styles.get(style_of(child)) else None
            lines.append(Para(numbering.label(child) + paragraph_text(child), role))
        elif tag == "tbl":
            for r, row in enumerate(child.iterchildren(W + "tr")):
                for c, cell in enumerate(row.iterchildren(W + "tc")):
                    for paragraph in cell.iter(W + "p"):
                        para = Para(numbering.label(paragraph) + paragraph_text(paragraph), "cell")
                        para.at = (id(child), r, c)  # the document model keeps the table's grid
                        lines.append(para)
    title = document.core_properties.title or next((line for line in lines if line.strip()), None)
    return Document(pages=[(None, lines)], title=title)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def style_of(paragraph):
    props = paragraph.find(W + "pPr")
    style = props.find(W + "pStyle") if props is not None else None
    return style.get(W + "val") if style is not None else None


def paragraph_text(paragraph):
    """A paragraph's text without superscript footnote references."""
    parts = []
    for run in paragraph.iter(W + "r"):
        props = run.find(W + "rPr")
        if props is not None:
            align = props.find(W + "vertAlign")
            if align is not None and align.get(W + "val") == "superscript":
                continue
        if run.find(W + "footnoteReference") is not None or run.find(W + "endnoteReference") is not None:
            continue
        for node in run:
            name = node.tag.rsplit("}", 1)[-1]
            if name == "t":
                parts.append(node.text or "")
            elif name == "tab":
                parts.append(" ")
            elif name in ("br", "cr"):
                parts.append(" ")
    return "".join(parts)


class Numbering:
    """Writes out Word's automatic list numbers ("1.", "IV.", "•"), which python-docx does not show."""

    def __init__(self, document):
        self.formats = {}
        self.counters = {}
        self.style_numbering = styles_with_numbering(document)
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for node in root.findall(W + "abstractNum"):
            levels = {}
            for level in node.findall(W + "lvl"):
                fmt = level.find(W + "numFmt")
                text = level.find(W + "lvlText")
                start = level.find(W + "start")
                levels[level.get(W + "ilvl")] = (
                    fmt.get(W + "val") if fmt is not None else "decimal",
                    text.get(W + "val") if text is not None else "%1.",
                    int(start.get(W + "val")) if start is not None else 1,
                )
            abstract[node.get(W + "abstractNumId")] = levels
        for num in root.findall(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.formats[num.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})

    def label(self, paragraph):
        props = paragraph.find(W + "pPr")
        numbered = props.find(W + "numPr") if props is not None else None
        if numbered is None and props is not None and props.find(W + "pStyle") is not None:
            numbered = self.style_numbering.get(props.find(W + "pStyle").get(W + "val"))
        if numbered is None:
            return ""
        num_id = numbered.find(W + "numId")
        level = numbered.find(W + "ilvl")
        num_id = num_id.get(W + "val") if num_id is not None else None
        level = level.get(W + "val") if level is not None else "0"
        fmt, text, start = self.formats.get(num_id, {}).get(level, ("bullet", "•", 1))
        if fmt == "bullet":
            return "• "
        key = (num_id, level)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and int(k[1]) > int(level)]:
            del self.counters[deeper]
        style = {"upperRoman": "I", "lowerRoman": "i", "upperLetter": "A", "lowerLetter": "a"}.get(fmt, "1")
        number = format_number(self.counters[key], style)
        return re.sub(r"%\d", number, text, count=1).split("%")[0] + " "


def styles_with_numbering(document):
    """Paragraph styles that number their paragraphs ("List Number"), by style id, following basedOn."""
    try:
        styles = document.styles.element
    except (KeyError, AttributeError):
        return {}
    own, based_on = {}, {}
    for style in styles.findall(W + "style"):
        style_id = style.get(W + "styleId")
        props = style.find(W + "pPr")
        if props is not None and props.find(W + "numPr") is not None:
            own[style_id] = props.find(W + "numPr")
        parent = style.find(W + "basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(W + "val")
    resolved = {}
    for style_id in set(own) | set(based_on):
        seen, current = set(), style_id
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based_on.get(current)
        if current in own:
            resolved[style_id] = own[current]
    return resolved


def read_pdf(data):
    """A PDF with a text layer: lines per page, running headers and footers removed, paragraphs rebuilt."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise UnreadableDocument("The PDF is encrypted; save an unprotected copy and try again.") from error
        raise UnreadableDocument("The PDF is damaged and cannot be read.") from error
    try:
        count = len(pdf)
        if count == 0:
            raise UnreadableDocument("The PDF has no pages.")
        if count > MAX_PDF_PAGES:
            raise UnreadableDocument(f"The PDF has {count} pages; at most {MAX_PDF_PAGES} can be read.")
        title = (pdf.get_metadata_dict().get("Title") or "").strip() or None
        raw_pages, carry = [], {}
        for index in range(count):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                raw_pages.append((index + 1, page.get_height(), lines_of_pdf_page(textpage, carry, page.get_height())))
            finally:
                textpage.close()
                page.close()
        characters = sum(len(line.text) for _, _, lines in raw_pages for line in lines)
        ocr = characters < 20 * count and characters < 200
        if ocr:
            raw_pages = ocr_pages(pdf)
    finally:
        pdf.close()
    pages = pdf_paragraphs(raw_pages)
    if ocr and not any(paragraphs for _, paragraphs in pages):
        raise UnreadableDocument("The PDF is a scan, and OCR found no text in it (a picture, or a blank page?).")
    if title is None:
        title = next((line for _, lines in pages for line in lines if len(line.split()) > 1), None)
    return Document(pages=pages, title=title, page_count=count, ocr=ocr)


OCR_DPI = 200
MAX_OCR_PAGES = 150
OCR_SECONDS_A_PAGE = 120


def tesseract():
    """The tesseract program, or None where it is not installed."""
    import shutil

    return shutil.which("tesseract")


def ocr_pages(pdf):
    """[(page number, page height, lines)] of a scanned PDF, read by Tesseract from each page's picture.

    Tesseract's TSV gives each word's box; words on one line become a Line in PDF points, so the same
    layout code rebuilds paragraphs and drops running headers, page numbers and footnotes.
    """
    import subprocess
    import tempfile

    program = tesseract()
    if program is None:
        raise UnreadableDocument(
            "The PDF has no text layer (a scan?) and OCR is not installed here (tesseract-ocr); "
            "ask for it to be installed, or upload a PDF with text."
        )
    if len(pdf) > MAX_OCR_PAGES:
        raise UnreadableDocument(f"The PDF is a scan of {len(pdf)} pages; at most {MAX_OCR_PAGES} scanned pages can be read.")
    out, carry = [], {}
    scale = 72 / OCR_DPI
    with tempfile.TemporaryDirectory(prefix="oversight-ocr-") as folder:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                height = page.get_height()
                image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
            finally:
                page.close()
            path = f"{folder}/page.png"
            image.save(path)
            try:
                done = subprocess.run(
                    [program, path, "stdout", "--psm", "3", "-l", "eng", "-c", "tessedit_do_invert=0", "tsv"],
                    capture_output=True, text=True, timeout=OCR_SECONDS_A_PAGE, check=True,
                    env={"OMP_THREAD_LIMIT": "1", "PATH": os.environ.get("PATH", "")},
                )
            except (subprocess.SubprocessError, OSError) as error:
                raise UnreadableDocument(f"OCR could not read page {index + 1} of the scan.") from error
            out.append((index + 1, height, ocr_lines(done.stdout, height, scale, carry)))
    return out


def ocr_lines(tsv, page_height, scale, carry=None):
    """Lines (in PDF points, origin bottom left) from Tesseract's TSV of one page, tracker tables found by position."""
    from .layout import COMPOUND_LEFT, Line, tables_of

    words = []
    for row in tsv.splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) < 12 or not parts[11].strip() or parts[10] == "-1":
            continue
        left, top, width, height = (int(v) for v in parts[6:10])
        word = Line(left * scale, (left + width) * scale, page_height - top * scale, page_height - (top + height) * scale,
                    parts[11], height * scale)
        word.size, word.key = height * scale, (parts[2], parts[3], parts[4])
        words.append(word)
    if not words:
        return []
    heights = sorted(w.height for w in words)
    typical = heights[len(heights) // 2]
    tables, words = tables_of(words, carry, page_height)
    lines = {}
    for word in words:
        lines.setdefault(word.key, []).append(word)
    result = []
    for group in lines.values():
        group.sort(key=lambda w: w.left)
        text = normalise_ocr(" ".join(w.text for w in group))
        hyphen = re.search(r"([A-Za-z]+)-$", text)
        if hyphen:
            # A hyphen at the line end: a compound's may be printed (the document decides), any other is the typesetter's.
            text = text[:-1] + ("\x02" if hyphen.group(1).lower() in COMPOUND_LEFT else "\u00ad")
        height = max(w.height for w in group)
        line = Line(min(w.left for w in group), max(w.right for w in group), max(w.top for w in group),
                    min(w.bottom for w in group), text, height)
        # A line's box grows and shrinks with its ascenders and descenders ("24 hours." has none): only a line
        # clearly smaller than the page's usual words is small type.
        tallest = max(w.height for w in group)
        line.size = tallest if tallest < 0.7 * typical else typical
        result.append(line)
    result.sort(key=lambda line: -line.top)
    for previous, line in pairwise(result):
        # A bullet OCR did not see: the item before ended with its joiner ("; and"), so this one is an item too.
        if re.search(r";(?:\s+(?:and|or))?$", previous.text) and not line.text.startswith("• ") and abs(line.left - previous.left) < 30:
            line.text = "• " + line.text
    for table in tables:
        table.cells = [normalise_ocr(cell) for cell in table.cells]
    return result + tables


OCR_BULLET = re.compile(r"^[«»°¢©*+·•●■▪]\s*(?=[A-Za-z(])|^e\s+(?=[a-z])")


def normalise_ocr(text):
    """A line as OCR read it, mended where Tesseract is known to misread print: bullets read as "«", "°" or
    "e", ligatures, and stray underscores between words."""
    text = text.replace("ﬁ", "fi").replace("ﬂ", "fl")
    text = re.sub(r"\s_+(?=\s)", "", text)
    return OCR_BULLET.sub("• ", text)
