"""Changes to people: once someone has history they are deactivated, never deleted."""

from auditlog.models import LogEntry
from django.db import models, transaction

from oversight.core.exceptions import NotAllowed

from . import access
from .models import Role


def has_history(user):
    """Whether the audit trail or the domain records name this person (as actor, author, owner)."""
    return LogEntry.objects.filter(actor=user).exists()


def refuse_deleting_people_with_history(sender, instance, **kwargs):
    """Deleting a person turned every entry they made into "System" (issue 15). Whatever the route
    (admin, shell, a script), a person with history cannot be deleted: deactivate them."""
    if instance.pk and has_history(instance):
        raise models.ProtectedError(
            f"{instance.get_full_name() or instance.get_username()} has made changes on the record, so they "
            "cannot be deleted; deactivate them instead.", {instance})


@transaction.atomic
def deactivate(person, *, by):
    """Stop a person signing in; their name stays on everything they did."""
    if not (by.is_superuser or any(access.has_role(by, Role.ADMINISTRATOR, organisation_id=m.organisation_id)
                                   for m in access.memberships(person))):
        raise NotAllowed("Only an administrator of their organisation can deactivate a person.")
    if person.pk == by.pk:
        raise NotAllowed("You cannot deactivate yourself.")
    if person.is_active:
        person.is_active = False
        person.save(update_fields=["is_active"])
    return person

