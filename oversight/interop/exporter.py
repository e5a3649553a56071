"""Write the register (any filtered view of it, with the columns chosen) or a report's findings as .xlsx or .csv.

Nothing of any size is held in memory: the CSV is produced row by row as the download goes
(`stream_csv`), and the workbook is written in openpyxl's write-only mode into a temporary file
(`xlsx_file`) that the download then reads, so 100,000 rows never sit in memory as cells or bytes.
"""

import csv
import datetime
import io
import tempfile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

# Cells a spreadsheet would run as a formula (OWASP CSV injection): a leading quote makes them text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
RAG_FILL = {"Red": "D4351C", "Amber": "FFDD00", "Green": "00703C"}
RAG_TEXT = {"Red": "FFFFFF", "Amber": "0B0C0C", "Green": "FFFFFF"}
DATE_FORMAT = "dd/mm/yyyy"

# (header, width, how to read the value from a register row). Headers are ones the importer
# recognises, so an exported register imports back unchanged.
REGISTER_COLUMNS = [
    ("Organisation", 14, lambda r: r.organisation.short_name),
    ("Report title", 40, lambda r: r.finding.report.title),
    ("Date published", 14, lambda r: r.finding.report.published_on),
    ("Type", 22, lambda r: r.finding.get_kind_display()),
    ("Ref", 8, lambda r: r.finding.ref),
    ("Finding text", 70, lambda r: r.finding.text),
    ("Due date", 12, lambda r: r.finding.due_on),
    ("Owner", 18, lambda r: (r.owner.get_full_name() or r.owner.email) if r.owner_id else ""),  # names, as the import reads them
    ("Portfolio", 18, lambda r: r.portfolio.name if r.portfolio_id else ""),
    ("Business area", 18, lambda r: r.business_area.name if r.business_area_id else ""),
    ("Board", 18, lambda r: r.board.name if r.board_id else ""),
    ("Status", 18, lambda r: r.get_status_display()),
    ("RAG", 8, lambda r: r.get_rag_display()),
    ("Target date", 12, lambda r: r.target_on),
    ("Latest update", 60, lambda r: r.latest_update_text or ""),
    ("Date of update", 12, lambda r: r.last_update_on),
]
REGISTER_HEADERS = {header: (header, width, read) for header, width, read in REGISTER_COLUMNS}
# What identifies a row (the register always shows the finding), then what each of the register's
# column choices (responses.services.REGISTER_COLUMNS) adds. Headers stay the importer's.
ALWAYS = ["Organisation", "Report title", "Type", "Ref", "Finding text"]
VIEW_COLUMNS = {
    "reference": [],
    "report": ["Date published"],
    "status": ["Status"],
    "rag": ["RAG"],
    "owner": ["Owner"],
    "portfolio": ["Portfolio", "Business area"],
    "due": ["Due date", "Target date"],
    "updated": ["Latest update", "Date of update"],
}


def register_columns(chosen=None):
    """The export's columns for the register's chosen columns (names from `cols`); every column if none."""
    chosen = [name for name in (chosen or []) if name in VIEW_COLUMNS]
    if not chosen:
        return REGISTER_COLUMNS
    wanted = set(ALWAYS).union(*(VIEW_COLUMNS[name] for name in chosen))
    return [column for column in REGISTER_COLUMNS if column[0] in wanted]  # in the register's usual order


FINDING_COLUMNS = [
    ("Report title", 40, lambda f: f.report.title),
    ("Date published", 14, lambda f: f.report.published_on),
    ("Type", 22, lambda f: f.get_kind_display()),
    ("Ref", 8, lambda f: f.ref),
    ("Finding text", 80, lambda f: f.text),
    ("Theme", 24, lambda f: f.theme),
    ("Addressees", 30, lambda f: ", ".join(f.addressees or [])),
    ("Due as printed", 24, lambda f: f.due_text),
    ("Due date", 12, lambda f: f.due_on),
]


def neutralise(value):
    """Make text that starts like a formula inert; other values pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return neutralise(value)


def write_csv(rows, columns, out):
    """Write rows as CSV text to `out` (a text stream)."""
    writer = csv.writer(out)
    writer.writerow([header for header, _, _ in columns])
    for row in rows:
        writer.writerow([_plain(read(row)) for _, _, read in columns])


class _Line:
    """A file-like object that hands back what csv.writer writes, so each row can be streamed."""

    def write(self, text):
        return text


def stream_csv(rows, columns):
    """Yield the CSV as UTF-8 bytes, one row at a time (with the BOM Excel needs to read UTF-8)."""
    writer = csv.writer(_Line())
    yield "\ufeff".encode() + writer.writerow([header for header, _, _ in columns]).encode()
    batch = []
    for row in rows:
        batch.append(writer.writerow([_plain(read(row)) for _, _, read in columns]))
        if len(batch) == 500:  # a few hundred rows a chunk: fewer, larger writes to the socket
            yield "".join(batch).encode()
            batch = []
    if batch:
        yield "".join(batch).encode()


def xlsx_file(rows, columns, *, title="Register"):
    """The workbook written into a temporary file (deleted when closed), positioned at its start."""
    out = tempfile.TemporaryFile(suffix=".xlsx")
    try:
        write_xlsx(rows, columns, out, title=title)
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out


def write_xlsx(rows, columns, out, *, title="Register"):
    """Write rows as a formatted workbook: frozen header, filters, widths, real dates, RAG fills."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    for index, (_, width, _) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for name, _, _ in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    fills = {label: PatternFill("solid", fgColor=colour) for label, colour in RAG_FILL.items()}
    fonts = {label: Font(color=colour, bold=True) for label, colour in RAG_TEXT.items()}
    rag_index = next((i for i, (name, _, _) in enumerate(columns) if name == "RAG"), None)
    count = 0
    for row in rows:
        cells = []
        for index, (_, _, read) in enumerate(columns):
            value = read(row)
            if isinstance(value, datetime.datetime):
                value = value.date()
            if isinstance(value, datetime.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = DATE_FORMAT
            elif index == rag_index and value in fills:
                cell = WriteOnlyCell(sheet, value=value)
                cell.fill, cell.font = fills[value], fonts[value]
            else:
                # Plain values are written fastest; neutralised text never starts with "=", so
                # openpyxl never stores it as a formula.
                cell = neutralise(value)
            cells.append(cell)
        sheet.append(cells)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    workbook.save(out)


def register_rows(queryset, chunk_size=2000):
    """Register rows with the latest update's text, in a constant number of queries per chunk."""
    from django.db.models import OuterRef, Subquery

    from oversight.responses.models import Update

    latest = Update.objects.filter(response=OuterRef("pk")).order_by("-written_on", "-id").values("text")[:1]
    queryset = queryset.select_related(
        "finding__report", "organisation", "owner", "portfolio", "business_area", "board"
    ).annotate(latest_update_text=Subquery(latest))
    if "last_update_on" not in queryset.query.annotations:
        from django.db.models import Max

        queryset = queryset.annotate(last_update_on=Max("updates__written_on"))
    return queryset.iterator(chunk_size=chunk_size)


def export(rows, columns, fmt, *, title="Register"):
    """The file's bytes in the chosen format ('xlsx' or 'csv')."""
    if fmt == "csv":
        text = io.StringIO()
        write_csv(rows, columns, text)
        return text.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8 correctly
    out = io.BytesIO()
    write_xlsx(rows, columns, out, title=title)
    return out.getvalue()
