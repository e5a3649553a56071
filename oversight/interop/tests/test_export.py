import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from oversight.interop import services
from oversight.interop.columns import guess_mapping
from oversight.interop.exporter import neutralise
from oversight.interop.importer import import_register
from oversight.interop.readers import Register
from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.models import Response, Update
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory


@pytest.fixture
def register(force, liaison_officer, action_owner, crime_portfolio):
    report = ReportFactory(title="PEEL 2021/22", published_on=datetime.date(2022, 3, 1))
    first = ResponseFactory(finding=FindingFactory(report=report, ref="1", text="=HYPERLINK(\"http://evil\")",
                                                   due_on=datetime.date(2022, 9, 1)),
                            organisation=force, owner=action_owner, portfolio=crime_portfolio, rag="red")
    UpdateFactory(response=first, text="+ Training planned", written_on=datetime.date(2022, 4, 1))
    ResponseFactory(finding=FindingFactory(report=report, ref="2", kind="area_for_improvement",
                                           text="Improve call handling."), organisation=force, rag="green")
    return Response.objects.filter(organisation=force)


def test_the_workbook_has_a_frozen_filtered_header_widths_real_dates_and_rag_colours(register):
    book = load_workbook(io.BytesIO(services.export_register(register, "xlsx")))
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:P3"
    assert sheet["A1"].value == "Organisation" and sheet["A1"].font.bold
    assert sheet.column_dimensions["F"].width == 70
    published = sheet["C2"].value
    assert isinstance(published, datetime.datetime) and published.date() == datetime.date(2022, 3, 1)
    assert sheet["C2"].number_format == "dd/mm/yyyy"
    rag = {sheet.cell(row=r, column=13).value: sheet.cell(row=r, column=13).fill.fgColor.rgb for r in (2, 3)}
    assert rag == {"Red": "00D4351C", "Green": "0000703C"}


def test_cells_that_start_like_formulas_are_neutralised_in_both_formats(register):
    sheet = load_workbook(io.BytesIO(services.export_register(register, "xlsx"))).active
    assert sheet["F2"].value == "'=HYPERLINK(\"http://evil\")" and sheet["F2"].data_type == "s"
    assert sheet["O2"].value == "'+ Training planned"
    text = services.export_register(register, "csv").decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    assert [neutralise(v) for v in ("-1", "@SUM(A1)", "safe", 3)] == ["'-1", "'@SUM(A1)", "safe", 3]


def test_the_csv_has_the_same_columns_and_dates_as_typed(register):
    rows = list(csv.reader(io.StringIO(services.export_register(register, "csv").decode("utf-8-sig"))))
    assert rows[0][:3] == ["Organisation", "Report title", "Date published"]
    assert rows[1][2] == "01/03/2022" and rows[1][11] == "Open" and len(rows) == 3


def test_exported_register_imports_back_with_nothing_changed(register, liaison_officer, force):
    def snapshot():
        return (list(Response.objects.order_by("id").values()), list(Update.objects.order_by("id").values()))

    before = snapshot()
    for fmt in ("xlsx", "csv"):
        fileobj = io.BytesIO(services.export_register(Response.objects.filter(organisation=force), fmt))
        reader = Register(fileobj)
        outcome = import_register(reader, guess_mapping(reader.headers), organisation=force, by=liaison_officer,
                                  commit=True)
        assert outcome.committed and outcome.unchanged == 2 and outcome.problems == [], fmt
        assert snapshot() == before, fmt


def test_a_reports_findings_export_lists_them_as_printed(force):
    report = ReportFactory(title="Vetting thematic")
    FindingFactory(report=report, ref="1", text="Forces should vet.", due_text="By 30 November 2021")
    sheet = load_workbook(io.BytesIO(services.export_findings(report, "xlsx"))).active
    assert [c.value for c in sheet[2]][:5] == ["Vetting thematic", datetime.datetime(2024, 9, 10), "Recommendation",
                                               "1", "Forces should vet."]
    assert sheet["H2"].value == "By 30 November 2021"
