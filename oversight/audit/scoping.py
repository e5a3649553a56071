"""Which audit entries and people a person may see: asked of accounts/access.py like everything else."""

from auditlog.models import LogEntry
from django.contrib.auth import get_user_model

from oversight.accounts import access

from .presenting import person_name


def visible_entries(user):
    """Entries about what the user may see (access.visible knows LogEntry)."""
    return access.visible(LogEntry.objects.select_related("actor", "content_type"), user)


def visible_people(user):
    """People who belong to one of the organisations the user may see."""
    return access.visible(get_user_model().objects.all(), user).order_by("last_name", "first_name", "username")


HIDDEN_ACTOR = "Someone at another organisation"


def actor_names(entries, user):
    """{actor id: how the user sees that person}. A national record (a shared report or finding) may
    have been changed by someone at an organisation the user cannot see: that person's name is
    not theirs to read (issue 15), so they are shown as someone at another organisation."""
    ids = {e.actor_id for e in entries if e.actor_id}
    seen = set(visible_people(user).filter(id__in=ids).values_list("id", flat=True))
    return {e.actor_id: (person_name(e.actor) if e.actor_id in seen else HIDDEN_ACTOR) for e in entries if e.actor_id}
