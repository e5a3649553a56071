"""Each person's memberships, kept in the process between requests (issue 17).

Every signed-in page read the person's memberships, their portfolios and the organisations their
organisations oversee: three queries before the page's own. They are kept here under a generation
held in the shared cache, and any save or delete of a membership, its portfolios, an organisation,
what it oversees, a portfolio or a person replaces the generation, so every process reads them again
on its next request. Access is a trust boundary: a revoked membership must hold from the very next
request, in every process; hence the generation is read from the shared cache on every request,
entries are keyed by the generation they were read under (a thread still holding the old one
cannot put old memberships under the new one), and it is replaced again once the change commits.
"""

import logging
import pickle
import uuid

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

log = logging.getLogger(__name__)
GENERATION_KEY = "access:generation"
MAX_KEPT = 5000  # people a process keeps memberships for; past it the oldest go

# (generation, user pk) -> the memberships pickled, so no request shares model instances with another
_kept = {}
_generation_seen = None


def generation(user):
    """The generation for this request: read from the shared cache once, then kept on the user object."""
    found = getattr(user, "_oversight_generation", None)
    if found is None:
        try:
            found = cache.get(GENERATION_KEY)
            if found is None:  # never set, or evicted: a new one, so nothing kept before can match it
                cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
                found = cache.get(GENERATION_KEY)
        except (DatabaseError, OSError):  # no cache table yet: keep nothing, read every time
            found = None
        found = found or f"unshared-{uuid.uuid4().hex}"
        user._oversight_generation = found
    return found


def memberships(user, load):
    """`load()`'s memberships for this person, from the process's store while none of them changed."""
    global _generation_seen
    current = generation(user)  # read before loading: what is loaded is at least this new
    if current != _generation_seen:
        _kept.clear()
        _generation_seen = current
    key = (current, user.pk)
    blob = _kept.get(key)
    if blob is not None:
        return pickle.loads(blob)
    found = load()
    if len(_kept) >= MAX_KEPT:
        _kept.pop(next(iter(_kept)), None)
    _kept[key] = pickle.dumps(found)
    return found


def changed(**kwargs):
    """Something memberships are read from changed: every process reads them again."""
    if kwargs.get("signal") is post_save and kwargs.get("update_fields") == frozenset({"last_login"}):
        return  # signing in changes nobody's memberships
    renew()
    # Again once the change commits: a process may have read the rows as they were before the
    # commit under the generation just set.
    transaction.on_commit(renew)


def renew():
    _kept.clear()
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except (DatabaseError, OSError):
        # No cache table yet (set-up migrates first). Nothing can be kept without reading the
        # generation either, so no process serves memberships from before this change.
        log.warning("Could not renew the access generation")


def connect():
    """Called from the accounts app's ready()."""
    from oversight.organisations.models import Organisation, Portfolio

    from .models import Membership, User

    for model in (Membership, Organisation, Portfolio, User):
        post_save.connect(changed, sender=model, dispatch_uid=f"access-kept-save-{model.__name__}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"access-kept-delete-{model.__name__}")
    for through in (Membership.portfolios.through, Organisation.oversees.through):
        m2m_changed.connect(changed, sender=through, dispatch_uid=f"access-kept-m2m-{through.__name__}")
