"""Which audit entries and people a person may see: the same organisations as everything else."""

from auditlog.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from oversight.accounts import access
from oversight.accounts.models import Role

from .registry import NATIONAL


def visible_entries(user):
    """Entries about the user's organisations, plus national records (reports and findings).

    Entries about people themselves (users) are for administrators only.
    """
    qs = LogEntry.objects.select_related("actor", "content_type")
    if user.is_superuser and not access.organisation_ids(user):
        return qs
    national = ContentType.objects.filter(app_label="reports", model__in=NATIONAL)
    scope = Q(additional_data__organisation_id__in=list(access.organisation_ids(user))) | Q(
        content_type__in=national
    )
    if access.has_role(user, Role.ADMINISTRATOR):
        scope |= Q(content_type=ContentType.objects.get_for_model(get_user_model()))
    return qs.filter(scope)


def visible_people(user):
    """People who belong to one of the organisations the user may see."""
    if user is None or not user.is_authenticated:
        return get_user_model().objects.none()
    return (
        get_user_model()
        .objects.filter(memberships__organisation_id__in=access.organisation_ids(user))
        .distinct()
        .order_by("last_name", "first_name", "username")
    )
