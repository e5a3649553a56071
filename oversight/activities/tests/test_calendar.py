"""The inspection calendar kept in the app (issue 13): add, change, refuse bad dates, month view, ICS feed."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from oversight.activities import services
from oversight.activities.models import InspectionActivity

pytestmark = pytest.mark.django_db


def _post(force, **over):
    return {"organisation": force.pk, "inspection": "PEEL 2025", "inspection_kind": "peel", "kind": "fieldwork",
            "starts_on": "2025-05-12", "ends_on": "2025-05-16", "force_inspected": "on",
            "focus_areas": "Vulnerability\nInvestigations", "lead": "Supt Ada Jones",
            "documents_requested": "Force management statement\nVAWG plan", "place": "Lloyd House", "notes": "",
            "report": "", **over}


def test_an_activity_is_added_and_changed_through_the_page(client, force, liaison_officer):
    client.force_login(liaison_officer)
    assert client.get(reverse("activities:add")).status_code == 200
    assert client.post(reverse("activities:add"), _post(force)).status_code == 302
    activity = InspectionActivity.objects.get()
    assert activity.focus_list == ["Vulnerability", "Investigations"] and activity.created_by == liaison_officer
    assert client.post(reverse("activities:edit", args=[activity.pk]),
                       _post(force, lead="DCI Sam Patel", force_inspected="")).status_code == 302
    activity.refresh_from_db()
    assert activity.lead == "DCI Sam Patel" and not activity.force_inspected


def test_an_activity_ending_before_it_starts_is_refused(client, force, liaison_officer):
    client.force_login(liaison_officer)
    reply = client.post(reverse("activities:add"), _post(force, ends_on="2025-05-01"))
    assert reply.status_code == 422 and b"cannot end before it starts" in reply.content
    assert not InspectionActivity.objects.exists()


def test_only_a_liaison_officer_keeps_the_calendar(client, force, action_owner):
    client.force_login(action_owner)
    assert client.post(reverse("activities:add"), _post(force)).status_code == 403
    assert not InspectionActivity.objects.exists()


def test_the_month_view_places_each_day_of_an_activity(client, force, liaison_officer):
    services.record_activity(force, by=liaison_officer, inspection="PEEL 2025", kind="fieldwork",
                             starts_on=datetime.date(2025, 5, 12), ends_on=datetime.date(2025, 5, 13))
    client.force_login(liaison_officer)
    page = client.get(reverse("activities:calendar") + "?month=2025-05")
    assert page.status_code == 200
    days = [cell for week in page.context["weeks"] for cell in week if cell["activities"]]
    assert [c["day"] for c in days] == [datetime.date(2025, 5, 12), datetime.date(2025, 5, 13)]
    assert client.get(reverse("activities:calendar") + "?month=nonsense").status_code == 200


def test_the_ics_feed_reads_what_its_person_may_see(client, force, other_force, liaison_officer, other_org_liaison):
    ours = services.record_activity(force, by=liaison_officer, inspection="PEEL 2025", kind="fieldwork",
                                    starts_on=datetime.date(2025, 5, 12), ends_on=datetime.date(2025, 5, 16),
                                    focus_areas="Vulnerability", documents_requested="VAWG plan")
    services.record_activity(other_force, by=other_org_liaison, inspection="West Mercia only", kind="fieldwork",
                             starts_on=datetime.date(2025, 6, 1))
    token = services.feed_token_for(liaison_officer).token
    reply = client.get(reverse("activities:feed", args=[token]))  # no session: calendar apps cannot sign in
    assert reply.status_code == 200 and reply["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(reply.content).walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [f"activity-{ours.pk}@oversight"]
    (event,) = events
    assert event.decoded("dtstart") == datetime.date(2025, 5, 12)
    assert event.decoded("dtend") == datetime.date(2025, 5, 17)  # exclusive end, all-day
    assert "VAWG plan" in str(event["description"])
    assert b"West Mercia only" not in reply.content


def test_a_reset_token_stops_working(client, liaison_officer):
    old = services.feed_token_for(liaison_officer).token
    client.force_login(liaison_officer)
    page = client.get(reverse("activities:feed_settings"))
    assert old in page.content.decode()
    client.post(reverse("activities:feed_reset"))
    client.logout()
    assert client.get(reverse("activities:feed", args=[old])).status_code == 404
    new = services.feed_token_for(liaison_officer).token
    assert new != old and client.get(reverse("activities:feed", args=[new])).status_code == 200


def test_an_inactive_persons_feed_is_not_found(client, liaison_officer):
    token = services.feed_token_for(liaison_officer).token
    liaison_officer.is_active = False
    liaison_officer.save()
    assert client.get(reverse("activities:feed", args=[token])).status_code == 404
