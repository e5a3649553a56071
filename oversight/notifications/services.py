"""Reminders and digests by email. Each person gets each kind at most once per period (day or week)."""

import contextvars
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from oversight.accounts.models import Membership
from oversight.reports.services import mark_statutory_reminder_sent, statutory_reminder_stage

from . import selectors, unread
from .models import Notification, OutboxMail, Reminder

log = logging.getLogger(__name__)
# A mail that has failed this many times is left in the outbox for a person to look at.
MAX_ATTEMPTS = 20


@dataclass
class Sent:
    owners: int = 0
    digests: int = 0
    statutory: int = 0
    skipped: int = 0
    tracked: int = 0
    unsent: list = field(default_factory=list)  # (to, subject, error) of mail the server did not take


def _send_once(recipient, kind, period, template, context):
    """Send one email unless this person already had this kind for this period; record what was sent."""
    if not recipient.email:
        return False
    if Reminder.objects.filter(recipient=recipient, kind=kind, period=period).exists():
        return False
    context = {**context, "recipient": recipient, "site_url": settings.SITE_URL.rstrip("/")}
    subject = render_to_string(f"notifications/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"notifications/email/{template}.txt", context)
    try:
        with transaction.atomic():
            # Claim the period before sending, so a second run at the same moment cannot send it too.
            Reminder.objects.create(recipient=recipient, kind=kind, period=period, subject=subject, body=body)
            # Queued, not sent here: a mail server that is down must not stop the run (issue 10).
            OutboxMail.objects.create(to=recipient.email, subject=subject, body=body)
    except IntegrityError:
        return False
    return True


def remind(today):
    """Send today's reminders: owners daily, liaison officers weekly, the PCC office about statutory comments."""
    sent = Sent()
    sent.tracked = selectors.track_statutory_responses(today)
    day = today.isoformat()
    year, week, _ = today.isocalendar()
    week_period = f"{year}-W{week:02d}"

    owners = get_user_model().objects.filter(
        is_active=True, owned_responses__status__in=selectors.ACTIVE_STATUSES
    ).distinct()
    for owner in owners:
        work = selectors.owner_work(owner, today)
        if not work:
            continue
        if _send_once(owner, Reminder.Kind.OWNER_DAILY, day, "owner_daily", {"work": work, "today": today}):
            sent.owners += 1
        else:
            sent.skipped += 1

    for officer, organisation_ids in selectors.liaison_officers().items():
        context = {"digest": selectors.digest(organisation_ids, today), "today": today,
                   "sign_off": list(selectors.sign_off_queue(officer)),
                   "awaiting_hmicfrs": list(selectors.awaiting_hmicfrs(officer))}
        if _send_once(officer, Reminder.Kind.LIAISON_WEEKLY, week_period, "liaison_weekly", context):
            sent.digests += 1
        else:
            sent.skipped += 1

    pcc_people = get_user_model().objects.filter(
        is_active=True, memberships__in=Membership.objects.filter(
            organisation__kind="pcc_office", role__in=selectors.STATUTORY_ROLES)
    ).distinct()
    announced = {}
    for person in pcc_people:
        # Each s55 stage (28, 14, 7 days left, overdue) is emailed once per statutory response.
        due = []
        for statutory in selectors.statutory_due(person, today):
            statutory.stage = statutory_reminder_stage(statutory, today)
            if statutory.stage and statutory.stage not in statutory.reminders_sent:
                due.append(statutory)
                announced[statutory.pk] = statutory
        if not due:
            continue
        if _send_once(person, Reminder.Kind.STATUTORY, day, "statutory", {"due": due, "today": today}):
            sent.statutory += 1
        else:
            sent.skipped += 1
    for statutory in announced.values():
        mark_statutory_reminder_sent(statutory, statutory.stage)
    sent.unsent = [(m.to, m.subject, m.last_error) for m in deliver_outbox()]
    return sent


def enqueue_mail(mail_id):
    from oversight.ops.work import enqueue_mail as enqueue

    enqueue(mail_id)


def queue_mail(to, subject, body):
    """Put an email in the outbox; it is tried once the transaction commits, and retried later if that fails."""
    if not to:
        return None
    mail = OutboxMail.objects.create(to=to, subject=subject[:300], body=body)
    transaction.on_commit(lambda: enqueue_mail(mail.pk))  # a task on a worker, retried if the server is down
    return mail


def deliver_outbox(ids=None):
    """Try to send what is waiting (or just `ids`); return the mails that could not be sent.

    Never raises for a mail server that is down or refuses: the error is kept on the row, the row
    stays queued, and the next run (`oversight remind` or any later notification) tries again.
    """
    pending = OutboxMail.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
    if ids is not None:
        pending = pending.filter(pk__in=ids)
    failed = []
    for mail in pending.order_by("created_at", "id"):
        # Claim the row (an UPDATE naming the attempts we read): a second sender at the same moment skips it.
        now = timezone.now()
        if not OutboxMail.objects.filter(pk=mail.pk, sent_at__isnull=True, attempts=mail.attempts).update(
                attempts=F("attempts") + 1, last_tried_at=now):
            continue
        mail.attempts += 1
        mail.last_tried_at = now
        try:
            send_mail(mail.subject, mail.body, settings.DEFAULT_FROM_EMAIL, [mail.to])
        except Exception as error:  # noqa: BLE001  (any failure of the mail server leaves it queued)
            mail.last_error = f"{type(error).__name__}: {error}"[:1000]
            mail.save(update_fields=["last_error"])
            log.warning("Mail to %s not sent (attempt %s): %s", mail.to, mail.attempts, mail.last_error)
            failed.append(mail)
        else:
            mail.sent_at = timezone.now()
            mail.last_error = ""
            mail.save(update_fields=["last_error", "sent_at"])
    return failed


# The notifications held back while several rows are changed at once (see `gathered`).
_gathering = contextvars.ContextVar("notifications_gathering", default=None)


@dataclass
class _Pending:
    person: object
    kind: str
    message: str
    url: str
    by: object
    email: bool


def notify(recipients, *, kind, message, url="", by=None, email=True):
    """Tell each person (once, never the person who acted) in the app and by email."""
    people = {p.pk: p for p in recipients if p is not None and p.is_active and (by is None or p.pk != by.pk)}
    pending = _gathering.get()
    if pending is not None:  # inside a bulk change: told once at the end
        pending.extend(_Pending(person, kind, message, url, by, email) for person in people.values())
        return []
    return [_tell(person, kind=kind, message=message, url=url, by=by, email=email) for person in people.values()]


def _tell(person, *, kind, message, url, by, email, items=()):
    site = settings.SITE_URL.rstrip("/")
    created = Notification.objects.create(recipient=person, kind=kind, message=message[:500], url=url, by=by)
    if email and person.email:
        body = render_to_string("notifications/email/notification.txt", {
            "recipient": person, "message": message, "link": f"{site}{url}" if url else site,
            "items": [(item.message, f"{site}{item.url}" if item.url else "") for item in items]})
        queue_mail(person.email, f"Oversight: {message}"[:300], body)
    return created


class Gathering:
    """What a bulk change has to tell so far; a row that is rolled back takes its notices with it."""

    def __init__(self, pending):
        self.pending = pending

    def mark(self):
        return len(self.pending)

    def forget_since(self, mark):
        del self.pending[mark:]


DIGESTS = {
    Notification.Kind.ASSIGNED: ("{n} findings assigned to you", "owner"),
    Notification.Kind.ACTION_ASSIGNED: ("{n} actions assigned to you", None),
}


def _digest(kind, items):
    """One message for several notices of one kind to one person, and where it leads."""
    from django.urls import reverse

    wording, register_filter = DIGESTS.get(kind, (f"{{n}} new: {Notification.Kind(kind).label.lower()}", None))
    person = items[0].person
    url = f"{reverse('responses:register')}?{register_filter}={person.pk}" if register_filter else \
        reverse("notifications:list")
    return wording.format(n=len(items)), url


@contextmanager
def gathered():
    """Hold back the notifications made inside (a bulk change of many rows): at the end each person
    gets one per kind, the notice itself if there was one, else one digest ("11 findings assigned to
    you", with each finding listed in the email), not one notification and one email per row."""
    pending = []
    token = _gathering.set(pending)
    try:
        yield Gathering(pending)
    finally:
        _gathering.reset(token)
        groups = {}
        for item in pending:
            groups.setdefault((item.person.pk, item.kind), []).append(item)
        for items in groups.values():
            first = items[0]
            if len(items) == 1:
                _tell(first.person, kind=first.kind, message=first.message, url=first.url, by=first.by,
                      email=first.email)
                continue
            message, url = _digest(first.kind, items)
            _tell(first.person, kind=first.kind, message=message, url=url, by=first.by,
                  email=any(item.email for item in items), items=items)


def unread_count(user):
    """How many of the person's notifications are unread (kept between requests: unread.py)."""
    return unread.count(user, Notification.objects.filter(recipient=user, read_at__isnull=True).count)


@transaction.atomic
def mark_read(user, *, ids=None):
    """Mark the person's own notifications read (all, or those `ids`); returns how many changed."""
    qs = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    unread.forget(user.pk)  # an UPDATE sends no signal
    return qs.update(read_at=timezone.now())
