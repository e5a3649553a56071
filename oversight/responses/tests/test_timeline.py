"""A history people can read (issue 10): names and roles, labels, reasons, same-day order, editors."""

import datetime

import pytest
import time_machine
from auditlog.context import set_actor

from oversight.responses import services, timeline, workflow
from oversight.responses.models import Evidence, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def owned(scene, action_owner):
    response = scene["r1"]
    Response.objects.filter(pk=response.pk).update(
        owner=action_owner, status_changed_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    response.refresh_from_db()
    Evidence.objects.create(response=response, description="Register", url="https://example.org/r")
    return response


def test_send_back_and_not_applicable_show_the_reason_given(owned, scene, action_owner, portfolio_lead,
                                                             liaison_officer):
    services.add_update(owned, text="Checklist in use", by=action_owner)
    workflow.transition(owned, "request_sign_off", by=action_owner)
    workflow.transition(owned, "decline_sign_off", by=portfolio_lead, reason="No dip-sample yet")
    workflow.transition(scene["r2"], "mark_not_applicable", by=liaison_officer, reason="A national matter")
    [back, *_] = timeline.for_response(owned)
    assert back.title == "Sent back for more work"
    assert "Reason: No dip-sample yet" in back.details
    assert back.role == "Portfolio lead"
    [na] = [e for e in timeline.for_response(scene["r2"]) if e.kind == "transition"]
    assert na.title == "Marked as not applicable" and "Reason: A national matter" in na.details


def test_events_of_the_same_day_are_in_the_order_they_happened(owned, action_owner):
    with time_machine.travel(datetime.datetime(2026, 11, 26, 9, 0, tzinfo=datetime.UTC), tick=False):
        services.add_update(owned, text="Morning note", by=action_owner)
    with time_machine.travel(datetime.datetime(2026, 11, 26, 15, 0, tzinfo=datetime.UTC), tick=False):
        workflow.transition(owned, "request_sign_off", by=action_owner)
    with time_machine.travel(datetime.datetime(2026, 11, 26, 16, 0, tzinfo=datetime.UTC), tick=False):
        entries = timeline.for_response(owned)
    # Newest first: the afternoon's request, then the morning's update, though the update has only a date.
    assert [e.title for e in entries[:2]] == ["Sign-off requested", "Progress update"]


def test_an_edited_update_shows_who_wrote_it_and_who_edited_it(client, owned, action_owner, liaison_officer):
    update = services.add_update(owned, text="First text", by=action_owner)
    with set_actor(liaison_officer):
        services.edit_update(update, text="Corrected text", rag="", by=liaison_officer,
                             expected_version=update.version)
    client.force_login(liaison_officer)
    body = client.get(owned.get_absolute_url()).content.decode()
    assert f"by {action_owner.get_full_name()} (Action owner)" in body
    assert f"Edited by {liaison_officer.get_full_name()}" in body
    assert action_owner.username not in body
