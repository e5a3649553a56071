"""The register's dropdown lists (organisations, portfolios, business areas, boards, owners), built
once per person and kept until one of the lists they come from changes (issue 17).

Ten of the register's queries were these lists, the same on every request. They are kept in the
process, under the person, what they may see (superuser or not, their organisations) and a
generation that any change to the lists' sources replaces. The generation lives in the shared
cache, so a portfolio added through one app server is seen by the others on their next request.
The lists only draw the page: what a filter or bulk change accepts is still checked against the
live queryset.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

log = logging.getLogger(__name__)
GENERATION_KEY = "register-choices:generation"
MAX_KEPT = 2000  # people a process keeps lists for; past it the oldest go

_kept = {}  # (user pk, superuser, organisation ids, which lists) -> {name: [(value, label)]}, this generation only
_generation_seen = None


def lists(user, organisation_ids, name, build):
    """`build()`'s lists for this person, from the process's store while nothing they show changed."""
    global _generation_seen
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        cache.add(GENERATION_KEY, generation, None)
        generation = cache.get(GENERATION_KEY, generation)
    if generation != _generation_seen:  # what was kept belongs to an older generation
        _kept.clear()
        _generation_seen = generation
    key = (user.pk, user.is_superuser, frozenset(organisation_ids), name)
    found = _kept.get(key)
    if found is None:
        if len(_kept) >= MAX_KEPT:
            _kept.pop(next(iter(_kept)))
        found = _kept[key] = build()
    return found


def changed(**kwargs):
    """A list's source changed: every process builds its lists again."""
    if kwargs.get("signal") is post_save and kwargs.get("update_fields") == frozenset({"last_login"}):
        return  # signing in changes nothing a list shows
    _renew()
    # Again once the change is committed: another process may have built its lists from the rows
    # as they were before, under the generation just set.
    transaction.on_commit(_renew)


def _renew():
    _kept.clear()
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except (DatabaseError, OSError):  # no cache table yet (set-up migrates first): the save must not fail
        log.warning("Could not renew the register's kept lists; other processes keep theirs until the next change")


def connect():
    """Called from the app's ready(): a save or delete of any list's source renews the generation."""
    from oversight.accounts.models import Membership, User
    from oversight.organisations.models import Board, BusinessArea, Organisation, Portfolio

    for model in (Organisation, Portfolio, BusinessArea, Board, User, Membership):
        post_save.connect(changed, sender=model, dispatch_uid=f"register-choices-save-{model.__name__}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"register-choices-delete-{model.__name__}")
    for through in (Organisation.oversees.through, Membership.portfolios.through):
        m2m_changed.connect(changed, sender=through, dispatch_uid=f"register-choices-m2m-{through.__name__}")
