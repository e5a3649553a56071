"""Read an uploaded register as rows, streamed, whatever its format; refuse what is not a register.

The type is decided from the bytes, never the file name: an .xlsx is a zip holding
xl/workbook.xml; a CSV is text without NUL bytes.
"""

import csv
import io
import re
import zipfile

from openpyxl import load_workbook
from openpyxl.worksheet import _reader

from oversight.core.exceptions import InvalidInput

from .columns import guess_mapping

HEADER_SEARCH_ROWS = 15
# Excel's own limit for one cell; a longer CSV field is refused by row, never a server error.
CELL_LIMIT = 32_767
# What a damaged workbook raises from inside openpyxl and zipfile (missing parts; broken XML is a
# SyntaxError, from the standard library's parser and lxml's alike).
DAMAGED = (zipfile.BadZipFile, KeyError, SyntaxError, ValueError, TypeError, IndexError, AttributeError, EOFError)
# A workbook's XML unpacks to ten or twenty times its size; one far beyond that is a zip bomb.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
# A sheet's XML takes at least this much per row of a register (a reference, a title, some text), so
# its unpacked size bounds the rows it may hold whatever its <dimension> says.
BYTES_PER_ROW = 100
UTF8_CHARACTER = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def sniff(fileobj):
    """'xlsx' or 'csv' from the content, or InvalidInput naming what was found."""
    fileobj.seek(0)
    head = fileobj.read(4096)
    fileobj.seek(0)
    if head.startswith(b"PK\x03\x04"):
        try:
            members = zipfile.ZipFile(fileobj).infolist()
        except zipfile.BadZipFile as error:
            raise InvalidInput("The file looks like a damaged Excel workbook.") from error
        finally:
            fileobj.seek(0)
        names = {m.filename for m in members}
        # The sizes the archive declares bound what zipfile will ever unpack of each part.
        if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
            raise InvalidInput(f"The workbook unpacks to more than {MAX_UNPACKED_BYTES // 1024 ** 3} GB, which no "
                               "register needs; it may be damaged or hostile.")
        if "xl/workbook.xml" in names:
            if "xl/vbaProject.bin" in names:
                raise InvalidInput("Workbooks with macros are not accepted; save it as .xlsx without macros.")
            return "xlsx"
        raise InvalidInput("The file is a zip archive but not an Excel workbook; upload .xlsx or .csv.")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidInput("Old Excel .xls files are not accepted; save it as .xlsx or .csv.")
    if head.startswith(b"%PDF"):
        raise InvalidInput("The file is a PDF; upload the register as .xlsx or .csv.")
    if b"\x00" in head or not head.strip():
        raise InvalidInput("The file is empty or not text; upload the register as .xlsx or .csv.")
    return "csv"


def _decode(fileobj):
    """The CSV's text: UTF-8, or Windows-1252 for a file with no UTF-8 at all. A file that mixes
    the two is refused with where it goes wrong, rather than read as mojibake without a word."""
    raw = fileobj.read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if UTF8_CHARACTER.search(raw):
            line = raw.count(b"\n", 0, error.start) + 1
            raise InvalidInput(f"The file mixes UTF-8 with another text encoding (line {line} is not UTF-8). "
                               "Save it again as CSV UTF-8 and upload that.") from error
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise InvalidInput("The CSV file's text could not be read; save it as UTF-8.") from error


def _csv_rows(fileobj):
    text = _decode(fileobj)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(CELL_LIMIT + 1)
    reader = csv.reader(io.StringIO(text), dialect)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InvalidInput(f"Row {reader.line_num} cannot be read: a cell is longer than {CELL_LIMIT:,} "
                               "characters or a quote is not closed.") from error
        if any(len(cell) > CELL_LIMIT for cell in row):
            raise InvalidInput(f"Row {reader.line_num} has a cell longer than {CELL_LIMIT:,} characters.")
        yield row


def _dimensions_before_the_rows(parser):
    """openpyxl's WorkSheetParser.parse_dimensions, stopping where the rows begin. openpyxl's own
    reads a sheet without a <dimension> element (write-only files, Oversight's own export) to its
    end looking for one, every time a workbook is opened read-only: for a register, twice more
    than the rows themselves (issue 14)."""
    for _event, element in _reader.iterparse(parser.source, events=("start",)):
        if element.tag == _reader.DIMENSION_TAG:
            return _reader.SheetDimension.from_tree(element).boundaries
        if element.tag == _reader.DATA_TAG:
            return None
    return None


_reader.WorkSheetParser.parse_dimensions = _dimensions_before_the_rows

TEXT_TAG = f"{{{_reader.SHEET_MAIN_NS}}}t"
RUN_TAG = f"{{{_reader.SHEET_MAIN_NS}}}r"


class _InlineText:
    """What openpyxl's parser takes of an inline string cell (`<is>`, as write-only workbooks and
    Oversight's own export write every text) when rich text is not asked for: its `.content`, the
    plain text and the text of each run, phonetic runs left out, as openpyxl's Text.content gives
    it. openpyxl builds a full Text object through its descriptors for each such cell, which cost
    more than the rest of reading the row (issue 14)."""

    __slots__ = ("content",)

    def __init__(self, content):
        self.content = content

    @classmethod
    def from_tree(cls, node):
        plain = node.find(TEXT_TAG)
        snippets = [plain.text] if plain is not None and plain.text is not None else []
        for run in node.iterfind(RUN_TAG):
            text = run.find(TEXT_TAG)
            if text is not None and text.text is not None:
                snippets.append(text.text)
        return cls("".join(snippets))


_reader.Text = _InlineText  # only parse_cell's inline strings read it


def _xlsx_rows(fileobj):
    # read_only streams rows from the sheet XML, so memory stays flat for 100,000 rows.
    workbook = load_workbook(fileobj, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        workbook.close()


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


class Register:
    """The header row and the data rows of an uploaded register, numbered as the spreadsheet shows them."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.format = sniff(fileobj)
        self.headers, self.header_row = self._find_headers()

    def _raw(self):
        self.fileobj.seek(0)
        rows = _xlsx_rows(self.fileobj) if self.format == "xlsx" else _csv_rows(self.fileobj)
        try:
            yield from enumerate(rows, start=1)
        except DAMAGED as error:
            raise InvalidInput("The workbook is damaged and cannot be read (a part of it is missing or broken). "
                               "Open it in Excel, save it again as .xlsx and upload that.") from error

    def _find_headers(self):
        # Registers often carry a title row or two above the headers: take the first row
        # among the top ones whose cells are mostly recognised header names.
        best, first = None, None
        for number, row in self._raw():
            if number > HEADER_SEARCH_ROWS:
                break
            cells = ["" if _blank(v) else str(v).strip() for v in row]
            if not any(cells):
                continue
            first = first or (number, cells)
            recognised = sum(1 for field in guess_mapping(cells).values() if field)
            if recognised >= 2 and (best is None or recognised > best[0]):
                best = (recognised, number, cells)
        if best:
            return best[2], best[1]
        if first:
            return first[1], first[0]
        raise InvalidInput("The file has no rows.")

    def estimate_rows(self):
        """Data rows in the file, cheaply and never less than it holds: the CSV's line count; for a
        workbook the larger of the size its sheet states (a `<dimension>` may be missing, as in
        write-only exports, or wrong) and what its sheet's unpacked XML could hold."""
        self.fileobj.seek(0)
        if self.format == "xlsx":
            try:
                workbook = load_workbook(self.fileobj, read_only=True)
                stated = workbook.worksheets[0].max_row or 0
                workbook.close()
                self.fileobj.seek(0)
                sheets = [m.file_size for m in zipfile.ZipFile(self.fileobj).infolist()
                          if m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml")]
            except DAMAGED as error:
                raise InvalidInput("The workbook is damaged and cannot be read.") from error
            total = max(stated, max(sheets, default=0) // BYTES_PER_ROW)
        else:
            total = sum(chunk.count(b"\n") for chunk in iter(lambda: self.fileobj.read(1 << 20), b""))
        self.fileobj.seek(0)
        return max(total - self.header_row, 0)

    def rows(self):
        """(row number, {header: value}) for each non-blank row below the headers."""
        width = len(self.headers)
        for number, row in self._raw():
            if number <= self.header_row:
                continue
            if all(_blank(v) for v in row):
                continue  # blank rows between report groups are common
            values = list(row[:width]) + [None] * (width - len(row))
            yield number, {h: v for h, v in zip(self.headers, values, strict=True) if h}
