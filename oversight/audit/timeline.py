"""The audit trail's part of a response's timeline: edits to the response's own fields.

Status changes are already on the timeline as Transition rows, so they are left out here.
"""

from auditlog.models import LogEntry

from .presenting import describe_changes

LEFT_OUT = {"status", "status changed at", "sign off requested by", "archived at", "archived by"}


def field_changes(response):
    """[(when, title, text, by)] for each recorded edit of the response, newest first; one query."""
    entries = []
    for entry in LogEntry.objects.get_for_object(response).filter(action=LogEntry.Action.UPDATE).select_related(
        "actor"
    ).order_by("-timestamp"):
        changes = [c for c in describe_changes(entry) if c[0] not in LEFT_OUT]
        if not changes:
            continue
        title = "Changed " + ", ".join(name for name, _, _ in changes)
        text = "\n".join(f"{name.capitalize()}: {before or 'none'} → {after or 'none'}" for name, before, after in changes)
        entries.append((entry.timestamp, title, text, entry.actor))
    return entries
