"""Writers for the reference lists an organisation keeps: portfolios, business areas, boards, closure
levels, aliases, committees and their members. Nothing once used is deleted: it is archived."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from oversight.accounts import access
from oversight.core import inserts
from oversight.core.exceptions import InvalidInput, NotAllowed


def organisation_of(item):
    committee = getattr(item, "committee", None)
    return committee.organisation if committee is not None else item.organisation


def _may_manage(user, organisation):
    decision = access.can(user, "manage_reference_lists", organisation)
    if not decision:
        raise NotAllowed(decision.reason)


def _name_field(model):
    return "code" if model._meta.model_name == "closurelevel" else "name"


def _check_name(model, item, values):
    field = _name_field(model)
    name = " ".join(str(values.get(field) or "").split())
    if not name:
        raise InvalidInput("Enter a name." if field == "name" else "Enter the level's code, for example Lv3.")
    values[field] = name
    scope = {"committee": values.get("committee") or getattr(item, "committee", None)} \
        if model._meta.model_name == "committeemember" else {"organisation": values.get("organisation")
                                                             or getattr(item, "organisation", None)}
    clash = model.objects.filter(**scope, **{f"{field}__iexact": name})
    if item is not None and item.pk:
        clash = clash.exclude(pk=item.pk)
    if clash.exists():
        archived = hasattr(model, "archived_at") and clash.filter(archived_at__isnull=False).exists()
        raise InvalidInput(f"There is already a {model._meta.verbose_name} called “{name}”"
                           f"{' (archived: restore it instead)' if archived else ''}.")


def _check_parent(item, values):
    parent = values.get("parent")
    seen = set()
    while parent is not None:
        if item is not None and parent.pk == item.pk:
            raise InvalidInput("A board cannot report to itself, directly or through another board.")
        if parent.pk in seen:
            break
        seen.add(parent.pk)
        parent = parent.parent


def add_item(model, organisation, values, *, by):
    """Add an entry to one of the organisation's lists. A duplicate name is refused."""
    _may_manage(by, organisation)
    values = dict(values)
    if model._meta.model_name != "committeemember":
        values["organisation"] = organisation
    elif values["committee"].organisation_id != organisation.pk:
        raise InvalidInput("Choose one of the organisation's committees.")
    return _create_item(model, values)


def _create_item(model, values):
    _check_name(model, None, values)
    try:
        with transaction.atomic():
            return model.objects.create(**values)
    except IntegrityError:  # a concurrent add of the same name
        raise InvalidInput("That name is already used in this list.") from None


def edit_item(item, values, *, by):
    _may_manage(by, organisation_of(item))
    values = {k: v for k, v in values.items() if k not in ("organisation",)}
    if item._meta.model_name == "board":
        _check_parent(item, values)
    _check_name(type(item), item, values)
    try:
        with transaction.atomic():
            for name, value in values.items():
                setattr(item, name, value)
            item.save()
    except IntegrityError:
        raise InvalidInput("That name is already used in this list.") from None
    return item


def archive_item(item, *, reason, by):
    """Archive an entry: it stays on every record that used it and is no longer offered."""
    _may_manage(by, organisation_of(item))
    reason = " ".join((reason or "").split())
    if not reason:
        raise InvalidInput("Say why the entry is archived.")
    if item.archived_at:
        raise InvalidInput("This entry is already archived.")
    with transaction.atomic():
        item.archived_at, item.archived_by, item.archive_reason = timezone.now(), by, reason[:500]
        item.save()
    return item


def restore_item(item, *, by):
    _may_manage(by, organisation_of(item))
    with transaction.atomic():
        item.archived_at, item.archived_by, item.archive_reason = None, None, ""
        item.save()
    return item


ORGANISATION_FIELDS = ("kind", "name", "short_name")


def _check_organisation(values, organisation=None):
    from .models import Organisation

    for name, label in (("name", "name"), ("short_name", "short name")):
        if name in values:
            values[name] = " ".join(str(values[name] or "").split())
            if not values[name]:
                raise InvalidInput(f"Enter the organisation's {label}.")
            clash = Organisation.objects.filter(**{f"{name}__iexact": values[name]})
            if organisation is not None:
                clash = clash.exclude(pk=organisation.pk)
            if clash.exists():
                raise InvalidInput(f"There is already an organisation with the {label} “{values[name]}”.")
    if "kind" in values and values["kind"] not in Organisation.Kind.values:
        raise InvalidInput("Choose the kind of organisation.")
    oversees = values.get("oversees")
    if organisation is not None and oversees is not None and organisation in oversees:
        raise InvalidInput("An organisation cannot oversee itself.")


def _require_system_administrator(by):
    if not (by and by.is_superuser):
        raise NotAllowed("Only a system administrator adds or changes organisations.")


@transaction.atomic
def add_organisation(*, by, kind, name, short_name, oversees=()):
    """A new force, PCC office, fire service, region or national body (a system administrator's job)."""
    from .models import Organisation

    _require_system_administrator(by)
    values = {"kind": kind, "name": name, "short_name": short_name, "oversees": list(oversees)}
    _check_organisation(values)
    organisation = Organisation.objects.create(**{k: values[k] for k in ORGANISATION_FIELDS})
    organisation.oversees.set(values["oversees"])
    return organisation


@transaction.atomic
def edit_organisation(organisation, values, *, by):
    """Rename an organisation or change whom it oversees (and so who sees its records)."""
    _require_system_administrator(by)
    values = dict(values)
    unknown = set(values) - {*ORGANISATION_FIELDS, "oversees"}
    if unknown:
        raise InvalidInput(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.")
    _check_organisation(values, organisation)
    changed = [name for name in ORGANISATION_FIELDS if name in values and getattr(organisation, name) != values[name]]
    for name in changed:
        setattr(organisation, name, values[name])
    if changed:
        organisation.save(update_fields=[*changed, "updated_at"])
    if "oversees" in values:
        organisation.oversees.set(values["oversees"])
    return organisation


def matching_organisations(text):
    """The organisations whose name, short name or an active alias appears in `text` (for addressees)."""
    from .models import Organisation, OrganisationAlias

    words = f" {(text or '').lower()} "
    alias_ids = {org_id for org_id, name in OrganisationAlias.objects.filter(archived_at__isnull=True)
                 .values_list("organisation_id", "name") if f"{name.lower()}" in words}
    return [o for o in Organisation.objects.order_by("name")
            if o.id in alias_ids or o.name.lower() in words or f" {o.short_name.lower()} " in words]


def add_item_from_register(model, organisation, name, *, by):
    """A portfolio, business area or board a register names and the person importing chose, in the
    import's preview, to create (issue 14): a liaison officer may import, so they may add the names
    their own register uses; an administrator still manages the lists themselves."""
    decision = access.can(by, "import_register", organisation)
    if not decision:
        raise NotAllowed(decision.reason)
    values = {"name": name, "organisation": organisation}
    if inserts.rehearsing():  # the import's check: checked as its creation will be, then stood in for
        _check_name(model, None, values)
        return inserts.stand_in(model(**values))
    return _create_item(model, values)
