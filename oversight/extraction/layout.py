"""Rebuild reading order and paragraphs from where a PDF puts its text, and drop what every page repeats.

PDFs store text in painting order: list bullets after their items, headers at the end, columns
interleaved. The text rectangles give the geometry to put them back: lines by baseline, columns by
position, paragraphs by the gap between lines, footnote markers by their raised, smaller type.
"""

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from . import headers

SOFT_HYPHENS = "\u2010\u00ad\x02"
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[ivxlc]{1,6}$", re.I)
LIST_START = re.compile(
    r"^(?:[•●▪◦■‣∙·\-–—*]\s|\(?[0-9]{1,3}[.)]\s|\(?[ivxlcIVXLC]{1,6}[.)]\s|\(?[a-zA-Z][.)]\s|"
    r"(?:recommendation|area for improvement|cause of concern|afi)\s*\d)",
    re.I,
)


@dataclass
class Line:
    left: float
    right: float
    top: float
    bottom: float
    text: str
    height: float
    size: float = 0.0  # the font size of its type, where the PDF says; else its box height
    cells: list | None = None  # a table found by position: its cells' texts, header first, row by row
    bold: bool | None = None  # set in bold type throughout (a heading in body size), where the PDF says


def lines_of_pdf_page(textpage, carry=None, page_height=None):
    """The lines of one PDF page, footnote markers dropped, in no particular order; tables as one Line each."""
    import pypdfium2.raw as pdfium_c

    pieces = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        # The type size, not the box: a line without ascenders or descenders ("24 hours.") has a short box.
        char = pdfium_c.FPDFText_GetCharIndexAtPos(textpage.raw, (left + right) / 2, (top + bottom) / 2, 3, 3)
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, char) if char >= 0 else 0.0
        bold = font_is_bold(pdfium_c, textpage, char) if char >= 0 else None
        # Rectangles touch their neighbours; shrink a little so a bullet's box doesn't take the next letter.
        inset = min(0.6, (right - left) / 4)
        text = textpage.get_text_bounded(left + inset, bottom, right - inset, top)
        if text.strip():
            line = Line(left, right, top, bottom, text.replace("\r", " ").replace("\n", " "), top - bottom)
            line.size = size if size > 0 else top - bottom
            line.bold = bold
            pieces.append(line)
    tables, pieces = tables_of(pieces, carry, page_height)
    return merge_into_lines(pieces, find_gutter(pieces) if pieces else None) + tables


BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold", re.I)


def font_is_bold(pdfium_c, textpage, char):
    """Whether the character's font is bold, by its weight or its name ("DejaVuSans-Bold"); None if unknown."""
    import ctypes

    weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, char)
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, char, name, len(name), ctypes.byref(flags))
    if not name.value and weight <= 0:
        return None
    return weight >= 600 or bool(BOLD_FONT.search(name.value.decode("latin-1")))


# Words a printed compound starts with ("risk-based", "well-being"): a line-end hyphen after one may be printed.
COMPOUND_LEFT = {"risk", "well", "evidence", "multi", "non", "co", "self", "cross", "long", "short", "high", "low",
                 "first", "front", "child", "anti", "pre", "post", "re", "inter", "sub", "cyber", "intelligence",
                 "problem", "decision", "victim", "crime", "call", "place", "force", "service", "year", "month"}
def words_on_baselines(pieces):
    """{baseline: [cell pieces left to right]}: pieces on one baseline joined where only a word space parts them."""
    rows, base = {}, None
    for piece in sorted(pieces, key=lambda p: -p.bottom):
        # One baseline within a third of a line: bold and regular type sit a point or two apart.
        if base is None or base - piece.bottom > 0.35 * piece.height:
            base = piece.bottom
        rows.setdefault(round(base), []).append(piece)
        piece.base = round(base)
    out = {}
    for base, row in rows.items():
        cells = []
        for piece in sorted(row, key=lambda p: p.left):
            if cells and piece.left - cells[-1][1] < 0.45 * piece.height:
                cells[-1][1] = piece.right
                cells[-1][2].append(piece)
            else:
                cells.append([piece.left, piece.right, [piece]])
        out[base] = [(left, right, " ".join(" ".join(p.text.split()) for p in group)) for left, right, group in cells]
    return out


def pieces_on_baselines(pieces):
    """{baseline: [(left, right, text) of each piece]}, after words_on_baselines has set each piece's baseline.

    In a narrow table with no rules the gutter between two header cells is no wider than a word space
    ("Lead officer" "Progress to date"), so words_on_baselines joins them; the PDF's own pieces part them.
    """
    out = {}
    for piece in sorted(pieces, key=lambda p: p.left):
        out.setdefault(piece.base, []).append((piece.left, piece.right, " ".join(piece.text.split())))
    return out


def header_cells(cells):
    """Cells of a header row, words that only make a header together ("Force" "update") joined."""
    out = []
    for cell in cells:
        if out:
            left, _, text = out[-1]
            joined = f"{text} {cell[2]}"
            if headers.is_header(joined) and not (headers.is_header(text) and headers.is_header(cell[2])):
                out[-1] = (left, cell[1], joined)
                continue
        out.append(cell)
    return out


EMPTY_CELL = "—"  # a cell with nothing in it, kept so the cells of a row stay in step


# "1", "R2", "AFI 3", and a report's own letters before the number ("IC1", "VM4").
REF_TEXT = re.compile(r"^(?:(?:r|rec|afi|coc)\s*|(?-i:[A-Z]{1,3}))?\d{1,3}(?:\.\d{1,2})?[a-z]?\.?$", re.I)


def ref_column(cells):
    """The column a table prints its refs in: the first, or wherever its "No." header is (a tracker whose
    columns run RAG, Force update, Recommendation, No.)."""
    return next((n for n, (_, _, text) in enumerate(cells) if headers.REF.match(text)), 0)


def in_column(piece, starts, column):
    """Whether a piece is printed in the column (its left edge past the column's start, short of the next)."""
    after = column == 0 or piece.left + 4 >= starts[column]
    return after and (column + 1 >= len(starts) or piece.left < starts[column + 1] - 2)


def refs_in(row, starts, column=0):
    """The pieces of a table row printed in its ref column that read as refs ("1", "R2", "AFI 3")."""
    return [p for p in row if len(starts) > 1 and in_column(p, starts, column) and REF_TEXT.match(p.text.strip())]


def rows_by_ref(members, starts, cells):
    """The table's rows where a column is a ref ("No.", "Ref"): a row starts where its ref is printed.

    Word and LibreOffice part rows by ruled borders, not white space, so the gap between rows can be
    smaller than the gap between a cell's lines; the ref printed at the top of each row is the evidence.
    Lines above the first ref carry on a row from the previous page. None where refs do not mark the rows.
    """
    ref_col = ref_column(cells)
    if len(starts) < 2 or not headers.REF.match(cells[ref_col][2]):
        return None

    def column_of(piece):
        return max((n for n, start in enumerate(starts) if start <= piece.left + 4), default=0)

    others = [p for p in members if column_of(p) != ref_col]
    # A report's name printed over a group of rows in the first column, level with nothing in the others.
    group = {id(p) for p in members if ref_col == 0 and column_of(p) == 0 and not REF_TEXT.match(p.text.strip())
             and not any(abs(o.top - p.top) < 0.6 * p.height or o.bottom - 1 <= (p.top + p.bottom) / 2 <= o.top + 1
                         for o in others)}
    first_column = sorted((p for p in members if column_of(p) == ref_col and id(p) not in group), key=lambda p: -p.top)
    refs, tails = [], set()
    for n, piece in enumerate(first_column):
        if id(piece) in tails:
            continue
        text = piece.text.strip()
        below = first_column[n + 1] if n + 1 < len(first_column) else None
        if not REF_TEXT.match(text) and below is not None and piece.top - below.top < 1.6 * piece.height \
                and REF_TEXT.match(f"{text} {below.text.strip()}"):
            tails.add(id(below))  # a ref wrapped in a narrow column ("AFI" / "10"): one ref, printed at its top
            refs.append(piece)
        elif REF_TEXT.match(text):
            refs.append(piece)
        else:
            return None
    if not refs:
        return None
    if not all(any(abs(o.top - ref.top) < 0.4 * ref.height for o in others) for ref in refs):
        return None  # a ref not level with a line of its row: not printed at the row's top
    tops = sorted({p.top for p in refs}, reverse=True)
    rows = [[] for _ in range(len(tops) + 1)]  # rows[0]: lines carried over from the previous page
    for piece in members:
        if id(piece) in group:
            continue
        middle = (piece.top + piece.bottom) / 2
        started = [n for n, top in enumerate(tops) if top + 1 >= middle]
        rows[started[-1] + 1 if started else 0].append(piece)
    return [row for row in rows if row]


def by_ref_rows(rows, starts, column=0):
    """Whether every row holds at most one ref."""
    return all(len(refs_in(row, starts, column)) <= 1 for row in rows)


def split_at_refs(row, starts, column=0):
    """A band of lines holding several refs ("E1", "E2"), cut into one row a ref.

    A cell merged down two rows (a "Lead" printed once beside both) joins their bands; each cut is at the
    widest gap between the lines of the fullest column, between one ref and the next."""
    refs = sorted(refs_in(row, starts, column), key=lambda p: -p.top)
    if len(refs) < 2:
        return [row]

    def column_of(piece):
        return max((n for n, start in enumerate(starts) if start <= piece.left + 4), default=0)

    by_column = Counter(column_of(p) for p in row if column_of(p) != column)
    if not by_column:
        return [row]
    fullest = sorted((p for p in row if column_of(p) == by_column.most_common(1)[0][0]), key=lambda p: -p.top)
    cuts = []
    for upper, lower in pairwise(refs):
        middle_up, middle_low = (upper.top + upper.bottom) / 2, (lower.top + lower.bottom) / 2
        gaps = [(a.bottom - b.top, (a.bottom + b.top) / 2) for a, b in pairwise(fullest)
                if middle_low <= (a.bottom + b.top) / 2 <= middle_up]
        if not gaps:
            return [row]
        cuts.append(max(gaps)[1])
    parts = [[] for _ in range(len(cuts) + 1)]
    for piece in row:
        middle = (piece.top + piece.bottom) / 2
        parts[sum(middle < cut for cut in cuts)].append(piece)
    return [part for part in parts if part]


def split_header_runs(cells, pieces, base):
    """Header cells as printed: narrow columns leave less than a word space between two header words
    ("Ref" "Type"), which words_on_baselines joins; a joined cell that is no header word is parted again
    where its runs of text part, when each side is one."""
    out = []
    for left, right, text in cells:
        runs = sorted((p for p in pieces if p.base == base and left - 0.5 <= p.left and p.right <= right + 0.5),
                      key=lambda p: p.left)
        parted = None if headers.is_header(text) or len(runs) < 2 else part_runs(runs)
        out.extend(parted or [(left, right, text)])
    return out


def part_runs(runs):
    """[(left, right, text)] of header words the runs make, left to right, or None if they make none."""
    for k in range(1, len(runs)):
        head = " ".join(" ".join(p.text.split()) for p in runs[:k])
        if headers.is_header(head):
            tail = " ".join(" ".join(p.text.split()) for p in runs[k:])
            if headers.is_header(tail):
                return [(runs[0].left, runs[k - 1].right, head), (runs[k].left, runs[-1].right, tail)]
            rest = part_runs(runs[k:])
            if rest:
                return [(runs[0].left, runs[k - 1].right, head), *rest]
    return None


def header_band(ordered, baselines, pieces):
    """(header cells, baselines) of a table's header row starting at ordered[0], or None.

    A header cell may wrap in a narrow column ("AFI" / "No.", "Update on" / "progress"): up to three
    lines close together are read as one row, each cell the words stacked in one column.
    """
    height = max(p.height for p in pieces if p.base == ordered[0])
    band, found = [], None
    for base in ordered[:3]:
        if band and band[-1] - base > 1.6 * height:
            break
        if found and any(len(text.split()) > 3 for _, _, text in baselines[base]):
            break  # a row of the table, not the header's wrapped words
        band.append(base)
        columns = []
        for line_base in band:
            for left, right, text in header_cells(split_header_runs(baselines[line_base], pieces, line_base)):
                column = next((c for c in columns if left < c[1] - 2 and right > c[0] + 2), None)
                if column is None:
                    columns.append([left, right, text])
                else:
                    # A word broken in a narrow column ("Recommendatio" / "n") joins without a space.
                    joined = column[2] + " " + text
                    # The typesetter's hyphen of a word it broke ("Re‐" / "port") is not part of the word.
                    broken = column[2].rstrip("-" + SOFT_HYPHENS)
                    if not headers.is_header(joined) and headers.is_header(broken + text):
                        joined = broken + text
                    column[0], column[1], column[2] = min(column[0], left), max(column[1], right), joined
        cells = sorted((tuple(c) for c in columns), key=lambda c: c[0])
        if len(cells) >= 2 and all(headers.is_header(text) for _, _, text in cells) and \
                headers.names_findings([text for _, _, text in cells]):
            found = cells, list(band)  # a longer band may still be the header ("Target" / "date")
        elif found:
            break
    return found


def group_heading_row(line, starts, next_lines):
    """Whether a line across the columns is a heading merged over a table's row ("PEEL 2025 – Investigating
    crime") with the table going on below it: one short run of words from the first column, no sentence, and
    the next lines printed in two columns or more."""
    if len(line) != 1 or abs(line[0].left - starts[0]) > 4:
        return False
    text = line[0].text.strip()
    if len(text.split()) > 12 or text[-1:] in ".:;" or not next_lines:
        return False
    columns = {max(n for n, start in enumerate(starts) if start <= p.left + 4) for p in next_lines if p.left + 4 >= starts[0]}
    return len(columns) >= 2


def open_finding_column(cells, texts):
    """The finding column's index where the table's last row leaves its finding mid-sentence, else None."""
    found = headers.finding_column([text for _, _, text in cells])
    width = len(cells)
    if found is None or len(texts) < 2 * width:
        return None
    last = texts[-width:][found[0]]
    return found[0] if last != EMPTY_CELL and last.rstrip()[-1:] not in ".;:!?”" else None


def finding_carried_on(members, starts, column):
    """Whether the lines at the top of a page are the previous page's last finding going on in its own
    column, the other cells of that row done: every line starts at the column and ends before the next."""
    if column is None:
        return False
    end = starts[column + 1] if column + 1 < len(starts) else None
    return all(abs(p.left - starts[column]) < 4 and (end is None or p.right < end + 3) for p in members)


def heading_after_table(line_pieces, members, table_size, starts):
    """Whether a line below a table is the heading after it: larger type than the table's header, or bold
    type in the first column alone where none of the table's rows so far is bold."""
    if any(p.size > 1.05 * table_size for p in line_pieces):
        return True
    return bool(members) and all(p.bold for p in line_pieces) and not any(p.bold for p in members) and \
        (len(starts) < 2 or all(p.right < starts[1] for p in line_pieces))


def tables_of(pieces, carry=None, page_height=None):
    """Tracker tables found by position (issue 11, layout 5): ([a Line holding each table's cells], the other pieces).

    A table starts at a row of header cells ("No.", "Recommendation", "Force update", "RAG") naming a
    finding column beside others; its columns start where the header cells start. Rows are parted by
    more space than the lines of one cell; a cell's lines are joined as a paragraph's are. The table
    ends at a line that crosses a column start (a paragraph across the page) or a wide gap.

    `carry` (a dict kept from page to page) continues a table that ran to the foot of the previous page
    on this one, under the same header: its columns are where they were, and a first row with no ref
    carries on the previous page's last row (a recommendation wrapped over the page break).
    """
    if not pieces:
        return [], pieces
    baselines = words_on_baselines(pieces)
    tables, used = [], set()
    candidates = []
    if carry and carry.get("table") and page_height:
        candidates.append((round(page_height * 0.9), carry["table"]))
    ordered = sorted(baselines, reverse=True)
    unjoined = pieces_on_baselines(pieces)
    header_bands = {}  # the baseline a header row ends on -> the baselines it is printed on
    taken = set()
    for n, base in enumerate(ordered):
        if base in taken:
            continue
        found = header_band(ordered[n:], baselines, pieces) or header_band(ordered[n:], unjoined, pieces)
        if found is None:
            continue
        cells, band = found
        taken.update(band)
        header_bands[band[-1]] = band
        candidates.append((band[-1], (cells, max(p.height for p in pieces if p.base in band), False)))
    if len(candidates) > 1 and candidates[0][1][2] is True:
        candidates.pop(0)  # the page repeats the table's header: read it under its own header
    if carry is not None:
        carry["table"] = None
    for base, (cells, header_height, *rest) in candidates:
        continued = bool(rest) and rest[0] is True
        if any(id(p) in used for p in pieces if p.base == base):
            continue
        starts = [left for left, _, _ in cells]
        members, last_base, group_rows = [], base, []
        # The type size of the table's header: a line in larger type below it is a heading, not a row.
        table_size = rest[3] if continued and len(rest) > 3 else max(
            (p.size for p in pieces if p.base in header_bands.get(base, (base,))), default=0) or header_height
        below_base = sorted((b for b in baselines if b < base), reverse=True)
        for at, below in enumerate(below_base):
            if last_base - below > 4 * header_height + 6:
                break  # a wide gap: the table has ended
            line_pieces = [p for p in pieces if p.base == below]
            ocr = any(hasattr(p, "key") for p in line_pieces)
            # A line across a column start is a paragraph below the table: a PDF's run of words, or an OCR
            # word, that straddles where a column starts.
            if any(p.left < start - 3 < p.right - 3 and (ocr or " " in p.text.strip())
                   for p in line_pieces for start in starts[1:]):
                if group_heading_row(line_pieces, starts, [p for p in pieces if p.base in below_base[at + 1:at + 3]]):
                    group_rows.extend(line_pieces)  # a report's name merged across the row, rows of it below
                    last_base = below
                    continue
                break
            if any(p.left < starts[0] - 6 for p in line_pieces):
                break
            if not ocr and heading_after_table(line_pieces, members, table_size, starts):
                break  # ruled rows leave no wide gap before the heading that follows the table
            members.extend(line_pieces)
            last_base = below
        if not members:
            continue
        if continued and not any(abs(p.left - start) < 4 for p in members for start in starts[1:]) \
                and not finding_carried_on(members, starts, rest[2] if len(rest) > 2 else None):
            continue  # nothing below the running header lines up with the columns: the table ended with the page
        # Rows are parted by a band of white space across every column, wider than the space between the
        # lines of one cell; a cell centred in its row (the "1" of a number column) falls inside its row's band.
        spans = sorted(((p.top, p.bottom) for p in members), reverse=True)
        line_gaps = sorted(
            max(0.0, a_bottom - b_top) for (_, a_bottom), (b_top, _) in pairwise(spans) if a_bottom - b_top < header_height
        )
        gap = line_gaps[len(line_gaps) * 3 // 4] if line_gaps else 0.25 * header_height
        bands = []
        for top, bottom in spans:
            if bands and top >= bands[-1][1] - max(gap * 1.5, 0.6 * header_height):
                bands[-1][1] = min(bands[-1][1], bottom)
            else:
                bands.append([top, bottom])
        rows = [[p for p in members if band[1] - 0.5 <= (p.top + p.bottom) / 2 <= band[0] + 0.5] for band in bands]
        rows = [row for row in rows if row]

        aligned = rest[1] if len(rest) > 1 else None
        ref_col = ref_column(cells)
        if aligned is None and rows and len(refs_in(rows[0], starts, ref_col)) == 1:
            # The first row says whether refs are printed at the top of their rows or centred in them.
            aligned = abs(refs_in(rows[0], starts, ref_col)[0].top - max(p.top for p in rows[0])) < 0.4 * header_height
        if aligned or any(len(refs_in(row, starts, ref_col)) > 1 for row in rows):
            # Rows ruled by borders, not parted by white space: a row starts where its ref is printed.
            by_ref = rows_by_ref(members, starts, cells)
            rows, aligned = (by_ref, True) if by_ref else (rows, aligned)
        if not by_ref_rows(rows, starts, ref_col):
            # Refs centred in their rows, and a cell merged over two rows bridging the white space between them.
            rows = [part for row in rows for part in split_at_refs(row, starts, ref_col)]
        texts = [text for _, _, text in cells]
        for row in rows:
            columns = [[] for _ in starts]
            for piece in row:
                column = max(n for n, start in enumerate(starts) if start <= piece.left + 4) if piece.left + 4 >= starts[0] else 0
                columns[column].append(piece)
            for column in columns:
                text = ""
                for row_base in sorted({p.base for p in column}, reverse=True):
                    line = " ".join(" ".join(p.text.split()) for p in sorted(column, key=lambda p: p.left) if p.base == row_base)
                    hyphen = re.search(r"([A-Za-z]+)-$", text)
                    if hyphen and line[:1].islower():
                        # OCR reads the typesetter's hyphen as "-": drop it, or after a compound's first word let
                        # the whole document decide (blocks.mend_breaks).
                        text = text[:-1] + ("\x02" if hyphen.group(1).lower() in COMPOUND_LEFT else "\u00ad")
                    text = join_lines(text, line) if text else line
                texts.append(text or EMPTY_CELL)
        header = [] if continued else [p for p in pieces if p.base in header_bands.get(base, (base,))]
        used.update(map(id, header + members + group_rows))
        table = Line(min(starts), max(p.right for p in header + members), max(p.top for p in header + members),
                     min(p.bottom for p in members), " ".join(texts), header_height, header_height)
        table.cells = texts
        tables.append(table)
        if carry is not None and page_height and min(p.bottom for p in members) < page_height * 0.3:
            # It ran to the foot of the page: it may go on, and a finding cut mid-sentence goes on in its column.
            carry["table"] = (cells, header_height, True, aligned, open_finding_column(cells, texts), table_size)
    return tables, [p for p in pieces if id(p) not in used]


def pdf_paragraphs(pages):
    """[(page number, paragraphs)] from [(page number, page height, lines)], running headers and footers gone.

    Only lines in the top or bottom margin can be running lines, so a body paragraph that happens to
    look like one on another page is never dropped.
    """

    def key(text):
        return re.sub(r"\d+", "#", " ".join(text.lower().split()))

    def in_margin(line, height):
        return line.top > height * 0.9 or line.bottom < height * 0.1

    counts = Counter()
    for _, height, lines in pages:
        counts.update({key(line.text) for line in lines if in_margin(line, height)})
    threshold = max(2, 0.4 * len(pages))
    result = []
    for number, height, lines in pages:
        body = [
            line for line in lines
            if not (in_margin(line, height) and (counts[key(line.text)] >= threshold or PAGE_NUMBER.match(line.text)))
        ]
        result.append((number, build_paragraphs(reading_order(without_footnotes(body, height)))))
    return result


def without_footnotes(lines, page_height):
    """The page without its footnotes: small type in the lower part that starts with a note number."""
    sizes = sorted(line.size or line.height for line in lines if len(line.text) > 25)
    if not sizes:
        return lines
    body_size = sizes[len(sizes) // 2]

    def small(line):
        return (line.size or line.height) < 0.88 * body_size

    starts = [
        line for line in lines
        if small(line) and line.top < page_height * 0.4 and re.match(r"^\d{1,3}(?:[.)]?\s|$)", line.text)
    ]
    if starts:
        top = max(line.top for line in starts)
        lines = [line for line in lines if not (small(line) and line.top <= top + 1)]
    # A note number left on its own line.
    return [line for line in lines if not (small(line) and re.fullmatch(r"\d{1,3}[.)]?", line.text))]


NOTE_CALL = re.compile(r"\s*[\d*†‡]{1,3}\s*")


def without_note_calls(pieces):
    """Drop footnote calls printed as pieces of their own: raised, smaller digits just after a word ("met,¹ and").

    Sorting by baseline would put a raised call before the words of its own line, so they go first.
    """
    calls = [p for p in pieces if NOTE_CALL.fullmatch(p.text)]
    if not calls:
        return pieces
    drop = set()
    for call in calls:
        for word in pieces:
            if word is call or NOTE_CALL.fullmatch(word.text):
                continue
            beside = -2 < call.left - word.right < 3 or -2 < word.left - call.right < 3
            raised = call.bottom > word.bottom + 0.2 * word.height and call.height < 0.85 * word.height
            if beside and raised and call.top <= word.top + 0.2 * word.height:
                drop.add(id(call))
                break
    return [p for p in pieces if id(p) not in drop]


def merge_into_lines(pieces, gutter=None):
    """Join rectangles on one baseline (a bullet and its text, a bold word) into lines, never across a gutter."""
    pieces = without_note_calls(pieces)
    # One baseline within a third of a line: a word after a dropped note call may sit a point lower.
    base, bases = None, {}
    for piece in sorted(pieces, key=lambda p: -p.bottom):
        if base is None or base - piece.bottom > 0.35 * piece.height:
            base = piece.bottom
        bases[id(piece)] = round(base)
    pieces.sort(key=lambda p: (-bases[id(p)], p.left))
    lines = []
    for piece in pieces:
        target = None
        for line in reversed(lines[-6:]):
            overlap = min(line.top, piece.top) - max(line.bottom, piece.bottom)
            gap = piece.left - line.right
            across = gutter is not None and line.right <= gutter <= piece.left
            if overlap > 0.4 * min(line.height, piece.height) and -2 < gap < 9 and not across:
                target = line
                break
        if target is None:
            lines.append(Line(piece.left, piece.right, piece.top, piece.bottom, piece.text, piece.height, piece.size,
                              bold=piece.bold))
            continue
        raised = piece.bottom > target.bottom + 0.2 * target.height and piece.height < 0.85 * target.height
        if raised and re.fullmatch(r"\s*[\d,*†‡]{1,4}\s*", piece.text):
            target.right = piece.right
            continue  # a footnote marker, not part of the sentence
        gap = piece.left - target.right
        tight = gap < 1 or piece.text[:1] in ",.;:)’”"  # punctuation straight after a (dropped) note marker
        joiner = "" if target.text.endswith(" ") or piece.text.startswith(" ") or tight else " "
        target.text += joiner + piece.text
        target.right = max(target.right, piece.right)
        target.top, target.bottom = max(target.top, piece.top), min(target.bottom, piece.bottom)
        target.height = max(target.height, piece.height)
        target.size = max(target.size, piece.size)
        if piece.text.strip():
            target.bold = None if target.bold is None or piece.bold is None else target.bold and piece.bold
    for line in lines:
        line.text = " ".join(line.text.split())
    return [line for line in lines if line.text]


def reading_order(lines):
    """Top to bottom; where the page has two columns, or a table two columns of cells, the left before the right."""
    tables = [line for line in lines if line.cells]
    if tables:
        ordered = reading_order([line for line in lines if not line.cells])
        for table in sorted(tables, key=lambda t: -t.top):
            at = next((n for n, line in enumerate(ordered) if line.top < table.top and not line.cells), len(ordered))
            ordered.insert(at, table)
        return ordered
    if not lines:
        return lines
    gutter = find_gutter(lines)
    if gutter is not None:
        lines.sort(key=lambda line: (-line.top, line.left))
        ordered, run = [], []
        for line in lines:
            if line.left < gutter < line.right:
                ordered.extend([x for x in run if x.right <= gutter] + [x for x in run if x.right > gutter])
                run = []
                ordered.append(line)
            else:
                run.append(line)
        ordered.extend([x for x in run if x.right <= gutter] + [x for x in run if x.right > gutter])
        return ordered
    left_edge = min(line.left for line in lines)
    right_edge = max(line.right for line in lines)
    middle = (left_edge + right_edge) / 2
    right_column = [line for line in lines if line.left > middle - 4]
    lines.sort(key=lambda line: (-line.top, line.left))
    if len(right_column) < 3:
        return lines
    ordered, run = [], []
    for line in lines:
        spans_middle = line.left < middle - 4 and line.right > middle + 4
        if spans_middle:
            ordered.extend(column_run(run, middle))
            run = []
            ordered.append(line)
        else:
            run.append(line)
    ordered.extend(column_run(run, middle))
    return ordered


def find_gutter(lines):
    """The x of a gutter with text on both sides of it, side by side, as in a table or columns; else None.

    The right-hand side starts at one aligned edge; the left-hand side is lines of words (not list
    markers) ending before it on the same rows.
    """
    left_edge = min(line.left for line in lines)
    best, best_count = None, 0
    for edge in sorted({round(line.left) for line in lines if line.left > left_edge + 20}):
        aligned = [line for line in lines if abs(line.left - edge) < 3]
        if len(aligned) < 3:
            continue
        beside = [
            line for line in lines
            if line.right < edge - 2 and len(line.text) > 5
            and any(min(line.top, a.top) - max(line.bottom, a.bottom) > 0.5 * line.height for a in aligned)
        ]
        count = min(len(aligned), len(beside))
        if len(beside) >= 2 and count > best_count:
            best, best_count = edge - 2, count
    return best


def column_run(run, middle):
    left = [line for line in run if line.left <= middle - 4]
    right = [line for line in run if line.left > middle - 4]
    return left + right


def build_paragraphs(lines):
    """Lines into paragraphs: a new one after a gap, a change of column or type size, or at a list item.

    A paragraph set in larger type than the page's body text is a heading.
    """
    from .blocks import Para

    sizes = sorted(line.size or line.height for line in lines if len(line.text) > 25)
    body = sizes[len(sizes) // 2] if sizes else 0
    paragraphs, roles, previous = [], [], None
    for line in lines:
        if line.cells:
            for cell in line.cells:
                paragraphs.append(cell)
                roles.append("cell")
            previous = None
            continue
        if previous is None or starts_paragraph(previous, line):
            paragraphs.append(line.text)
            roles.append("heading" if body and (line.size or line.height) > 1.12 * body else None)
        else:
            paragraphs[-1] = join_lines(paragraphs[-1], line.text)
        previous = line
    return [Para(text, role) for text, role in zip(paragraphs, roles, strict=True)]


def starts_paragraph(previous, line):
    if LIST_START.match(line.text):
        return True
    if previous.bold is not None and line.bold is not None and previous.bold != line.bold:
        return True  # a bold heading in body-size type and the text under it (or the next heading)
    if line.top > previous.bottom + 1:  # moved up: a new column
        return True
    if line.text[:1].isupper() and previous.text[-1:] not in "-\u00ad\x02" and len(line.text) > 40 \
            and next_word_fitted(previous, line):
        # The next line's first word would have fitted on this one: the break was made on purpose (a finding's
        # heading set in body type, then its explanation), not by wrapping.
        return True
    gap = previous.bottom - line.top
    size = min(previous.height, line.height)
    if gap > 0.55 * size:
        return True
    if previous.size and line.size:
        return abs(previous.size - line.size) > 0.12 * min(previous.size, line.size)
    return abs(previous.height - line.height) > 0.25 * size


def next_word_fitted(previous, line):
    """Whether the first word of `line` had room at the end of `previous`, in the same column."""
    if abs(previous.left - line.left) > 3 or line.right <= previous.right:
        return False
    em = (line.right - line.left) / max(len(line.text), 1)  # the line's mean character width
    word = line.text.split()[0]
    return (len(word) + 1) * em * 1.15 < line.right - previous.right


def join_lines(text, line):
    """One paragraph from two lines, undoing hyphenation the typesetter added."""
    if text and text[-1] == "\x02" and line[:1].isalpha():
        return text + line  # a hyphen printed at the line end: the whole document decides (blocks.mend_breaks)
    if text and text[-1] in SOFT_HYPHENS:
        return text[:-1] + line
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
        return text + line
    return text + " " + line


KIND_NAME = re.compile(r"recommendation|area|cause|improvement", re.I)


def strip_running_lines(pages):
    """Drop the header and footer lines a plain-text export repeats at the top or bottom of most pages."""
    if len(pages) < 2:
        return pages

    def key(text):
        return re.sub(r"\d+", "#", " ".join(text.lower().split()))

    def edges(lines):
        filled = [line for line in lines if line.strip()]
        return filled[:2] + filled[-2:]  # a running header and the page number under it

    counts = Counter()
    for _, lines in pages:
        counts.update({key(line) for line in edges(lines) if len(line.split()) <= 12})
    # Two pages show a running line only by repeating it on both; a finding's kind heading is never one.
    running = {k for k, n in counts.items() if n >= (2 if len(pages) == 2 else max(3, 0.6 * len(pages)))
               and not (len(pages) == 2 and KIND_NAME.search(k))}
    cleaned = []
    for number, lines in pages:
        edge = set(map(id, edges(lines)))
        kept = [
            line for line in lines
            if not (id(line) in edge and (key(line) in running or PAGE_NUMBER.match(line.strip())))
        ]
        cleaned.append((number, kept))
    return cleaned
