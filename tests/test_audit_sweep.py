"""Every change is on the record under its author (issue 15): one change of each kind through the
pages, the API (with a token, as scripts call it), the admin, an import and a reading of a report,
each found in the audit trail with the right person and its before and after values."""

import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from oversight.responses.models import Response, Update

pytestmark = pytest.mark.django_db


def entry_for(obj, field=None):
    entries = LogEntry.objects.get_for_object(obj).order_by("-timestamp", "-id")
    if field:
        entries = [e for e in entries if field in (e.changes_dict or {})]
    return entries[0] if entries else None


def assert_recorded(obj, field, before, after, actor):
    entry = entry_for(obj, field)
    assert entry is not None, f"no audit entry for {field} of {obj!r}"
    assert entry.actor == actor, f"{field} of {obj!r} recorded under {entry.actor}, not {actor}"
    recorded_before, recorded_after = entry.changes_dict[field]
    assert (str(recorded_before), str(recorded_after)) == (str(before), str(after)), entry.changes_dict[field]


@pytest.fixture
def token_api(liaison_officer):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=liaison_officer).key}")
    return client


def test_page_changes_are_recorded_under_the_person(client, scene, liaison_officer, portfolio_lead):
    r1 = scene["r1"]
    client.force_login(liaison_officer)
    client.post(reverse("responses:edit", args=[r1.pk]), {
        "applicability": r1.applicability, "rag": "amber", "narrative": "Plan agreed", "portfolio": r1.portfolio_id,
        "business_area": r1.business_area_id, "board": r1.board_id, "version": r1.version})
    assert_recorded(r1, "narrative", "", "Plan agreed", liaison_officer)
    assert_recorded(r1, "rag", "red", "amber", liaison_officer)
    client.post(reverse("responses:add_update", args=[r1.pk]), {"text": "Training booked", "rag": "amber",
                                                                "written_on": "2024-01-15"})
    update = Update.objects.get(text="Training booked")
    assert entry_for(update).actor == liaison_officer
    r2 = scene["r2"]
    client.post(reverse("responses:transition", args=[r2.pk, "mark_not_applicable"]),
                {"mark_not_applicable-reason": "Not a force matter"})
    assert_recorded(r2, "status", "open", "not_applicable", liaison_officer)


def test_api_changes_with_a_token_are_recorded_under_the_token_holder(token_api, scene, liaison_officer):
    r1 = scene["r1"]
    reply = token_api.patch(f"/api/responses/{r1.pk}/", {"target_on": "2025-03-31"}, format="json",
                            HTTP_IF_MATCH=f'"{r1.version}"')
    assert reply.status_code == 200
    assert_recorded(r1, "target_on", "None", "2025-03-31", liaison_officer)
    token_api.post("/api/updates/", {"response": r1.pk, "text": "Through the API"}, format="json")
    assert entry_for(Update.objects.get(text="Through the API")).actor == liaison_officer
    r2 = scene["r2"]
    token_api.post(f"/api/responses/{r2.pk}/transition/", {"action": "mark_not_applicable",
                                                           "payload": {"reason": "Covered elsewhere"}}, format="json")
    assert_recorded(r2, "status", "open", "not_applicable", liaison_officer)
    token_api.post(f"/api/responses/{r1.pk}/archive/", {"reason": "Entered twice"}, format="json")
    assert_recorded(r1, "archive_reason", "", "Entered twice", liaison_officer)


def test_admin_changes_are_recorded_under_the_administrator(client, scene, admin_user):
    r1 = scene["r1"]
    client.force_login(admin_user)
    form = client.get(reverse("admin:responses_response_change", args=[r1.pk])).context["adminform"].form
    data = {name: ("" if value is None else value) for name, value in form.initial.items() if name in form.fields}
    data.update({"narrative": "Set by the administrator", "expected_version": r1.version})
    client.post(reverse("admin:responses_response_change", args=[r1.pk]), data)
    assert_recorded(r1, "narrative", "", "Set by the administrator", admin_user)


def test_an_import_and_a_reading_are_recorded_under_the_person_who_ran_them(liaison_officer, force):
    from oversight.extraction import services as extraction
    from oversight.extraction.models import ReportUpload
    from oversight.interop import services as interop
    from oversight.interop.tests.helpers import csv_file
    from oversight.reports.models import Finding, Report

    run = interop.start_import(csv_file([["Report title", "Ref", "Recommendation", "RAG"],
                                         ["Imported thematic", "1", "Forces should act.", "Red"]]),
                               organisation=force, by=liaison_officer)
    interop.check_import(run, by=liaison_officer)
    interop.commit_import(run, by=liaison_officer)
    imported = Finding.objects.get(text="Forces should act.")
    assert entry_for(imported.report).actor == liaison_officer
    assert entry_for(imported).actor == liaison_officer
    response = Response.objects.get(finding=imported)
    assert_recorded(response, "rag", "None", "red", liaison_officer)

    upload = ReportUpload.objects.create(
        organisation=force, uploaded_by=liaison_officer, source_name="r.pdf", content_hash="3" * 64, format="pdf",
        title="Read in", findings=[{"id": "f1", "kind": "recommendation", "ref": "1", "text": "Chief constables "
                                    "should review.", "addressees": ["Chief constables"], "due_text": "",
                                    "due_on": None, "parent": None, "page": 1, "theme": ""}])
    from auditlog.context import set_actor

    with set_actor(liaison_officer):  # as the confirm page's request does through auditlog's middleware
        report = extraction.confirm_upload(upload, title="Read in", kind=Report.Kind.NATIONAL_THEMATIC,
                                           published_on=None, by=liaison_officer)
    assert entry_for(report).actor == liaison_officer
    assert entry_for(report.findings.get()).actor == liaison_officer


def test_an_administrators_correction_of_a_finding_goes_through_the_writer(scene, admin_user, correct_in_admin):
    rec2 = scene["rec2"]
    assert correct_in_admin(rec2).status_code == 302
    assert_recorded(rec2, "text", "The force should improve supervision of investigations.",
                    "The force should improve the supervision of investigations.", admin_user)

