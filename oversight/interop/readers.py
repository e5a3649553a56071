"""Read an uploaded register as rows, streamed, whatever its format; refuse what is not a register.

The type is decided from the bytes, never the file name: an .xlsx is a zip holding
xl/workbook.xml; a CSV is text without NUL bytes.
"""

import csv
import io
import zipfile

from openpyxl import load_workbook

from oversight.core.exceptions import InvalidInput

from .columns import guess_mapping

HEADER_SEARCH_ROWS = 15


def sniff(fileobj):
    """'xlsx' or 'csv' from the content, or InvalidInput naming what was found."""
    fileobj.seek(0)
    head = fileobj.read(4096)
    fileobj.seek(0)
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(fileobj).namelist())
        except zipfile.BadZipFile as error:
            raise InvalidInput("The file looks like a damaged Excel workbook.") from error
        finally:
            fileobj.seek(0)
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
    raw = fileobj.read()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput("The CSV file's text could not be read; save it as UTF-8.")


def _csv_rows(fileobj):
    text = _decode(fileobj)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text), dialect)


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
        yield from enumerate(rows, start=1)

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
        """Data rows in the file, cheaply: the sheet's stated size, or the CSV's line count."""
        self.fileobj.seek(0)
        if self.format == "xlsx":
            workbook = load_workbook(self.fileobj, read_only=True)
            try:
                total = workbook.worksheets[0].max_row or 0
            finally:
                workbook.close()
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
