"""The audit trail: every change recorded with before and after, scoped, never editable, exportable."""

import csv
import io

import pytest
from auditlog.models import LogEntry
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from oversight.audit import registry, services
from oversight.core.exceptions import NotAllowed
from oversight.responses.models import Response
from oversight.responses.tests.factories import ResponseFactory


@pytest.fixture
def response(force, liaison_officer):
    return ResponseFactory(organisation=force, narrative="Plan agreed")


def test_a_change_records_who_when_and_each_field_before_and_after(response, liaison_officer):
    from auditlog.context import set_actor

    with set_actor(liaison_officer):
        response.narrative = "Plan agreed and training booked"
        response.save()
    entry = LogEntry.objects.get_for_object(response).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == liaison_officer
    assert entry.changes_dict == {"narrative": ["Plan agreed", "Plan agreed and training booked"]}
    assert entry.additional_data == {"organisation_id": response.organisation_id}


def test_every_tracked_model_is_registered_and_version_noise_is_left_out():
    from auditlog.registry import auditlog

    models = list(registry.tracked_models())
    assert len(models) >= 20
    assert all(auditlog.contains(m) for m in models)
    assert Response in models
    assert "version" not in auditlog.get_model_fields(Response)["include_fields"]
    assert "version" in auditlog.get_model_fields(Response)["exclude_fields"]


def test_admin_cannot_delete_tracked_records():
    """core.admin.NoDeleteAdmin holds the rule; this checks every tracked model is under it."""
    request = RequestFactory().get("/")
    assert admin.site._registry.get(Response) is not None
    for model in registry.tracked_models():
        model_admin = admin.site._registry.get(model)
        if model_admin is not None and model._meta.model_name not in {"user", "membership"}:
            assert model_admin.has_delete_permission(request) is False, model


def test_archiving_needs_a_reason_and_records_who_archived(response, liaison_officer):
    with pytest.raises(NotAllowed, match="Give the reason for archiving"):
        services.archive(response, by=liaison_officer, reason=" ")
    response.refresh_from_db()
    assert not response.is_archived

    services.archive(response, by=liaison_officer, reason="Duplicate of recommendation 3")
    response.refresh_from_db()
    assert response.archived_by == liaison_officer and response.archive_reason == "Duplicate of recommendation 3"
    entry = LogEntry.objects.get_for_object(response).latest("timestamp")
    assert entry.changes_dict["archive_reason"] == ["", "Duplicate of recommendation 3"]


def test_an_action_owner_cannot_archive(response, action_owner):
    with pytest.raises(NotAllowed, match="Only a liaison officer or administrator can archive"):
        services.archive(response, by=action_owner, reason="Not needed")
    response.refresh_from_db()
    assert not response.is_archived


def _change(response, text, by):
    from auditlog.context import set_actor

    with set_actor(by):
        response.narrative = text
        response.save()


def test_the_audit_page_lists_changes_filtered_by_person(client, response, liaison_officer, action_owner):
    _change(response, "First plan by the liaison officer", liaison_officer)
    _change(response, "Second plan by the owner", action_owner)
    client.force_login(liaison_officer)
    page = client.get(reverse("audit:log"), {"actor": action_owner.pk})
    assert page.status_code == 200
    body = page.content.decode()
    assert "→ Second plan by the owner" in body
    assert "→ First plan by the liaison officer" not in body  # the liaison's own change is filtered out


def test_the_audit_page_filters_by_record_and_date(client, response, liaison_officer, force):
    other = ResponseFactory(organisation=force)
    _change(response, "Narrative of the first", liaison_officer)
    _change(other, "Narrative of the other", liaison_officer)
    client.force_login(liaison_officer)
    body = client.get(reverse("audit:log"), {"record": response.pk, "since": "2000-01-01"}).content.decode()
    assert "Narrative of the first" in body and "Narrative of the other" not in body
    body = client.get(reverse("audit:log"), {"until": "2000-01-01"}).content.decode()
    assert "No changes match these filters" in body


def test_another_organisations_changes_never_show(client, response, liaison_officer, other_org_liaison, other_force):
    foreign = ResponseFactory(organisation=other_force)
    _change(foreign, "Secret West Mercia plan", other_org_liaison)
    _change(response, "Our plan", liaison_officer)
    client.force_login(liaison_officer)
    body = client.get(reverse("audit:log")).content.decode()
    assert "Our plan" in body and "Secret West Mercia plan" not in body
    csv_body = b"".join(client.get(reverse("audit:export")).streaming_content).decode()
    assert "Secret West Mercia plan" not in csv_body


def test_the_pcc_office_reviewer_sees_the_force_it_oversees(client, response, liaison_officer, reviewer):
    _change(response, "Force plan", liaison_officer)
    client.force_login(reviewer)
    assert "Force plan" in client.get(reverse("audit:log")).content.decode()


@pytest.mark.parametrize("persona", ["action_owner", "committee_member", "portfolio_lead"])
def test_people_outside_oversight_roles_cannot_open_the_audit_trail(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("audit:log")).status_code == 403
    assert client.get(reverse("audit:export")).status_code == 403


def test_the_csv_export_has_one_row_per_changed_field_and_neutralises_formulas(client, response, liaison_officer):
    _change(response, "=HYPERLINK(\"http://evil\")", liaison_officer)
    client.force_login(liaison_officer)
    result = client.get(reverse("audit:export"), {"record": response.pk})
    assert result["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(result.streaming_content).decode())))
    assert rows[0][:3] == ["When", "Person", "Action"]
    narrative = [r for r in rows[1:] if r[6] == "Force response"]
    assert narrative and narrative[0][1] == liaison_officer.get_full_name()
    assert narrative[0][8].startswith("'=HYPERLINK")


def test_the_audit_trail_cannot_be_changed_through_the_app(client, response, liaison_officer):
    _change(response, "Recorded", liaison_officer)
    client.force_login(liaison_officer)
    count = LogEntry.objects.count()
    assert client.post(reverse("audit:log"), {"actor": ""}).status_code == 405
    assert client.delete(reverse("audit:export")).status_code == 405
    assert LogEntry.objects.count() == count


def test_edits_of_the_response_show_on_its_timeline_with_before_and_after(client, response, liaison_officer):
    _change(response, "Plan agreed and audit booked", liaison_officer)
    client.force_login(liaison_officer)
    body = client.get(response.get_absolute_url()).content.decode()
    assert "Changed force response" in body
    assert "Force response: Plan agreed → Plan agreed and audit booked" in body


def test_the_history_names_people_and_lists_not_ids(client, scene, liaison_officer, action_owner, crime_portfolio):
    from auditlog.context import set_actor

    from oversight.responses import services

    response = scene["r2"]
    with set_actor(liaison_officer):
        services.edit_response(response, {"owner": action_owner, "portfolio": crime_portfolio, "rag": "red",
                                          "applicability": "monitor_only"},
                               by=liaison_officer, expected_version=response.version)
    client.force_login(liaison_officer)
    body = client.get(response.get_absolute_url()).content.decode()
    assert f"Owner: none → {action_owner.get_full_name()}" in body
    assert "Portfolio: none → Crime" in body
    assert "RAG rating: Green → Red" in body and "Applicability: Applies → Monitor only" in body
    assert f"by {liaison_officer.get_full_name()} (Liaison officer)" in body
    page = client.get(reverse("audit:log")).content.decode()
    assert action_owner.get_full_name() in page and "Crime" in page


def test_the_audit_trail_is_in_the_menu_only_for_those_who_may_read_it(client, liaison_officer, action_owner):
    client.force_login(liaison_officer)
    assert 'href="/audit/"' in client.get(reverse("notifications:my_work")).content.decode()
    client.force_login(action_owner)
    assert 'href="/audit/"' not in client.get(reverse("notifications:my_work")).content.decode()


def test_a_create_lists_what_was_set_not_ids_reverse_relations_or_empty_fields(scene, liaison_officer):
    from auditlog.context import set_actor
    from auditlog.models import LogEntry

    from oversight.audit.presenting import describe_changes
    from oversight.reports.tests.factories import FindingFactory
    from oversight.responses.tests.factories import ResponseFactory

    with set_actor(liaison_officer):
        response = ResponseFactory(finding=FindingFactory(report=scene["report"], ref="77"),
                                   organisation=scene["r1"].organisation, rag="red", narrative="")
    entry = LogEntry.objects.get_for_object(response).get(action=LogEntry.Action.CREATE)
    changes = describe_changes(entry)
    labels = [label for label, _, _ in changes]
    assert ("RAG rating", "", "Red") in changes
    assert not {"Id", "Transitions", "Actions", "Force response"} & set(labels)
    assert not any("None" in after for _, _, after in changes), changes
