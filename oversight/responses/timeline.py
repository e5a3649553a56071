"""The response's timeline: updates, status changes, closure submissions and edits, newest first,
in words: who (full name and role), what, and the reason they gave."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone

# What each move of the workflow reads as on the timeline.
ACTION_TITLES = {
    "confirm": "Confirmed: the finding applies",
    "start": "Work started",
    "request_sign_off": "Sign-off requested",
    "decline_sign_off": "Sent back for more work",
    "submit": "Signed off and submitted to HMICFRS",
    "accept": "HMICFRS accepted closure",
    "not_accept": "HMICFRS did not accept closure",
    "reopen": "Reopened",
    "supersede": "Marked as superseded",
    "mark_not_applicable": "Marked as not applicable",
    "imported": "Imported from a register",  # history as the register recorded it (services.import_history)
}


@dataclass
class Entry:
    when: datetime
    title: str
    text: str
    by: object = None
    kind: str = "update"
    # Exact moment it was recorded: orders events of the same day in the order they happened.
    at: datetime = None
    role: str = ""
    edited_by: object = None
    edited_at: datetime = None
    details: list = field(default_factory=list)
    dated_only: bool = False


def _as_datetime(day):
    if isinstance(day, datetime):
        return day
    return timezone.make_aware(datetime.combine(day, datetime.min.time())) if isinstance(day, date) else day


def _day(moment):
    return timezone.localtime(moment).date() if isinstance(moment, datetime) else moment


def for_response(response, *, updates=None, closures=None):
    """Merge the response's domain history into one list for the MoJ timeline component."""
    from oversight.audit.timeline import edits as audit_edits

    entries = []
    updates = list(updates if updates is not None else response.updates.select_related("by"))
    changes, edits = audit_edits(response, updates)
    for update in updates:
        rag = f" – RAG {update.get_rag_display()}" if update.rag else ""
        editor, edited_at = edits.get(update.pk, (None, None))
        entries.append(Entry(_as_datetime(update.written_on), f"Progress update{rag}", update.text, update.by,
                             at=update.created_at, edited_by=editor, edited_at=edited_at, dated_only=True))
    transitions = list(response.transitions.select_related("by"))
    for t in transitions:
        title = ACTION_TITLES.get(t.action, f"{status_label(t.source)} → {status_label(t.target)}")
        details = [f"Status: {status_label(t.source)} → {status_label(t.target)}"]
        payload = t.payload or {}
        for key, label in (("reason", "Reason"), ("feedback", "HMICFRS's feedback"), ("summary", "Summary"),
                           ("source", "Source")):
            if payload.get(key):
                details.append(f"{label}: {payload[key]}")
        entries.append(Entry(t.at, title, t.comment, t.by, kind="transition", at=t.at, details=details))
    for c in closures if closures is not None else response.closure_submissions.select_related("level", "by"):
        entries.append(Entry(_as_datetime(c.submitted_on), f"Closure submission recorded ({c.level})", c.summary,
                             c.by, kind="closure", at=c.created_at, dated_only=True))
        if c.decision:
            entries.append(Entry(_as_datetime(c.decided_on), f"HMICFRS decision: {c.get_decision_display()}",
                                 c.feedback, None, kind="decision", at=c.updated_at, dated_only=True))
    for when, title, text, by in changes:
        entries.append(Entry(when, title, text, by, kind="edit", at=when))
    _add_roles(entries, response.organisation_id)
    # Newest day first; within a day, the latest recorded first (a date-only entry keeps its real time).
    entries.sort(key=lambda e: (_day(e.when), e.at or e.when), reverse=True)
    return entries


def _add_roles(entries, organisation_id):
    """Each person's role, in the response's organisation where they have one; one query."""
    from oversight.accounts.models import Membership

    people = {e.by.pk for e in entries if e.by is not None}
    if not people:
        return
    roles = {}
    for m in Membership.objects.filter(user_id__in=people).select_related("organisation").order_by("id"):
        if m.organisation_id == organisation_id or m.user_id not in roles:
            roles[m.user_id] = m.get_role_display() if m.organisation_id == organisation_id else (
                f"{m.get_role_display()}, {m.organisation.short_name}")
    for entry in entries:
        if entry.by is not None:
            entry.role = roles.get(entry.by.pk, "")


def status_label(value):
    from .models import Response

    return Response.Status(value).label if value in Response.Status.values else value
