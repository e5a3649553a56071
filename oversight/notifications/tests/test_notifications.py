"""In-app notifications and the mail outbox (issue 10): who is told what, and a mail server that is down."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from oversight.notifications import services
from oversight.notifications.models import Notification, OutboxMail
from oversight.responses import services as response_services
from oversight.responses import workflow
from oversight.responses.models import Evidence, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(settings):
    """A real SMTP connection to a port nothing listens on: the server is down."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2


def test_assigning_an_owner_tells_them_in_the_app_and_by_email(client, scene, liaison_officer, action_owner,
                                                               django_capture_on_commit_callbacks):
    response = scene["r2"]
    client.force_login(liaison_officer)
    with django_capture_on_commit_callbacks(execute=True):
        reply = client.post(reverse("responses:edit", args=[response.pk]), {
            "applicability": "applies", "applicability_reason": "", "rag": "green", "owner": action_owner.pk,
            "portfolio": "", "business_area": "", "board": "", "target_on": "", "narrative": "",
            "version": response.version})
    assert reply.status_code == 302
    [note] = Notification.objects.filter(recipient=action_owner)
    assert note.kind == "assigned" and note.by == liaison_officer and note.url == response.get_absolute_url()
    assert [m.to for m in mail.outbox] == [[action_owner.email]]
    assert OutboxMail.objects.get().sent_at is not None
    client.force_login(action_owner)
    page = client.get(reverse("notifications:my_work")).content.decode()
    assert 'id="unread-count">1<' in page


def test_sending_back_tells_the_owner_with_the_reason(scene, action_owner, portfolio_lead):
    response = scene["r1"]
    Response.objects.filter(pk=response.pk).update(
        owner=action_owner, status_changed_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    response.refresh_from_db()
    Evidence.objects.create(response=response, description="Register", url="https://example.org/r")
    response_services.add_update(response, text="Done", by=action_owner)
    workflow.transition(response, "request_sign_off", by=action_owner)
    assert list(Notification.objects.filter(kind="sign_off_requested").values_list("recipient", flat=True)) == [
        portfolio_lead.pk]
    workflow.transition(response, "decline_sign_off", by=portfolio_lead, reason="No dip-sample")
    [back] = Notification.objects.filter(kind="sent_back")
    assert back.recipient == action_owner and "Reason: No dip-sample" in back.message
    assert not Notification.objects.filter(recipient=portfolio_lead, kind="sent_back").exists()


def test_the_list_marks_read_only_the_persons_own(client, action_owner, liaison_officer):
    mine = services.notify([action_owner], kind="assigned", message="Assigned to you: A", url="/responses/")[0]
    theirs = services.notify([liaison_officer], kind="assigned", message="Assigned to you: B")[0]
    client.force_login(action_owner)
    assert "Assigned to you: A" in client.get(reverse("notifications:list")).content.decode()
    assert client.post(reverse("notifications:mark_read"), {"notification": theirs.pk}).status_code == 404
    reply = client.post(reverse("notifications:mark_read"), {"notification": mine.pk, "open": "1"})
    assert reply.status_code == 302 and reply["Location"] == "/responses/"
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.read_at is not None and theirs.read_at is None
    assert client.post(reverse("notifications:mark_read"), {"notification": "x"}).status_code == 400


def test_a_mail_server_that_is_down_never_fails_the_page_and_the_mail_is_retried(
        client, scene, liaison_officer, action_owner, mail_server_down, settings, django_capture_on_commit_callbacks):
    response = scene["r2"]
    client.force_login(liaison_officer)
    with django_capture_on_commit_callbacks(execute=True):
        reply = client.post(reverse("responses:edit", args=[response.pk]), {
            "applicability": "applies", "applicability_reason": "", "rag": "green", "owner": action_owner.pk,
            "portfolio": "", "business_area": "", "board": "", "target_on": "", "narrative": "",
            "version": response.version})
    assert reply.status_code == 302
    queued = OutboxMail.objects.get()
    # Delivered by a task, tried TASK_MAX_ATTEMPTS times (at once here; with growing delays on a worker).
    assert queued.sent_at is None and queued.attempts == settings.TASK_MAX_ATTEMPTS
    assert "Connection" in queued.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    assert services.deliver_outbox() == []
    queued.refresh_from_db()
    assert queued.sent_at is not None and queued.attempts == settings.TASK_MAX_ATTEMPTS + 1
    assert [m.to for m in mail.outbox] == [[action_owner.email]]


def test_remind_reports_what_it_could_not_send_instead_of_crashing(action_owner, force, mail_server_down, capsys):
    from oversight.reports.tests.factories import FindingFactory
    from oversight.responses.tests.factories import ResponseFactory

    ResponseFactory(finding=FindingFactory(due_on=datetime.date(2020, 1, 1)), organisation=force, owner=action_owner,
                    status="in_progress")
    call_command("remind")
    out = capsys.readouterr().out
    assert "1 owner reminders" in out
    assert "Could not send 1 email" in out and action_owner.email in out
    assert OutboxMail.objects.get().sent_at is None


def test_submission_and_decision_tell_the_owner_and_an_action_owner_is_told_of_their_action(
        scene, action_owner, portfolio_lead, liaison_officer, force):
    from oversight.organisations.tests.factories import ClosureLevelFactory
    from oversight.responses.models import ClosureSubmission

    level = ClosureLevelFactory(organisation=force, code="Lv3")
    response = scene["r1"]
    Response.objects.filter(pk=response.pk).update(owner=action_owner, status="awaiting_sign_off",
                                                   sign_off_requested_by=action_owner)
    response.refresh_from_db()
    workflow.transition(response, "submit", by=portfolio_lead, level=level, submitted_on=datetime.date(2024, 3, 1))
    assert set(Notification.objects.filter(kind="submitted").values_list("recipient", flat=True)) == {
        action_owner.pk, liaison_officer.pk}
    response.refresh_from_db()
    assert ClosureSubmission.objects.filter(response=response).exists()
    workflow.transition(response, "not_accept", by=liaison_officer, decided_on=datetime.date(2024, 4, 2),
                        feedback="More evidence")
    [decided] = Notification.objects.filter(kind="decided", recipient=action_owner)
    assert "did not accept closure (More evidence)" in decided.message
    assert Notification.objects.filter(kind="decided", recipient=portfolio_lead).exists()

    from auditlog.context import set_actor

    with set_actor(liaison_officer):
        response_services.add_action(scene["r2"], description="Brief supervisors", owner=portfolio_lead,
                                     by=liaison_officer)
    [told] = Notification.objects.filter(kind="action_assigned")
    assert told.recipient == portfolio_lead and "Brief supervisors" in told.message


def test_a_bulk_assignment_tells_the_owner_once_with_every_finding_listed(
        client, scene, force, liaison_officer, action_owner, django_capture_on_commit_callbacks):
    from oversight.reports.tests.factories import FindingFactory
    from oversight.responses.tests.factories import ResponseFactory

    rows = [ResponseFactory(finding=FindingFactory(report=scene["report"], ref=str(20 + i)), organisation=force,
                            status="draft") for i in range(11)]
    client.force_login(liaison_officer)
    with django_capture_on_commit_callbacks(execute=True):
        reply = client.post(reverse("responses:bulk"), {"ids": [r.pk for r in rows], "bulk-owner": action_owner.pk})
    assert reply.status_code == 302
    [note] = Notification.objects.filter(recipient=action_owner)
    assert (note.kind, note.message, note.by) == ("assigned", "11 findings assigned to you", liaison_officer)
    assert note.url == f"{reverse('responses:register')}?owner={action_owner.pk}"
    [email] = mail.outbox
    assert email.subject == "Oversight: 11 findings assigned to you"
    assert email.body.count("Assigned to you: ") == 11 and rows[0].get_absolute_url() in email.body


def test_a_bulk_change_of_one_row_tells_as_usual_and_a_refused_row_tells_nothing(
        scene, force, liaison_officer, action_owner):
    from oversight.reports.tests.factories import FindingFactory
    from oversight.responses.tests.factories import ResponseFactory

    good = ResponseFactory(finding=FindingFactory(report=scene["report"], ref="30"), organisation=force, status="draft")
    closed = ResponseFactory(finding=FindingFactory(report=scene["report"], ref="31"), organisation=force,
                             status="closed")
    changed, _, refused = response_services.bulk_change([good, closed], values={"owner": action_owner},
                                                        moves=["confirm", "start"], by=liaison_officer)
    assert changed == [good] and [r for r, _ in refused] == [closed]
    # The closed row was given its owner, then refused "Start work" and rolled back: it tells nothing.
    notes = list(Notification.objects.filter(recipient=action_owner).values_list("message", flat=True))
    assert notes == [f"Assigned to you: {good.finding.report.title}, {good.finding.label}"]
