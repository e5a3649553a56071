"""Bulk work in the register (issue 10): each row through the services and workflow, audited one by one;
refused rows listed with their reason, nothing half-done on a row."""

import datetime

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from oversight.responses.models import Response, Transition
from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts(scene, force):
    from oversight.reports.tests.factories import FindingFactory

    return [ResponseFactory(finding=FindingFactory(report=scene["report"], ref=str(10 + i)), organisation=force,
                            status="draft") for i in range(3)]


def test_selected_rows_get_an_owner_portfolio_and_date_and_move_to_in_progress(
        client, liaison_officer, action_owner, crime_portfolio, drafts):
    client.force_login(liaison_officer)
    target = datetime.date.today() + datetime.timedelta(days=90)
    reply = client.post(reverse("responses:bulk"), {
        "ids": [r.pk for r in drafts], "bulk-owner": action_owner.pk, "bulk-portfolio": crime_portfolio.pk,
        "bulk-target_on": target.isoformat(), "bulk-confirm": "on", "bulk-start": "on"})
    assert reply.status_code == 302
    for response in drafts:
        response.refresh_from_db()
        assert (response.owner, response.portfolio, response.target_on, response.status) == (
            action_owner, crime_portfolio, target, "in_progress")
        assert list(response.transitions.order_by("at", "id").values_list("action", flat=True)) == ["confirm", "start"]
        # Audited one by one, with the person who did it.
        edit = LogEntry.objects.get_for_object(response).filter(action=LogEntry.Action.UPDATE).first()
        assert edit.actor == liaison_officer
    messages = [str(m) for m in reply.wsgi_request._messages]
    assert messages == ["3 responses changed."]


def test_all_rows_matching_the_filter(client, liaison_officer, action_owner, scene, drafts):
    client.force_login(liaison_officer)
    reply = client.post(reverse("responses:bulk"), {
        "bulk-all": "on", "bulk-query": "status=draft", "bulk-owner": action_owner.pk})
    assert reply.status_code == 302
    assert set(Response.objects.filter(owner=action_owner).values_list("pk", flat=True)) == {r.pk for r in drafts}
    assert scene["r2"].owner is None  # not matching the filter, not touched


def test_refused_rows_are_listed_with_the_reason_and_the_others_are_done(
        client, liaison_officer, scene, drafts, action_owner):
    Response.objects.filter(pk=drafts[2].pk).update(status="closed")
    client.force_login(liaison_officer)
    before = Transition.objects.count()
    reply = client.post(reverse("responses:bulk"), {
        "ids": [r.pk for r in drafts], "bulk-owner": action_owner.pk, "bulk-confirm": "on", "bulk-start": "on"})
    assert reply.status_code == 422
    body = reply.content.decode()
    assert "2 responses changed" in body and "1 response could not be changed" in body
    assert "It is closed, so “Start work” cannot be done." in body
    drafts[2].refresh_from_db()
    assert drafts[2].owner is None, "a refused row must not be half-done (owner set, move refused)"
    assert Transition.objects.count() == before + 4


def test_rows_the_person_may_not_change_are_refused(client, portfolio_lead, scene, action_owner):
    # The portfolio lead may change r1 (their portfolio) but not r2 (no portfolio).
    client.force_login(portfolio_lead)
    reply = client.post(reverse("responses:bulk"), {"ids": [scene["r1"].pk, scene["r2"].pk],
                                                    "bulk-target_on": "2030-01-01"})
    assert reply.status_code == 422
    assert "Only the owner, the portfolio lead or the liaison officer" in reply.content.decode()
    scene["r1"].refresh_from_db()
    scene["r2"].refresh_from_db()
    assert scene["r1"].target_on == datetime.date(2030, 1, 1) and scene["r2"].target_on is None


def test_another_organisations_rows_are_not_found_and_nothing_chosen_is_a_message(
        client, liaison_officer, scene, action_owner):
    client.force_login(liaison_officer)
    reply = client.post(reverse("responses:bulk"), {"ids": [scene["theirs"].pk], "bulk-owner": action_owner.pk})
    assert reply.status_code == 302
    scene["theirs"].refresh_from_db()
    assert scene["theirs"].owner is None
    reply = client.post(reverse("responses:bulk"), {"ids": [scene["r1"].pk]})
    assert reply.status_code == 422 and "Choose what to change" in reply.content.decode()
    reply = client.post(reverse("responses:bulk"), {"bulk-owner": action_owner.pk})
    assert reply.status_code == 422 and "Select at least one row" in reply.content.decode()


def test_the_register_offers_the_bulk_panel_to_the_liaison_officer(client, liaison_officer, committee_member, scene):
    client.force_login(liaison_officer)
    assert 'id="bulk-form"' in client.get(reverse("responses:register")).content.decode()
    client.force_login(committee_member)
    assert 'id="bulk-form"' not in client.get(reverse("responses:register")).content.decode()


def test_applicability_is_set_in_bulk_but_not_applicable_needs_a_reason_each(client, liaison_officer, drafts):
    from oversight.responses import services

    client.force_login(liaison_officer)
    reply = client.post(reverse("responses:bulk"), {"ids": [drafts[0].pk], "bulk-applicability": "monitor_only",
                                                    "bulk-confirm": "on"})
    assert reply.status_code == 302
    drafts[0].refresh_from_db()
    assert (drafts[0].applicability, drafts[0].status) == ("monitor_only", "open")
    with pytest.raises(services.InvalidInput):
        services.bulk_change([drafts[1]], values={"bulk-applicability": "not_applicable"}, by=liaison_officer)
