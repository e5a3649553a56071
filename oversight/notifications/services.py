"""Reminders and digests by email. Each person gets each kind at most once per period (day or week)."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from oversight.accounts.models import Membership
from oversight.reports.services import mark_statutory_reminder_sent, statutory_reminder_stage

from . import selectors
from .models import Reminder


@dataclass
class Sent:
    owners: int = 0
    digests: int = 0
    statutory: int = 0
    skipped: int = 0
    tracked: int = 0


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
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient.email])
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
    return sent
