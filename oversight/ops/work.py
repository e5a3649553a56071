"""Work that runs on a worker, wrapping the owning apps' own entry points (each is idempotent):

- reading a large report: extraction.services.start_review (the same file again returns the same review);
- issuing a paper: papers.services.issue (a paper already issued past the version we saw is done);
- notification email: notifications.services.deliver_outbox for one mail (a mail sent is never sent again);
- reminders and digests: notifications.services.remind (each kind once per person per period).

Bad input ends a job with its message; anything else is retried (ops.queue.retrying) and, after the
last attempt, the person is told."""

import datetime
import logging

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from oversight.core.exceptions import InvalidInput, NotAllowed

from . import queue
from .models import Job

log = logging.getLogger(__name__)
EXTRACTION_FILES = "jobs/extraction"


class MailNotSent(Exception):
    """The mail server did not take the mail (it stays in the outbox)."""


# --- starting work (called by the apps' views) ---

def start_extraction(data, name, *, organisation, by):
    """Keep the file in storage (any worker can read it) and queue its reading; returns the Job."""
    with transaction.atomic():
        job = Job.objects.create(kind=Job.Kind.EXTRACTION, organisation=organisation, requested_by=by,
                                 payload={"name": name})
        path = default_storage.save(f"{EXTRACTION_FILES}/{job.pk}", ContentFile(data))
        job.payload = {"name": name, "path": path}
        job.save(update_fields=["payload"])
        # In the transaction: a worker sees the task only once the job and its file are committed.
        extract_report.enqueue(job.pk)
    return job


def start_paper_issue(paper, *, by):
    with transaction.atomic():
        job = Job.objects.create(kind=Job.Kind.PAPER_ISSUE, organisation=paper.meeting.committee.organisation,
                                 requested_by=by, payload={"paper_id": paper.pk, "version": paper.version})
        issue_paper.enqueue(job.pk)
    return job


def _claim(job_id):
    """Mark the job running (another attempt may have been interrupted); None when it has already ended."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return None
        job.state, job.started_at, job.attempts = Job.State.RUNNING, timezone.now(), job.attempts + 1
        job.save(update_fields=["state", "started_at", "attempts"])
    return job


def _finish(job, state, message, url=""):
    job.state, job.message, job.result_url, job.finished_at = state, message, url, timezone.now()
    job.save(update_fields=["state", "message", "result_url", "finished_at"])


# --- reading a report ---

@task()
def extract_report(job_id, *, attempt=1):
    def body():
        from oversight.extraction import services

        job = _claim(job_id)
        if job is None:
            return "already ended"
        with default_storage.open(job.payload["path"], "rb") as handle:
            data = handle.read()
        try:
            review = services.start_review(data, job.payload["name"], organisation=job.organisation,
                                           by=job.requested_by)
        except services.AlreadyImported as already:
            _finish(job, Job.State.DONE, str(already), already.report.get_absolute_url())
        except (InvalidInput, NotAllowed) as problem:
            _finish(job, Job.State.FAILED, str(problem))
        else:
            _finish(job, Job.State.DONE, "The report has been read. Check the findings it proposes.",
                    review.get_absolute_url())
        default_storage.delete(job.payload["path"])
        return job.state
    return queue.retrying(extract_report, [job_id], attempt, body)


def _fail_unless_ended(job_id, message):
    """The last attempt failed: the job is failed with `message`, unless an attempt already ended it."""
    Job.objects.filter(pk=job_id).exclude(state__in=["done", "failed"]).update(
        state=Job.State.FAILED, finished_at=timezone.now(), message=message)


@queue.on_give_up(extract_report)
def _extraction_gave_up(job_id, *, message):
    _fail_unless_ended(job_id, f"The report could not be read ({message}). Nothing was saved; upload it again.")


# --- issuing a paper ---

@task()
def issue_paper(job_id, *, attempt=1):
    def body():
        from oversight.papers import services
        from oversight.papers.models import Paper

        job = _claim(job_id)
        if job is None:
            return "already ended"
        paper = Paper.objects.select_related("meeting__committee").get(pk=job.payload["paper_id"])
        url = reverse("papers:preview", args=[paper.meeting_id])
        if paper.version > job.payload["version"]:  # an earlier attempt issued it, then lost its worker
            _finish(job, Job.State.DONE, f"Paper issued as version {paper.version}.", url)
            return job.state
        try:
            outcome = services.issue(paper, by=job.requested_by)
        except (InvalidInput, NotAllowed) as problem:
            _finish(job, Job.State.FAILED, str(problem), url)
        else:
            _finish(job, Job.State.DONE, outcome.message, url)
        return job.state
    return queue.retrying(issue_paper, [job_id], attempt, body)


@queue.on_give_up(issue_paper)
def _issue_gave_up(job_id, *, message):
    _fail_unless_ended(job_id, f"The paper was not issued ({message}). Nothing was stored; try issuing it again.")


# --- email and reminders ---

def enqueue_mail(mail_id):
    deliver_mail.enqueue(mail_id)


@task()
def deliver_mail(mail_id, *, attempt=1):
    def body():
        from oversight.notifications.services import deliver_outbox

        failed = deliver_outbox(ids=[mail_id])
        if failed:
            raise MailNotSent(failed[0].last_error)
        return "sent"
    return queue.retrying(deliver_mail, [mail_id], attempt, body)


@queue.on_give_up(deliver_mail)
def _mail_gave_up(mail_id, *, message):
    """Tell the person in the app; the mail stays in the outbox for `oversight remind` to try again."""
    from oversight.notifications.models import Notification, OutboxMail

    mail = OutboxMail.objects.filter(pk=mail_id, sent_at__isnull=True).first()
    person = mail and get_user_model().objects.filter(email__iexact=mail.to, is_active=True).first()
    if person:
        Notification.objects.create(
            recipient=person, kind="mail_not_sent", url="/my-work/notifications/",
            message=f"An email to you could not be sent yet (“{mail.subject[:200]}”). It will be tried again.")


@task()
def send_reminders(day, *, attempt=1):
    """Today's reminders and digests (`oversight schedule` queues this from the scheduler's timer)."""
    def body():
        from oversight.notifications.services import remind

        sent = remind(datetime.date.fromisoformat(day))
        return {"owners": sent.owners, "digests": sent.digests, "statutory": sent.statutory,
                "unsent": len(sent.unsent)}
    return queue.retrying(send_reminders, [day], attempt, body)
