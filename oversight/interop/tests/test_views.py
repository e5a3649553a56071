import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from oversight.interop.models import ColumnMapping, ImportRun
from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.models import Response
from oversight.responses.tests.factories import ResponseFactory

from .helpers import csv_file

REPORT = "Vetting, misconduct and misogyny"


def register_file(*extra):
    return csv_file([["Report title", "Ref", "Finding", "Notes", "RAG"],
                     [REPORT, "1", "Forces should vet.", "x", "Red"], *extra])


def test_a_liaison_officer_uploads_maps_checks_and_imports_a_register(client, liaison_officer, force):
    client.force_login(liaison_officer)
    reply = client.post(reverse("interop:upload"), {"file": register_file(), "organisation": force.pk})
    run = ImportRun.objects.get()
    assert reply.status_code == 302 and reply.url == reverse("interop:mapping", args=[run.pk])
    page = client.get(reply.url)
    assert page.status_code == 200 and "Match the columns" in page.content.decode()
    assert run.mapping == {"Report title": "report_title", "Ref": "ref", "Finding": "text", "Notes": "", "RAG": "rag"}
    reply = client.post(reply.url, {"column_0": "report_title", "column_1": "ref", "column_2": "text",
                                    "column_3": "update", "column_4": "rag", "save": "on"})
    assert reply.status_code == 302
    page = client.get(reply.url).content.decode()
    assert "dry run" in page and Response.objects.count() == 0
    assert ColumnMapping.objects.get(organisation=force).mapping["Notes"] == "update"
    reply = client.post(reverse("interop:commit", args=[run.pk]))
    assert reply.status_code == 302
    assert "Register imported" in client.get(reply.url).content.decode()
    response = Response.objects.get()
    assert response.rag == "red" and response.updates.get().text == "x"


def test_the_preview_lists_each_problem_by_row_and_column_and_offers_no_import(client, liaison_officer, force):
    client.force_login(liaison_officer)
    client.post(reverse("interop:upload"), {"file": register_file([REPORT, "1", "Again", "", "Purple"]),
                                            "organisation": force.pk})
    run = ImportRun.objects.get()
    client.post(reverse("interop:mapping", args=[run.pk]), {"column_0": "report_title", "column_1": "ref",
                                                             "column_2": "text", "column_4": "rag"})
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "Fix these rows before importing" in page
    assert "&quot;Purple&quot; is not red, amber or green" in page and "first on row 2" in page
    assert "Import 2 rows" not in page
    client.post(reverse("interop:commit", args=[run.pk]))
    assert Response.objects.count() == 0
    assert ImportRun.objects.get().state == ImportRun.State.FAILED


def test_a_pdf_renamed_as_a_spreadsheet_is_refused_with_a_message(client, liaison_officer, force):
    client.force_login(liaison_officer)
    upload = io.BytesIO(b"%PDF-1.4 fake")
    upload.name = "register.xlsx"
    reply = client.post(reverse("interop:upload"), {"file": upload, "organisation": force.pk})
    assert reply.status_code == 422 and "The file is a PDF" in reply.content.decode()
    assert not ImportRun.objects.exists()


def test_choosing_one_field_for_two_columns_is_an_error(client, liaison_officer, force):
    client.force_login(liaison_officer)
    client.post(reverse("interop:upload"), {"file": register_file(), "organisation": force.pk})
    run = ImportRun.objects.get()
    reply = client.post(reverse("interop:mapping", args=[run.pk]), {"column_0": "report_title", "column_1": "text",
                                                                     "column_2": "text"})
    assert reply.status_code == 422 and "already chosen" in reply.content.decode()
    assert ImportRun.objects.get().state == ImportRun.State.UPLOADED


@pytest.mark.parametrize("persona", ["action_owner", "committee_member", "reviewer"])
def test_people_who_cannot_import_are_refused(client, persona, request):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("interop:upload")).status_code == 403


def test_another_organisations_import_is_not_found(client, liaison_officer, other_org_liaison, force):
    client.force_login(liaison_officer)
    client.post(reverse("interop:upload"), {"file": register_file(), "organisation": force.pk})
    run = ImportRun.objects.get()
    client.force_login(other_org_liaison)
    assert client.get(reverse("interop:preview", args=[run.pk])).status_code == 404
    assert client.post(reverse("interop:commit", args=[run.pk])).status_code == 404
    for name in ("choices", "stop"):
        assert client.post(reverse(f"interop:{name}", args=[run.pk])).status_code == 404
    assert client.get(reverse("interop:refused", args=[run.pk])).status_code == 404
    client.force_login(liaison_officer)  # their own run: a stop of a run not running is a message, not an error
    assert client.post(reverse("interop:stop", args=[run.pk])).status_code == 302


@pytest.fixture
def two_forces(force, other_force):
    report = ReportFactory(title="Shared thematic")
    ours = ResponseFactory(finding=FindingFactory(report=report, ref="1"), organisation=force, rag="red")
    ResponseFactory(finding=FindingFactory(report=report, ref="2"), organisation=force, rag="green")
    ResponseFactory(finding=FindingFactory(report=report, ref="3"), organisation=other_force, rag="red")
    return ours


def test_the_register_export_applies_the_registers_filters_and_scope(client, liaison_officer, two_forces):
    client.force_login(liaison_officer)
    reply = client.get(reverse("interop:export_register"), {"rag": "red", "format": "xlsx"})
    assert reply.status_code == 200 and reply["Content-Disposition"] == 'attachment; filename="register.xlsx"'
    sheet = load_workbook(io.BytesIO(b"".join(reply.streaming_content))).active
    assert [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["1"]
    reply = client.get(reverse("interop:export_register"), {"format": "csv"})
    assert reply["Content-Type"].startswith("text/csv") and b"".join(reply.streaming_content).decode("utf-8-sig").count("\n") == 3


def test_a_bad_filter_or_format_is_refused_with_a_message(client, liaison_officer, two_forces):
    client.force_login(liaison_officer)
    assert client.get(reverse("interop:export_register"), {"rag": "purple"}).status_code == 400
    reply = client.get(reverse("interop:export_register"), {"format": "pdf"})
    assert reply.status_code == 400 and b"format=xlsx" in reply.content


def test_another_organisations_report_cannot_be_exported(client, other_org_liaison, two_forces, force):
    other = ReportFactory(title="Only ours")
    ResponseFactory(finding=FindingFactory(report=other), organisation=force)
    client.force_login(other_org_liaison)
    assert client.get(reverse("interop:export_findings", args=[other.pk])).status_code == 404
    assert client.get(reverse("interop:export_findings", args=[two_forces.finding.report_id])).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_large_file_is_checked_and_imported_in_the_background_with_progress_shown(client, liaison_officer, force,
                                                                                    settings):
    import threading

    settings.IMPORT_BACKGROUND_ROWS = 3
    client.force_login(liaison_officer)
    rows = [[REPORT, str(n), f"Finding {n}.", "", "Amber"] for n in range(1, 11)]
    client.post(reverse("interop:upload"), {"file": csv_file([["Report title", "Ref", "Finding", "Notes", "RAG"],
                                                                *rows]), "organisation": force.pk})
    run = ImportRun.objects.get()
    assert run.rows_estimate == 10

    def wait():
        for thread in threading.enumerate():
            if thread.name == f"import-{run.pk}":
                thread.join(timeout=60)

    client.post(reverse("interop:mapping", args=[run.pk]), {"column_0": "report_title", "column_1": "ref",
                                                             "column_2": "text", "column_4": "rag"})
    page = client.get(reverse("interop:preview", args=[run.pk]))
    assert "Checking the register" in page.content.decode() or ImportRun.objects.get().state == "previewed"
    wait()
    polled = client.get(reverse("interop:preview", args=[run.pk]), headers={"HX-Request": "true"})
    assert polled.status_code == 200 and polled["HX-Redirect"] == reverse("interop:preview", args=[run.pk])
    assert "Import 10 rows" in client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    client.post(reverse("interop:commit", args=[run.pk]))
    wait()
    assert ImportRun.objects.get().state == ImportRun.State.COMMITTED
    assert Response.objects.count() == 10
    from oversight.interop import progress

    assert progress.read(ImportRun.objects.get()) == {"done": 10, "total": 10, "phase": "imported"}


def test_while_a_file_is_being_checked_the_page_shows_how_far_it_has_got(client, liaison_officer, force):
    from oversight.interop import progress

    client.force_login(liaison_officer)
    client.post(reverse("interop:upload"), {"file": register_file(), "organisation": force.pk})
    run = ImportRun.objects.get()
    ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.CHECKING, rows_estimate=100_000)
    progress.write(run, done=12_000, total=100_000, phase="checking")
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "12,000 of about 100,000 rows checked" in page and 'hx-trigger="every 2s"' in page
    partial = client.get(reverse("interop:preview", args=[run.pk]), headers={"HX-Request": "true"}).content.decode()
    assert partial.lstrip().startswith('<div id="import-progress"')
    reply = client.post(reverse("interop:commit", args=[run.pk]))
    assert reply.status_code == 302 and ImportRun.objects.get().state == ImportRun.State.CHECKING


def test_the_register_export_has_the_columns_chosen_and_streams(client, liaison_officer, two_forces):
    client.force_login(liaison_officer)
    two_forces.finding.text = "=HYPERLINK(\"http://evil\")"
    two_forces.finding.save()
    query = {"cols": ["rag", "owner"]}
    reply = client.get(reverse("interop:export_register"), {**query, "format": "csv"})
    assert reply.streaming and reply["Content-Disposition"] == 'attachment; filename="register.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(reply.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["Organisation", "Report title", "Type", "Ref", "Finding text", "Owner", "RAG"]
    assert len(rows) == 3 and rows[1][4].startswith("'=HYPERLINK")  # still neutralised when streamed
    reply = client.get(reverse("interop:export_register"), {**query, "format": "xlsx"})
    assert reply.streaming and reply["Content-Disposition"] == 'attachment; filename="register.xlsx"'
    sheet = load_workbook(io.BytesIO(b"".join(reply.streaming_content))).active
    assert [c.value for c in sheet[1]] == ["Organisation", "Report title", "Type", "Ref", "Finding text", "Owner", "RAG"]
    assert sheet.max_row == 3
    # Without a choice of columns the export has every column, so it imports back in full.
    reply = client.get(reverse("interop:export_register"), {"format": "csv"})
    assert next(csv.reader(io.StringIO(b"".join(reply.streaming_content).decode("utf-8-sig"))))[-1] == "Date of update"


def test_a_large_register_export_is_written_in_the_background_for_the_person_alone(
        client, liaison_officer, other_org_liaison, two_forces, settings, django_capture_on_commit_callbacks):
    from oversight.interop.models import ExportRun

    settings.EXPORT_INLINE_ROWS = 1
    client.force_login(liaison_officer)
    with django_capture_on_commit_callbacks(execute=True):  # the task runs (immediate backend) once queued
        reply = client.get(reverse("interop:export_register"), {"format": "xlsx", "cols": ["rag"], "page": "2"})
    run = ExportRun.objects.get()
    assert reply.status_code == 302 and reply["Location"] == reverse("interop:export_status", args=[run.pk])
    assert (run.state, run.rows, run.query, run.requested_by) == ("ready", 2, "cols=rag", liaison_officer)
    page = client.get(reply["Location"]).content.decode()
    assert "Your download is ready" in page and reverse("interop:export_download", args=[run.pk]) in page
    download = client.get(reverse("interop:export_download", args=[run.pk]))
    assert download["Content-Disposition"] == 'attachment; filename="register.xlsx"'
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert [c.value for c in sheet[1]] == ["Organisation", "Report title", "Type", "Ref", "Finding text", "RAG"]
    assert sorted(r[3] for r in sheet.iter_rows(min_row=2, values_only=True)) == ["1", "2"]  # ours only
    # Someone else cannot see that it exists, nor download it.
    client.force_login(other_org_liaison)
    assert client.get(reverse("interop:export_status", args=[run.pk])).status_code == 404
    assert client.get(reverse("interop:export_download", args=[run.pk])).status_code == 404


def test_an_export_still_being_prepared_says_so_and_polls(client, liaison_officer, two_forces, settings):
    from oversight.interop.models import ExportRun

    run = ExportRun.objects.create(requested_by=liaison_officer, fmt="csv", query="rag=red")
    client.force_login(liaison_officer)
    page = client.get(reverse("interop:export_status", args=[run.pk])).content.decode()
    assert "is being prepared" in page and 'hx-trigger="every 2s"' in page
    assert client.get(reverse("interop:export_download", args=[run.pk]))["Location"] == run.get_absolute_url()
    from oversight.interop import exports, tasks

    exports.fail_export(run.pk, message="the worker was stopped")
    polled = client.get(reverse("interop:export_status", args=[run.pk]), headers={"HX-Request": "true"})
    assert "could not be prepared" in polled.content.decode() and "<html" not in polled.content.decode()
    assert tasks.export_register.call(run.pk) == "failed"  # a retry of given-up work does nothing


def test_a_prepared_export_is_removed_after_its_keeping_time_and_its_page_says_so(
        client, liaison_officer, two_forces, settings, django_capture_on_commit_callbacks):
    import datetime

    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from django.utils import timezone

    from oversight.interop import exports
    from oversight.interop.models import ExportRun

    settings.EXPORT_KEEP_DAYS = 7
    now = timezone.now()
    old, recent = (ExportRun.objects.create(requested_by=liaison_officer, fmt="csv", state="ready", rows=2,
                                            finished_at=now - datetime.timedelta(days=days)) for days in (8, 6))
    for run in (old, recent):
        run.file.save(f"register-{run.pk}.csv", ContentFile(b"Ref\n1\n"))
    old_name, storage = old.file.name, old.file.storage
    with django_capture_on_commit_callbacks(execute=True):
        assert exports.expire_exports(now) == 1
    old.refresh_from_db(), recent.refresh_from_db()
    assert (old.state, old.file.name, recent.state) == ("expired", "", "ready")
    assert not storage.exists(old_name) and storage.exists(recent.file.name)
    client.force_login(liaison_officer)
    page = client.get(reverse("interop:export_status", args=[old.pk])).content.decode()
    assert "removed 7 days after it was prepared" in page and "Your download is ready" not in page
    assert client.get(reverse("interop:export_download", args=[old.pk]))["Location"] == old.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        assert exports.expire_exports(now) == 0  # once
    out = io.StringIO()
    call_command("schedule", "--date", "2026-12-01", stdout=out)  # the daily timer queues it too
    assert "exports' files to remove queued" in out.getvalue()
    recent.file.delete(save=False)


@pytest.mark.parametrize("rows", [10, 100_000])
def test_a_large_preview_is_listed_a_page_at_a_time_in_the_same_queries(client, liaison_officer, force, rows,
                                                                       django_assert_max_num_queries):
    """Issue 14: rows new, changed, unchanged and refused, counted and paged from the run alone."""
    from oversight.interop import services

    run = services.start_import(register_file(), organisation=force, by=liaison_officer)
    problems = [{"row": n, "column": "RAG", "message": f"Row {n} is purple"} for n in range(2, 2 + rows // 10)]
    first = 2 + rows // 10
    run.outcome = {"rows": rows, "created": rows // 2, "updated": rows // 10, "unchanged": rows - rows // 2 - 2 * (rows // 10),
                   "refused": rows // 10, "committed": False, "problems": problems,
                   "changes": [{"row": first + rows // 2, "result": "updated", "fields": [["RAG", "Red", "Green"]]}],
                   "results": {"created": [[first, first + rows // 2 - 1]],
                               "updated": [[first + rows // 2, first + rows // 2 + rows // 10 - 1]],
                               "unchanged": [[first + rows // 2 + rows // 10, rows + 1]]}}
    run.state = ImportRun.State.PREVIEWED
    run.save()
    client.force_login(liaison_officer)
    url = reverse("interop:preview", args=[run.pk])
    with django_assert_max_num_queries(12):
        page = client.get(url).content.decode()  # refused rows first, while there are any
    assert f"Cannot be imported ({rows // 10})" in page and f"New ({rows // 2})" in page
    assert "Row 2 is purple" in page and f"Row {2 + min(50, rows // 10) - 1} is purple" in page
    assert f"Row {2 + 50} is purple" not in page
    with django_assert_max_num_queries(12):
        page = client.get(url, {"show": "updated", "page": 1}).content.decode()
    assert "Green" in page and f"Changed ({rows // 10})" in page
    last = (rows // 2 + 49) // 50
    with django_assert_max_num_queries(12):
        page = client.get(url, {"show": "created", "page": last}).content.decode()
    assert f"<td class=\"govuk-table__cell\">{first + rows // 2 - 1}</td>" in page  # the last new row
    assert f"of {last}" in page or last == 1
