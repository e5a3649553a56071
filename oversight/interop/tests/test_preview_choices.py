"""The preview of issue 14 on the pages: answers to what the file names, good rows only, the rest as a file."""

import io

from django.urls import reverse
from openpyxl import Workbook, load_workbook

from oversight.accounts.models import User
from oversight.interop.models import ColumnMapping, ImportRun
from oversight.organisations.models import Portfolio
from oversight.responses.models import Response

from .helpers import xlsx

HEADERS = ["Ref", "Report", "Recommendation", "Owner", "Portfolio", "Due date", "Status", "RAG", "Update"]
REPORT = "Vetting, misconduct and misogyny"


def upload(client, force, *rows):
    client.post(reverse("interop:upload"), {"file": xlsx([HEADERS, *rows]), "organisation": force.pk})
    run = ImportRun.objects.latest("id")
    mapping = {f"column_{i}": f for i, f in enumerate(
        ["ref", "report_title", "text", "owner", "portfolio", "due_on", "status", "rag", "update"])}
    client.post(reverse("interop:mapping", args=[run.pk]), mapping)
    return ImportRun.objects.get(pk=run.pk)


def field_named(form_page, label):
    import re

    match = re.search(r'<label class="govuk-label" for="id_(\w+)">' + re.escape(label), form_page)
    assert match, label
    return match.group(1)


def test_the_preview_asks_about_unknown_names_and_checks_again_with_the_answers(client, liaison_officer, force,
                                                                                action_owner, crime_portfolio):
    client.force_login(liaison_officer)
    run = upload(client, force, ["1", REPORT, "Vet.", "DCI Sarah Khan", "Contact", "", "Closed – HMICFRS", "Blue",
                                 "Done."])
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "Owner “DCI Sarah Khan”" in page and "Add Sarah Khan as a new person" in page
    assert "Portfolio “Contact”" in page and "Status “Closed – HMICFRS”" in page
    assert "Import 1 rows" in page and Response.objects.count() == 0
    answers = {field_named(page, "Owner “DCI Sarah Khan”"): str(action_owner.pk),
               field_named(page, "Portfolio “Contact”"): str(crime_portfolio.pk),
               field_named(page, "Status “Closed – HMICFRS”"): "submitted",
               field_named(page, "RAG “Blue”"): "green",
               field_named(page, "Report “Vetting, misconduct and misogyny”"): "new",
               "report_kind_0": "national_thematic", "report_date_0": "2024-05-01"}
    reply = client.post(reverse("interop:choices", args=[run.pk]), answers)
    assert reply.status_code == 302
    run.refresh_from_db()
    assert run.choices["people"] == {"sarah khan": str(action_owner.pk)}
    assert run.choices["status"] == {"closed hmicfrs": "submitted"}
    client.post(reverse("interop:commit", args=[run.pk]))
    response = Response.objects.get()
    assert (response.owner, response.portfolio, response.status) == (action_owner, crime_portfolio, "submitted")
    assert response.finding.report.published_on.isoformat() == "2024-05-01"
    assert not User.objects.filter(last_name="Khan").exists() and not Portfolio.objects.filter(name="Contact").exists()


def test_the_good_rows_are_imported_on_request_and_the_rest_given_back_as_a_file(client, liaison_officer, force):
    client.force_login(liaison_officer)
    run = upload(client, force, ["1", REPORT, "Vet.", "", "", "", "Closed", "", ""],
                 ["2", REPORT, "Vet more.", "", "", "soon", "", "", ""])
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "&quot;soon&quot; is not a date" in page and "Import the good rows and give me the rest back as a file" in page
    client.post(reverse("interop:commit", args=[run.pk]), {"partial": "1"})
    run.refresh_from_db()
    assert run.state == ImportRun.State.COMMITTED and run.outcome["refused"] == 1
    assert Response.objects.get().status == "closed"
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "Download the 1 rows not imported" in page
    reply = client.get(reverse("interop:refused", args=[run.pk]))
    assert reply.status_code == 200 and reply["Content-Disposition"].endswith('rows-not-imported.xlsx"')
    rows = list(load_workbook(io.BytesIO(reply.content), read_only=True).active.iter_rows(values_only=True))
    assert rows[0][0] == "Row" and rows[0][-1] == "Why it was not imported"
    assert rows[1][0] == 3 and rows[1][2] == REPORT and "is not a date" in rows[1][-1]
    assert len(rows) == 2


def test_by_default_a_file_with_a_refused_row_imports_nothing(client, liaison_officer, force):
    client.force_login(liaison_officer)
    run = upload(client, force, ["1", REPORT, "Vet.", "", "", "", "", "", ""],
                 ["2", REPORT, "Vet more.", "", "", "soon", "", "", ""])
    client.post(reverse("interop:commit", args=[run.pk]))
    assert ImportRun.objects.get(pk=run.pk).state == ImportRun.State.FAILED and Response.objects.count() == 0


def test_remembered_columns_are_only_saved_when_asked_and_shown_before_they_are_used(client, liaison_officer, force):
    client.force_login(liaison_officer)
    run = upload(client, force, ["1", REPORT, "Vet.", "", "", "", "", "", ""])
    assert not ColumnMapping.objects.exists()  # "remember" is not ticked unless the person ticks it
    ColumnMapping.objects.create(organisation=force, mapping={"Owner": ""})
    client.post(reverse("interop:upload"), {"file": xlsx([HEADERS, ["1", REPORT, "Vet.", "", "", "", "", "", ""]]),
                                            "organisation": force.pk})
    run = ImportRun.objects.latest("id")
    page = client.get(reverse("interop:mapping", args=[run.pk])).content.decode()
    assert "Choices remembered from your last import are used for 1 column: Owner" in page
    assert "Remembered from your last import: ignore this column" in page


def test_a_workbook_without_a_dimension_is_never_checked_inside_the_request(client, liaison_officer, force, settings):
    settings.IMPORT_BACKGROUND_ROWS = 2000
    workbook = Workbook(write_only=True)  # as Oversight's own export: no <dimension> element
    sheet = workbook.create_sheet("Register")
    sheet.append(["Report", "Ref", "Recommendation"])
    for n in range(3000):
        sheet.append([REPORT, str(n), f"A finding with words enough to be realistic, number {n}."])
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    out.name = "export.xlsx"
    client.force_login(liaison_officer)
    client.post(reverse("interop:upload"), {"file": out, "organisation": force.pk})
    assert ImportRun.objects.get().rows_estimate > 2000


def test_a_running_check_can_be_stopped_and_one_whose_worker_died_is_failed_with_a_message(
        client, liaison_officer, force, settings):
    import datetime

    from django.utils import timezone

    from oversight.interop import progress, services

    client.force_login(liaison_officer)
    run = upload(client, force, ["1", REPORT, "Vet.", "", "", "", "", "", ""])
    ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.CHECKING)
    progress.write(run, done=1000, total=100_000, phase="checking")
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "Stop checking" in page
    client.post(reverse("interop:stop", args=[run.pk]))
    assert progress.stop_asked_by(run) and ImportRun.objects.get(pk=run.pk).state == ImportRun.State.CHECKING
    assert "Stopping, as" in client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    # The worker stops at its next report of progress, rolls back and says who stopped it.
    run = ImportRun.objects.get(pk=run.pk)
    from oversight.interop.tasks import _go

    assert _go(run.pk, liaison_officer.pk, commit=False) == ImportRun.State.FAILED
    run.refresh_from_db()
    assert "stopped this run before it finished" in run.outcome["problems"][0]["message"]
    assert Response.objects.count() == 0
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "Nothing was imported" in page and "Check the file again" in page

    # A run no worker has reported on for longer than a lease is failed at once.
    ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.IMPORTING)
    progress.clear_stop(run)
    old = (timezone.now() - datetime.timedelta(seconds=3 * settings.TASK_LEASE_SECONDS)).isoformat()
    from django.core.cache import cache

    cache.set(f"interop:progress-at:{run.pk}", old)
    assert "may have stopped" in client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert services.stop_import(ImportRun.objects.get(pk=run.pk), by=liaison_officer) is True
    assert ImportRun.objects.get(pk=run.pk).state == ImportRun.State.FAILED
