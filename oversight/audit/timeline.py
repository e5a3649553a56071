"""The audit trail's part of a response's timeline: edits to the response's own fields, and who
last edited each progress update.

Status changes are already on the timeline as Transition rows, so they are left out here.
"""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from .presenting import describe_many

LEFT_OUT = {"status", "status_changed_at", "sign_off_requested_by", "archived_at", "archived_by", "version",
            "updated_at", "created_at"}


def field_changes(response):
    """[(when, title, text, by)] for each recorded edit of the response, newest first; constant queries."""
    logged = list(LogEntry.objects.get_for_object(response).filter(action=LogEntry.Action.UPDATE).select_related(
        "actor"
    ).order_by("-timestamp", "-id"))
    entries = []
    for entry, changes in zip(logged, describe_many(logged), strict=True):
        changes = [c for c in changes if c.field not in LEFT_OUT]
        if not changes:
            continue
        title = "Changed " + ", ".join(_in_sentence(label) for label, _, _ in changes)
        text = "\n".join(f"{label}: {before or 'none'} → {after or 'none'}" for label, before, after in changes)
        entries.append((entry.timestamp, title, text, entry.actor))
    return entries


def _in_sentence(label):
    """"Owner" → "owner" inside a sentence; "RAG rating" and "HMICFRS status" keep their capitals."""
    first = label.split(" ", 1)[0]
    return label if first.isupper() else label[0].lower() + label[1:]


def last_editors(updates):
    """{update id: (who, when)} of the latest recorded edit of each update; one query."""
    updates = list(updates)
    if not updates:
        return {}
    content_type = ContentType.objects.get_for_model(type(updates[0]))
    found = {}
    for entry in LogEntry.objects.filter(
        content_type=content_type, object_pk__in=[str(u.pk) for u in updates], action=LogEntry.Action.UPDATE
    ).select_related("actor").order_by("timestamp", "id"):
        found[int(entry.object_pk)] = (entry.actor, entry.timestamp)
    return found
