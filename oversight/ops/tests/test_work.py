"""Reading a large report, issuing a paper, reminders and notification email run as tasks."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from oversight.extraction.models import ReportUpload
from oversight.extraction.tests.accuracy import DATA
from oversight.notifications.models import Notification, OutboxMail
from oversight.notifications.services import queue_mail
from oversight.ops import work
from oversight.ops.models import Job

from .processes import Processes, wait_for

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
SAMPLE = (DATA / "sample_01.txt").read_text()


@pytest.mark.django_db(transaction=True)
def test_a_large_report_is_read_by_a_worker_while_the_page_shows_its_progress(client, liaison_officer, force,
                                                                               settings, tmp_path):
    settings.TASKS = DATABASE_TASKS
    settings.EXTRACTION_BACKGROUND_BYTES = 100
    client.force_login(liaison_officer)
    response = client.post(reverse("extraction:upload"), {"text": SAMPLE, "organisation": force.pk})
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == reverse("ops:job", args=[job.pk])
    page = client.get(response.url).content.decode()
    assert "Waiting for a worker" in page and 'hx-trigger="every 2s"' in page
    assert not ReportUpload.objects.exists()  # nothing read in the request
    processes = Processes(tmp_path)
    try:
        processes.worker("w1")
        wait_for(lambda: Job.objects.get().state == "done", what="the worker to read the report")
    finally:
        processes.stop_all()
    review = ReportUpload.objects.get()
    polled = client.get(reverse("ops:job", args=[job.pk]), headers={"HX-Request": "true"})
    assert polled["HX-Redirect"] == review.get_absolute_url()
    assert Job.objects.get().attempts == 1
    # Run again (a retry after a lost worker): the job has ended, nothing is read twice.
    assert work.extract_report.call(job.pk) == "already ended"
    assert ReportUpload.objects.count() == 1


@pytest.mark.django_db
def test_an_unreadable_file_ends_the_job_with_its_message_and_someone_else_cannot_watch_it(
        client, liaison_officer, other_org_liaison, force):
    job = work.start_extraction(b"%PDF-1.4\nnot really a PDF at all", "report.pdf", organisation=force,
                                by=liaison_officer)
    job.refresh_from_db()
    assert job.state == "failed" and job.message and job.attempts == 1  # bad input is not retried
    client.force_login(liaison_officer)
    page = client.get(reverse("ops:job", args=[job.pk])).content.decode()
    assert "It stopped" in page and job.message in page
    client.force_login(other_org_liaison)
    assert client.get(reverse("ops:job", args=[job.pk])).status_code == 404


@pytest.mark.django_db
def test_mail_while_the_server_is_down_is_retried_then_the_person_is_told_and_it_goes_later(
        liaison_officer, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    with django_capture_on_commit_callbacks(execute=True):
        queued = queue_mail(liaison_officer.email, "Action assigned to you", "Body")
    queued.refresh_from_db()
    assert queued.sent_at is None and queued.attempts == settings.TASK_MAX_ATTEMPTS and queued.last_error
    told = Notification.objects.get(recipient=liaison_officer)
    assert "could not be sent yet" in told.message and "Action assigned to you" in told.message
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    call_command("remind")  # the scheduler's next run sends what is waiting
    assert OutboxMail.objects.get(pk=queued.pk).sent_at is not None
    assert "Action assigned to you" in [m.subject for m in mail.outbox]


@pytest.mark.django_db
def test_the_scheduler_queues_reminders_as_a_task(settings, capsys):
    settings.TASKS = DATABASE_TASKS
    call_command("schedule", "--date", "2026-11-30")
    task = DBTaskResult.objects.get(task_path="oversight.ops.work.send_reminders")
    # The same daily timer also clears prepared exports past their keeping time.
    assert DBTaskResult.objects.filter(task_path="oversight.interop.tasks.expire_exports").count() == 1
    assert task.args_kwargs["args"] == ["2026-11-30"]
    assert work.send_reminders.call("2026-11-30") == {"owners": 0, "digests": 0, "statutory": 0, "unsent": 0}


@pytest.mark.django_db
def test_issuing_a_paper_is_a_job_and_the_person_lands_back_on_the_paper_with_the_outcome(
        client, liaison_officer, force):
    from oversight.papers.tests.factories import CommitteeFactory, MeetingFactory

    meeting = MeetingFactory(committee=CommitteeFactory(organisation=force, name="Joint Audit Committee"))
    client.force_login(liaison_officer)
    response = client.post(reverse("papers:issue", args=[meeting.pk]), follow=True)
    job = Job.objects.get(kind="paper_issue")
    assert job.state == "done" and job.attempts == 1
    assert response.redirect_chain[-1][0] == reverse("papers:preview", args=[meeting.pk])
    assert "Paper issued as version 1" in response.content.decode()
