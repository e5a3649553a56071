"""`oversight remind`: who is emailed, about what, and never twice for the same day or week."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from oversight.notifications.models import Reminder
from oversight.reports.models import StatutoryResponse
from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
from oversight.responses.models import Response
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

TODAY = datetime.date(2026, 11, 26)  # a Thursday


def at(day):
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(7, 0), tzinfo=datetime.UTC), tick=False)


def response_due(owner, organisation, due_on, title, **kw):
    finding = FindingFactory(report=ReportFactory(title=title), due_on=due_on)
    return ResponseFactory(finding=finding, organisation=organisation, owner=owner,
                           status=kw.pop("status", Response.Status.IN_PROGRESS), **kw)


def emails_to(user):
    return [m for m in mail.outbox if m.to == [user.email]]


@pytest.fixture
def owned(action_owner, force):
    with at(TODAY):
        overdue = response_due(action_owner, force, TODAY - datetime.timedelta(days=3), "Vetting inspection")
        soon = response_due(action_owner, force, TODAY + datetime.timedelta(days=10), "Custody inspection")
        later = response_due(action_owner, force, TODAY + datetime.timedelta(days=60), "Fraud inspection")
        UpdateFactory(response=soon, written_on=TODAY)
        UpdateFactory(response=later, written_on=TODAY)
    return {"overdue": overdue, "soon": soon, "later": later}


def test_an_owner_is_told_about_overdue_due_soon_and_stale_responses_only(owned, action_owner):
    with at(TODAY):
        UpdateFactory(response=owned["overdue"], written_on=TODAY - datetime.timedelta(days=45))
        call_command("remind")
    (email,) = emails_to(action_owner)
    assert "1 overdue" in email.subject
    assert "Vetting inspection" in email.body and "Custody inspection" in email.body
    assert "Fraud inspection" not in email.body
    assert "No update for a while" in email.body and "last update 12 October 2026" in email.body
    assert f"/responses/{owned['overdue'].pk}/" in email.body


def test_a_second_run_on_the_same_day_sends_nothing_more(owned, action_owner):
    with at(TODAY):
        call_command("remind")
        call_command("remind")
    assert len(emails_to(action_owner)) == 1
    assert Reminder.objects.filter(recipient=action_owner, kind="owner_daily").count() == 1
    with at(TODAY + datetime.timedelta(days=1)):
        call_command("remind")
    assert len(emails_to(action_owner)) == 2


def test_windows_follow_the_settings(owned, action_owner, settings):
    settings.REMIND_DUE_WITHIN_DAYS = 5
    with at(TODAY):
        Response.objects.filter(pk=owned["overdue"].pk).update(target_on=TODAY + datetime.timedelta(days=30))
        call_command("remind")
    assert emails_to(action_owner) == []  # 10 days away is outside 5, and nothing is overdue or stale


def test_an_owner_with_nothing_due_gets_no_email(action_owner, force):
    with at(TODAY):
        r = response_due(action_owner, force, TODAY + datetime.timedelta(days=90), "Fraud inspection")
        UpdateFactory(response=r, written_on=TODAY)
        call_command("remind")
    assert emails_to(action_owner) == []


def test_closed_responses_are_not_reminded(action_owner, force):
    with at(TODAY):
        response_due(action_owner, force, TODAY - datetime.timedelta(days=3), "Old inspection",
                     status=Response.Status.CLOSED)
        call_command("remind")
    assert emails_to(action_owner) == []


def test_each_liaison_officer_gets_one_digest_a_week(owned, liaison_officer, other_org_liaison, other_force):
    response_due(None, other_force, TODAY - datetime.timedelta(days=1), "West Mercia only")
    with at(TODAY):
        call_command("remind")
    (digest,) = emails_to(liaison_officer)
    assert digest.subject.startswith("Oversight weekly digest")
    assert "Overdue (1)" in digest.body and "Vetting inspection" in digest.body
    assert "West Mercia only" not in digest.body
    assert "West Mercia only" in emails_to(other_org_liaison)[0].body
    with at(TODAY + datetime.timedelta(days=3)):  # Sunday, same ISO week
        call_command("remind")
    assert len(emails_to(liaison_officer)) == 1
    with at(TODAY + datetime.timedelta(days=4)):  # Monday, a new week
        call_command("remind")
    assert len(emails_to(liaison_officer)) == 2


def test_the_pcc_statutory_response_is_opened_56_days_out_and_reminded_to_the_pcc_office(
    force, pcc_office, reviewer, committee_member, liaison_officer
):
    report = ReportFactory(title="PEEL 2025: West Midlands Police", published_on=datetime.date(2026, 10, 10))
    later = ReportFactory(title="Not due for weeks", published_on=datetime.date(2026, 11, 20))
    ReportInvolvementFactory(report=later, organisation=force)
    ReportInvolvementFactory(report=report, organisation=force)
    old = ReportFactory(title="PEEL 2021", published_on=datetime.date(2021, 1, 1))
    ReportInvolvementFactory(report=old, organisation=force)
    with at(TODAY):
        call_command("remind")
    statutory = StatutoryResponse.objects.get(report=report)
    assert statutory.organisation == pcc_office
    assert statutory.due_on == datetime.date(2026, 12, 4)  # 56 days beginning with publication day
    assert StatutoryResponse.objects.filter(report=later).exists()
    assert not StatutoryResponse.objects.filter(report=old).exists()
    (email,) = emails_to(reviewer)
    assert "PEEL 2025: West Midlands Police" in email.body and "due 4 December 2026" in email.body
    assert "Not due for weeks" not in email.body
    assert emails_to(committee_member) == []
    assert all("statutory" not in m.subject for m in emails_to(liaison_officer))


def test_a_published_statutory_response_is_not_reminded(force, pcc_office, reviewer):
    report = ReportFactory(published_on=datetime.date(2026, 10, 20))
    StatutoryResponse.objects.create(report=report, organisation=pcc_office, due_on=datetime.date(2026, 12, 14),
                                     published_on=datetime.date(2026, 11, 20))
    with at(TODAY):
        call_command("remind")
    assert emails_to(reviewer) == []


def test_a_bad_date_option_is_refused_with_a_clear_message(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("remind", date="26/11/2026")
    assert not Reminder.objects.exists()


def test_my_work_lists_what_the_person_owns_with_what_it_needs(client, owned, action_owner):
    client.force_login(action_owner)
    with at(TODAY):
        page = client.get(reverse("notifications:my_work"))
    body = page.content.decode()
    assert page.status_code == 200
    assert "Vetting inspection" in body and "Overdue" in body
    assert "Custody inspection" in body and "Due soon" in body


def test_my_work_shows_sign_offs_waiting_but_not_the_persons_own_request(client, portfolio_lead, force, crime_portfolio,
                                                                          action_owner):
    mine = ResponseFactory(organisation=force, portfolio=crime_portfolio, status=Response.Status.AWAITING_SIGN_OFF,
                           sign_off_requested_by=portfolio_lead, finding=FindingFactory(report=ReportFactory(title="Mine")))
    theirs = ResponseFactory(organisation=force, portfolio=crime_portfolio, status=Response.Status.AWAITING_SIGN_OFF,
                             sign_off_requested_by=action_owner,
                             finding=FindingFactory(report=ReportFactory(title="Asked by the owner")))
    client.force_login(portfolio_lead)
    body = client.get(reverse("notifications:my_work")).content.decode()
    assert "Waiting for your sign-off" in body
    assert theirs.get_absolute_url() in body and mine.get_absolute_url() not in body
