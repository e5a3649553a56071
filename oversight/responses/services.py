"""Every change to a response and what sits under it. Views, imports and the API call these."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, Unmet
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


def _check_applicability(response, values, by):
    """Deciding whether a finding applies is the liaison officer's (DESIGN.md §1); "not applicable"
    takes the response off the register, so it is a workflow move with its reason, never an edit
    (the page refused it but the API's PATCH allowed it: issue 15)."""
    wanted = values.get("applicability", response.applicability)
    if wanted == response.applicability:
        return
    if wanted == Response.Applicability.NOT_APPLICABLE:
        raise Unmet("Use “Mark as not applicable” to say the finding does not apply, with the reason.")
    if response.applicability == Response.Applicability.NOT_APPLICABLE:
        raise Unmet("This finding was marked not applicable; reopen it through the workflow instead.")
    if not access.is_liaison(by, response):
        raise NotAllowed("Only the liaison officer decides whether a finding applies.")


@transaction.atomic
def edit_response(response, values, *, by, expected_version):
    """Change the editable fields of a response; refused if someone saved since `expected_version`."""
    _require(access.can(by, "edit_response", response))
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    _check_same_organisation(response, values)
    _check_applicability(response, values, by)
    for name, value in values.items():
        setattr(response, name, value)
    return save_versioned(response, list(values), expected_version=expected_version)


@transaction.atomic
def add_update(response, *, text, rag="", written_on=None, by):
    """Record a dated progress note; its RAG becomes the response's current RAG."""
    _require(access.can(by, "add_update", response))
    text = _update_text(text)
    _check_rag(rag)
    if written_on and written_on > timezone.localdate():
        raise InvalidInput("The date of the update cannot be in the future.")
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
    if update.by_id and update.by_id != by.id:
        # The timeline credits an update to its author, so only the author may reword it (issue 15).
        raise NotAllowed("Only the person who wrote an update can correct it; add an update of your own instead.")
    text = _update_text(text)
    _check_rag(rag)
    update.text, update.rag = text, rag or ""
    return save_versioned(update, ["text", "rag"], expected_version=expected_version)


def _update_text(text):
    if text is not None and not isinstance(text, str):
        raise InvalidInput("The update must be text.")
    text = (text or "").strip()
    if not text:
        raise InvalidInput("Enter what has been done.")
    if "\x00" in text:
        raise InvalidInput("The update contains a NUL character, which cannot be stored. Remove it.")
    return text


def _check_rag(rag):
    if rag and rag not in Response.Rag.values:
        raise InvalidInput("Choose red, amber or green.")


@transaction.atomic
def open_response(finding, organisation, *, by, applicability=Response.Applicability.APPLIES, **values):
    """The organisation's draft response to a finding (proposed by extraction or import, DESIGN.md §3),
    with its owner and lists; the one place a Response row is created. Returns (response, created)."""
    _require(access.can(by, "manage_register", organisation))
    found = Response.objects.filter(finding=finding, organisation=organisation).first()
    if found is not None:
        return found, False
    response = Response(finding=finding, organisation=organisation, status=Response.Status.DRAFT,
                        applicability=applicability)
    _check_same_organisation(response, values)
    for name, value in values.items():
        if name not in EDITABLE_FIELDS:
            raise InvalidInput(f"{name} cannot be set here.")
        setattr(response, name, value)
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError:  # a concurrent first response to the same finding: one wins, one is reused
        return Response.objects.get(finding=finding, organisation=organisation), False
    return response, True
