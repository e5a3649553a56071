"""The response's timeline: updates, status changes and closure submissions, newest first."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone


@dataclass
class Entry:
    when: datetime
    title: str
    text: str
    by: object = None
    kind: str = "update"


def _as_datetime(day):
    if isinstance(day, datetime):
        return day
    return timezone.make_aware(datetime.combine(day, datetime.min.time())) if isinstance(day, date) else day


def for_response(response, *, updates=None):
    """Merge the response's domain history into one list for the MoJ timeline component."""
    entries = []
    for update in updates if updates is not None else response.updates.select_related("by"):
        rag = f" – RAG {update.get_rag_display()}" if update.rag else ""
        entries.append(Entry(_as_datetime(update.written_on), f"Progress update{rag}", update.text, update.by))
    for t in response.transitions.select_related("by"):
        title = f"{status_label(t.source)} → {status_label(t.target)}"
        entries.append(Entry(t.at, title, t.comment, t.by, kind="transition"))
    for c in response.closure_submissions.select_related("level", "by"):
        entries.append(Entry(_as_datetime(c.submitted_on), f"Submitted to HMICFRS for closure ({c.level})",
                             c.summary, c.by, kind="closure"))
        if c.decision:
            entries.append(Entry(_as_datetime(c.decided_on), f"HMICFRS decision: {c.get_decision_display()}",
                                 c.feedback, None, kind="decision"))
    from oversight.audit.timeline import field_changes  # the audit trail's edits of the response itself

    for when, title, text, by in field_changes(response):
        entries.append(Entry(when, title, text, by, kind="edit"))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


def status_label(value):
    from .models import Response

    return Response.Status(value).label if value in Response.Status.values else value
