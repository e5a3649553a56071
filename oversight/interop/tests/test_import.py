import datetime

import pytest

from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.interop.columns import guess_mapping
from oversight.interop.importer import import_register
from oversight.interop.readers import Register
from oversight.organisations.models import Portfolio
from oversight.reports.models import Finding, Report
from oversight.responses.models import Response, Update

from .helpers import csv_file, xlsx

HEADERS = ["Report", "Date published", "Rec No", "Type", "Recommendation", "Owner", "Portfolio", "Status", "RAG",
           "Due date", "Update"]
REPORT = "PEEL 2021/22: an inspection of West Midlands Police"


def rows(*body):
    return [HEADERS, *body]


def run(fileobj, by, organisation, commit=True):
    register = Register(fileobj)
    return import_register(register, guess_mapping(register.headers), organisation=organisation, by=by,
                           commit=commit)


def database_state():
    return (Report.objects.count(), Finding.objects.count(), Response.objects.count(), Update.objects.count(),
            Portfolio.objects.count())


@pytest.fixture
def good_file(liaison_officer, action_owner):
    return xlsx(rows(
        [REPORT, "30th November 2021", "1", "Recommendation", "Improve supervision of investigations.",
         "ppu-owner", "Crime", "", "Red", "30/11/2022", "Training planned."],
        [None, None, "AFI1", "AFI", "Improve how calls are answered.", "", "Crime", "", "A", 44895, ""],
    ), merge=["A2:A3", "B2:B3"])


def test_a_register_is_imported_with_its_findings_responses_and_updates(good_file, liaison_officer, force, action_owner):
    outcome = run(good_file, liaison_officer, force)
    assert outcome.ok and outcome.committed and outcome.created == 2
    report = Report.objects.get(title=REPORT)
    assert report.published_on == datetime.date(2021, 11, 30)
    rec = Finding.objects.get(report=report, ref="1")
    afi = Finding.objects.get(report=report, ref="AFI1")
    assert rec.kind == "recommendation" and afi.kind == "area_for_improvement"
    assert rec.due_on == datetime.date(2022, 11, 30) and afi.due_on == datetime.date(2022, 11, 30)
    response = Response.objects.get(finding=rec, organisation=force)
    assert response.owner == action_owner and response.portfolio.name == "Crime" and response.rag == "red"
    assert response.updates.get().text == "Training planned."
    assert Response.objects.get(finding=afi).rag == "amber"


def test_reimporting_the_same_file_updates_instead_of_duplicating(good_file, liaison_officer, force):
    run(good_file, liaison_officer, force)
    before = database_state()
    good_file.seek(0)
    outcome = run(good_file, liaison_officer, force)
    assert outcome.committed and outcome.created == 0 and outcome.unchanged == 2
    assert database_state() == before


def test_a_changed_row_updates_the_same_response(good_file, liaison_officer, force):
    run(good_file, liaison_officer, force)
    changed = csv_file(rows([REPORT, "30/11/2021", "1", "Recommendation", "Improve supervision of investigations.",
                             "ppu-owner", "Crime", "", "Green", "30/11/2022", "Training delivered."]))
    outcome = run(changed, liaison_officer, force)
    assert outcome.committed and outcome.updated == 1
    response = Response.objects.get(finding__ref="1")
    assert response.rag == "green"
    assert list(response.updates.values_list("text", flat=True)) == ["Training delivered.", "Training planned."]
    assert Response.objects.count() == 2


def test_a_file_with_bad_rows_changes_nothing_and_names_every_bad_row(liaison_officer, force, action_owner):
    bad = csv_file(rows(
        [REPORT, "30/11/2021", "1", "Recommendation", "Fine row.", "ppu-owner", "Crime", "", "Red", "", ""],
        [REPORT, "30/11/2021", "2", "Recommendation", "Unknown owner.", "nobody", "", "", "", "", ""],
        [REPORT, "30/11/2021", "1", "Recommendation", "Duplicate ref.", "", "", "", "", "", ""],
        [REPORT, "30/11/2021", "3", "Recommendation", "Bad date.", "", "", "", "", "soon", ""],
        [REPORT, "30/11/2021", "4", "Recommendation", "Bad status.", "", "", "Sort of done", "Purple", "", ""],
        [REPORT, "30/11/2021", "5", "Wish", "Bad kind.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", ""],
        ["", "", "6", "", "", "", "", "", "", "", ""],
    ))
    before = database_state()
    outcome = run(bad, liaison_officer, force)
    assert not outcome.committed
    assert database_state() == before
    found = {(p.row, p.column) for p in outcome.problems}
    assert found == {(3, "Owner"), (4, "Rec No"), (5, "Due date"), (6, "Status"), (6, "RAG"), (7, "Type")}
    messages = {p.row: p.message for p in outcome.problems}
    assert 'No one called "nobody"' in messages[3]
    assert "first on row 2" in messages[4]
    assert '"soon" is not a date' in messages[5]
    assert outcome.rows == 7  # the blank row is skipped; row 9 carries the report down from row 7


def test_a_dry_run_reports_what_would_happen_and_writes_nothing(good_file, liaison_officer, force):
    before = database_state()
    outcome = run(good_file, liaison_officer, force, commit=False)
    assert outcome.ok and outcome.created == 2 and not outcome.committed
    assert database_state() == before


def test_a_reference_or_title_longer_than_oversight_keeps_is_refused_on_its_row(liaison_officer, force, action_owner):
    """PostgreSQL refused the whole batch (value too long), SQLite kept it whole: now the row is named."""
    long_ref, long_title = "R" * 31, "T" * 501
    bad = csv_file(rows(
        [REPORT, "30/11/2021", "1", "Recommendation", "Fine row.", "", "", "", "", "", ""],
        [REPORT, "30/11/2021", long_ref, "Recommendation", "Reference too long.", "", "", "", "", "", ""],
        [long_title, "30/11/2021", "1", "Recommendation", "Title too long.", "", "", "", "", "", ""],
    ))
    before = database_state()
    for commit in (False, True):
        outcome = run(bad, liaison_officer, force, commit=commit)
        assert not outcome.committed and database_state() == before
        messages = {(p.row, p.column): p.message for p in outcome.problems}
        assert messages == {(3, "Rec No"): "Reference as printed is 31 characters long; Oversight keeps at most 30",
                            (4, "Report"): "Report title is 501 characters long; Oversight keeps at most 500"}


def test_the_check_writes_no_new_row_yet_finds_what_the_import_then_does(liaison_officer, force, action_owner):
    """The check rehearses the bulk inserts (core.inserts.rehearsed): nothing is sent, and its outcome is
    the import's, row by row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    register = xlsx(rows(
        [REPORT, "30/11/2021", "1", "Recommendation", "Improve supervision.", "ppu-owner", "Crime", "Closed", "Green",
         "30/11/2022", "Done."],
        [REPORT, "30/11/2021", "2", "Recommendation", "Improve training.", "", "Crime", "In progress", "Amber", "", "Planned."],
    ))
    with CaptureQueriesContext(connection) as queries:
        checked = run(register, liaison_officer, force, commit=False)
    inserted = [q["sql"] for q in queries.captured_queries
                if q["sql"].startswith(("INSERT", "COPY")) and any(t in q["sql"] for t in (
                    "reports_finding", "responses_response", "responses_update", "responses_transition"))]
    assert inserted == []
    register.seek(0)
    imported = run(register, liaison_officer, force)
    assert imported.committed
    assert (checked.created, checked.results, checked.changes) == (imported.created, imported.results, imported.changes)
    assert Response.objects.filter(organisation=force, status="closed").count() == 1


def test_title_rows_above_the_headers_and_blank_rows_are_skipped(liaison_officer, force):
    fileobj = xlsx(rows([REPORT, "", "1", "", "Improve supervision.", "", "", "", "", "", ""], [None] * 11,
                        [REPORT, "", "2", "", "Improve training.", "", "", "", "", "", ""]),
                   title_rows=[["West Midlands Police HMICFRS register"], ["As at 1 May 2024"], []])
    outcome = run(fileobj, liaison_officer, force)
    assert outcome.committed and outcome.created == 2
    assert sorted(Finding.objects.values_list("ref", flat=True)) == ["1", "2"]


def test_an_import_cannot_move_a_response_back(liaison_officer, force, action_owner):
    run(csv_file(rows([REPORT, "", "1", "", "Improve supervision.", "ppu-owner", "", "In progress", "", "", ""])),
        liaison_officer, force)
    before = database_state()
    outcome = run(csv_file(rows([REPORT, "", "1", "", "Improve supervision.", "", "", "Open", "", "", ""])),
                  liaison_officer, force)
    assert not outcome.committed
    assert outcome.problems[0].column == "Status"
    assert "Oversight has this as In progress; an import cannot move it back to Open" in outcome.problems[0].message
    assert database_state() == before and Response.objects.get().status == "in_progress"


def test_a_new_row_without_a_status_is_a_draft_awaiting_confirmation(liaison_officer, force):
    outcome = run(csv_file([["Report", "Ref", "Recommendation"], [REPORT, "1", "Improve supervision."]]),
                  liaison_officer, force)
    assert outcome.committed
    assert Response.objects.get().status == "draft"


def test_only_a_liaison_officer_or_administrator_may_import(good_file, action_owner, force):
    with pytest.raises(NotAllowed, match="liaison officer"):
        run(good_file, action_owner, force)
    assert Response.objects.count() == 0


def test_a_mapping_without_the_report_column_is_refused(liaison_officer, force):
    fileobj = csv_file([["Rec No", "Recommendation"], ["1", "Improve."]])
    with pytest.raises(InvalidInput, match="Report title"):
        run(fileobj, liaison_officer, force)


def test_an_imported_status_is_recorded_as_one_imported_transition(liaison_officer, force, action_owner):
    fileobj = csv_file(rows([REPORT, "", "1", "", "Improve supervision.", "", "", "In progress", "", "", ""]))
    outcome = run(fileobj, liaison_officer, force)
    assert outcome.committed, outcome.problems
    response = Response.objects.get()
    assert response.status == "in_progress"
    assert [(t.action, t.source, t.by, t.payload["row"]) for t in response.transitions.all()] == [
        ("imported", "draft", liaison_officer, 2)]


def test_imported_changes_are_in_the_audit_trail_under_the_importer(good_file, liaison_officer, force):
    from auditlog.models import LogEntry

    before = LogEntry.objects.count()
    run(good_file, liaison_officer, force)
    entries = LogEntry.objects.order_by("id")[before:]
    models = {entry.content_type.model for entry in entries}
    assert {"response", "finding", "update"} <= models
    assert {entry.actor for entry in entries} == {liaison_officer}
