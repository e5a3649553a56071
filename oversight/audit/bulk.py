"""Audit entries for rows written in bulk (bulk_create / bulk_update send no signals): the same
LogEntry rows django-auditlog writes one by one, written in one statement per batch."""

from auditlog.cid import get_cid
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from .registry import organisation_of

CREATE, UPDATE = LogEntry.Action.CREATE, LogEntry.Action.UPDATE


def entry(instance, action, *, by, changes, label=None):
    """One unsaved LogEntry; `label` saves the query a model's __str__ may make."""
    return LogEntry(
        content_type=ContentType.objects.get_for_model(instance), object_pk=str(instance.pk), object_id=instance.pk,
        object_repr=(label if label is not None else str(instance))[:2000], action=action, changes=changes,
        actor=by, cid=get_cid(), additional_data={"organisation_id": organisation_of(instance)},
    )


def created_changes(instance, fields):
    return {name: ["None", str(_plain(getattr(instance, name)))] for name in fields}


def _plain(value):
    return getattr(value, "pk", value)


def write(entries):
    """Write the entries (a list or a generator) now, or at the end of the batch collecting them (core.batch)."""
    from oversight.core import batch

    if not batch.defer("entries", entries):
        LogEntry.objects.bulk_create(list(entries), batch_size=500)
