"""Registers built in memory, as forces' spreadsheets look."""

import csv
import io

from openpyxl import Workbook


def xlsx(rows, *, merge=None, title_rows=()):
    """An .xlsx file (BytesIO) with optional title rows above the headers and merged cells."""
    workbook = Workbook()
    sheet = workbook.active
    for row in [*title_rows, *rows]:
        sheet.append(list(row))
    for ref in merge or []:
        sheet.merge_cells(ref)
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    out.name = "register.xlsx"
    return out


def csv_file(rows, name="register.csv"):
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    out = io.BytesIO(text.getvalue().encode("utf-8"))
    out.name = name
    return out
