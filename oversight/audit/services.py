"""Archiving: nothing a committee has seen is deleted; it is archived with who, when and why."""

from django.db import transaction

from oversight.accounts import access
from oversight.core.exceptions import NotAllowed, Unmet


@transaction.atomic
def archive(obj, *, by, reason):
    """Archive an Archivable record (response, report, finding, action, evidence ...) with a reason.

    The save goes through the model so the audit trail records who archived it and why.
    """
    reason = (reason or "").strip()
    if not reason:
        raise Unmet("Give the reason for archiving.")
    if "\x00" in reason or len(reason) > 500:
        raise Unmet("Give the reason in at most 500 characters.")
    if obj.is_archived:
        raise Unmet("This record is already archived.")
    decision = access.can(by, "archive", _owner_of(obj))
    if not decision:
        raise NotAllowed(decision.reason)
    obj.mark_archived(by=by, reason=reason)
    obj.save(update_fields=["archived_at", "archived_by", "archive_reason"])
    return obj


def _owner_of(obj):
    """The record whose organisation decides who may archive (the response for its evidence)."""
    return getattr(obj, "response", obj)
