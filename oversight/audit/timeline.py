"""The audit trail's part of a response's timeline: edits to the response's own fields, and who
last edited each progress update.

Status changes are already on the timeline as Transition rows, so they are left out here.
"""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from .presenting import describe_many

LEFT_OUT = {"status", "status_changed_at", "sign_off_requested_by", "archived_at", "archived_by", "version",
            "updated_at", "created_at"}


def edits(response, updates):
    """What the audit trail adds to a response's timeline, in one query (issue 17: it was two):
    [(when, title, text, by)] for each recorded edit of the response's own fields, newest first, and
    {update id: (who, when)} of the latest recorded edit of each of `updates`."""
    updates = list(updates)
    types = ContentType.objects.get_for_models(type(response), *(type(u) for u in updates[:1]))
    wanted = Q(content_type=types[type(response)], object_id=response.pk)
    if updates:
        wanted |= Q(content_type=types[type(updates[0])], object_pk__in=[str(u.pk) for u in updates])
    logged = list(LogEntry.objects.filter(wanted, action=LogEntry.Action.UPDATE).select_related("actor")
                  .order_by("-timestamp", "-id"))
    own = [entry for entry in logged if entry.content_type_id == types[type(response)].pk]
    editors = {}
    for entry in logged:
        if entry.content_type_id != types[type(response)].pk:
            editors.setdefault(int(entry.object_pk), (entry.actor, entry.timestamp))  # newest first
    return _field_changes(own), editors


def _field_changes(logged):
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
