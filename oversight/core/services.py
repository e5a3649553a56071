"""Shared write helpers for the domain services."""

from django.db import transaction
from django.db.models import F

from .exceptions import StaleEdit


@transaction.atomic
def save_versioned(instance, fields, *, expected_version):
    """Save `fields` of `instance` only if nobody saved since `expected_version`.

    The version check is an UPDATE whose WHERE names the version, so it works the same on
    SQLite and PostgreSQL without row locks; zero rows means a concurrent save won. The
    ordinary save() that follows (same transaction) lets the audit log record the change.
    """
    model = type(instance)
    claimed = model.objects.filter(pk=instance.pk, version=expected_version).update(version=F("version") + 1)
    if not claimed:
        raise StaleEdit(model.objects.get(pk=instance.pk))
    instance.version = expected_version + 1
    update_fields = list(fields) + ["version"]
    if hasattr(instance, "updated_at"):
        update_fields.append("updated_at")
    instance.save(update_fields=update_fields)
    return instance
