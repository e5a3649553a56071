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


def test_nul_bytes_deep_in_a_csv_refuse_their_row_with_a_message_and_nothing_else(liaison_officer, force):
    from oversight.interop.columns import guess_mapping
    from oversight.interop.importer import import_register
    from oversight.responses.models import Response

    padding = [["Vetting", str(n), f"Finding {n} " + "words " * 20] for n in range(1, 40)]
    fileobj = csv_file([["Report", "Ref", "Recommendation", "Update"], *[[*r, ""] for r in padding],
                        ["Vetting", "99", "Bad\x00text", "Also\x00bad"]])
    register = Register(fileobj)
    outcome = import_register(register, guess_mapping(register.headers), organisation=force, by=liaison_officer,
                              commit=True, partial=True)
    assert [p.row for p in outcome.problems] == [41]
    assert "NUL character" in outcome.problems[0].message
    assert Response.objects.count() == 39


def test_a_formula_is_read_as_its_value_and_one_without_a_value_is_a_named_problem(liaison_officer, force):
    from openpyxl import Workbook

    from oversight.interop.columns import guess_mapping
    from oversight.interop.importer import import_register

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Report", "Ref", "Recommendation"])
    sheet.append(["Vetting", "1", "=CONCATENATE(\"Improve \",\"vetting\")"])  # never calculated: no cached value
    sheet.append(["Vetting", "2", "Improve training."])
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    register = Register(out)
    outcome = import_register(register, guess_mapping(register.headers), organisation=force, by=liaison_officer,
                              commit=False)
    # data_only: Oversight never runs a formula; without a value Excel saved, the row has no text but its ref.
    assert outcome.ok and outcome.created == 2


def test_merged_header_cells_still_find_the_headers():
    fileobj = xlsx([["Recommendations register", None, None], ["Report", "Ref", "Recommendation"],
                    ["Vetting", "1", "Improve."]], merge=["A1:C1"])
    register = Register(fileobj)
    assert register.headers == ["Report", "Ref", "Recommendation"] and register.header_row == 2
    merged = xlsx([["Report", "Owner", None, "Ref"], ["Vetting", "ppu-owner", "", "1"]], merge=["B1:C1"])
    register = Register(merged)
    assert [h for h in register.headers if h] == ["Report", "Owner", "Ref"]
    assert list(register.rows()) == [(2, {"Report": "Vetting", "Owner": "ppu-owner", "Ref": "1"})]


def test_a_workbooks_stated_size_is_read_from_its_dimension_and_a_missing_one_stops_at_the_rows(monkeypatch):
    """The <dimension> comes before the rows: looking for it never reads the rows (issue 14)."""
    import io

    from openpyxl import Workbook, load_workbook
    from openpyxl.worksheet import _reader

    stated = Workbook()
    for n in range(30):
        stated.active.append([f"Ref {n}", n])
    without = Workbook(write_only=True)  # as Oversight's own export: no <dimension> element
    sheet = without.create_sheet("Register")
    for n in range(30):
        sheet.append([f"Ref {n}", n])
    files = []
    for book in (stated, without):
        out = io.BytesIO()
        book.save(out)
        out.seek(0)
        files.append(out)
    events = []
    real = _reader.iterparse

    def counted(*args, **kwargs):
        for event in real(*args, **kwargs):
            events.append(event)
            yield event

    monkeypatch.setattr(_reader, "iterparse", counted)
    assert load_workbook(files[0], read_only=True).worksheets[0].max_row == 30
    assert load_workbook(files[1], read_only=True).worksheets[0].max_row is None
    assert len(events) < 20  # the 30 rows' 90 elements were not read to find a size


INLINE = '<is xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{}</is>'


@pytest.mark.parametrize("inner", [
    '<t>The force should improve</t>',
    '<t xml:space="preserve">  spaced  </t>',
    '<t/>',
    '<r><t>Bold </t></r><r><rPr><b/></rPr><t>and plain</t></r>',
    '<t>Base</t><rPh sb="0" eb="1"><t>phonetic</t></rPh>',
    '',
])
def test_an_inline_string_reads_as_openpyxls_own_text(inner):
    from openpyxl.cell.text import Text
    from openpyxl.xml.functions import fromstring

    from oversight.interop.readers import _InlineText

    node = fromstring(INLINE.format(inner))
    assert _InlineText.from_tree(node).content == Text.from_tree(node).content


def test_a_write_only_workbooks_text_cells_are_read_whole():
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.append(["Report", "Recommendation"])
    sheet.append(["Inspection – 2021", "  The force should improve “practice”.  "])
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    assert list(Register(out).rows()) == [(2, {"Report": "Inspection – 2021",
                                               "Recommendation": "  The force should improve “practice”.  "})]
