import io
import zipfile

import pytest

from oversight.core.exceptions import InvalidInput
from oversight.interop.readers import Register

from .helpers import csv_file, xlsx


def named(content, name):
    out = io.BytesIO(content)
    out.name = name
    return out


def zipped(*names):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return out.getvalue()


@pytest.mark.parametrize(("content", "message"), [
    (b"%PDF-1.7 not a register", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old excel", "Old Excel"),
    (zipped("word/document.xml", "[Content_Types].xml"), "not an Excel workbook"),
    (zipped("xl/workbook.xml", "xl/vbaProject.bin"), "macros"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not text"),
])
def test_files_that_are_not_registers_are_refused_by_their_content_whatever_their_name(content, message):
    with pytest.raises(InvalidInput, match=message):
        Register(named(content, "register.xlsx"))


def test_a_csv_named_xlsx_is_read_as_csv():
    fileobj = csv_file([["Ref", "Recommendation"], ["1", "Improve."]], name="register.xlsx")
    register = Register(fileobj)
    assert register.format == "csv"
    assert list(register.rows()) == [(2, {"Ref": "1", "Recommendation": "Improve."})]


def test_a_workbook_is_streamed_with_spreadsheet_row_numbers_and_blank_rows_skipped():
    fileobj = xlsx([["Ref", "Recommendation"], ["1", "Improve."], [None, None], ["2", "Train."]],
                   title_rows=[["Our register"]])
    register = Register(fileobj)
    assert register.format == "xlsx" and register.header_row == 2
    assert [number for number, _ in register.rows()] == [3, 5]


def test_a_windows_csv_with_semicolons_is_read():
    fileobj = named("Ref;Recommendation\n1;Improve the caf\xe9\n".encode("cp1252"), "register.csv")
    assert list(Register(fileobj).rows()) == [(2, {"Ref": "1", "Recommendation": "Improve the caf\xe9"})]
