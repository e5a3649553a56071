"""Every change to a response and what sits under it. Views, imports and the API call these."""

from django.db import transaction

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.core.services import save_versioned

from .models import Response, Update

EDITABLE_FIELDS = [
    "applicability", "applicability_reason", "rag", "owner", "portfolio", "business_area", "board",
    "target_on", "narrative",
]


def _require(decision):
    if not decision:
        raise NotAllowed(decision.reason)


def _check_same_organisation(response, values):
    """Reference lists and owners must belong to the response's organisation (tampered posts)."""
    for name in ("portfolio", "business_area", "board"):
        item = values.get(name)
        if item is not None and item.organisation_id != response.organisation_id:
            raise NotAllowed(f"That {name.replace('_', ' ')} belongs to another organisation.")
    owner = values.get("owner")
    if owner is not None and response.organisation_id not in {m.organisation_id for m in access.memberships(owner)}:
        raise NotAllowed("The owner must be a member of the organisation that owns this response.")


@transaction.atomic
def edit_response(response, values, *, by, expected_version):
    """Change the editable fields of a response; refused if someone saved since `expected_version`."""
    _require(access.can(by, "edit_response", response))
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    _check_same_organisation(response, values)
    if values.get("applicability") == Response.Applicability.NOT_APPLICABLE and not (
        values.get("applicability_reason") or response.applicability_reason
    ):
        raise InvalidInput("Say why the finding does not apply.")
    for name, value in values.items():
        setattr(response, name, value)
    return save_versioned(response, list(values), expected_version=expected_version)


@transaction.atomic
def add_update(response, *, text, rag="", written_on=None, by):
    """Record a dated progress note; its RAG becomes the response's current RAG."""
    _require(access.can(by, "add_update", response))
    text = (text or "").strip()
    if not text:
        raise InvalidInput("Enter what has been done.")
    update = Update(response=response, text=text, rag=rag or "", by=by)
    if written_on:
        update.written_on = written_on
    update.save()
    if rag and rag != response.rag:
        response.rag = rag
        response.save(update_fields=["rag", "updated_at"])
    return update


@transaction.atomic
def edit_update(update, *, text, rag, by, expected_version):
    """Correct a progress note; refused if someone saved it since `expected_version`."""
    _require(access.can(by, "add_update", update.response))
    text = (text or "").strip()
    if not text:
        raise InvalidInput("Enter what has been done.")
    update.text, update.rag = text, rag or ""
    return save_versioned(update, ["text", "rag"], expected_version=expected_version)
