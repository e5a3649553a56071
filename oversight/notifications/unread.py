"""The header's unread count, kept in the shared cache between requests (issue 17).

It was a COUNT on every signed-in page. Each person has a stamp in the shared cache that a new
notification, a deletion or marking read replaces (now and again once the change commits), and the
count is kept beside the stamp it was counted under: a count taken while a notice was being
committed is kept under the old stamp and never read again. The count is also tied to the access
generation (accounts/kept.py), which any save of a person replaces, so a reused id never inherits
another person's count.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save

from oversight.accounts import kept

log = logging.getLogger(__name__)
TIMEOUT = 24 * 3600


def _keys(user_id):
    return f"notifications:unread-stamp:{user_id}", f"notifications:unread:{user_id}"


def count(user, counter):
    """`counter()` for this person, from the shared cache while nothing they were told changed."""
    stamp_key, count_key = _keys(user.pk)
    try:
        found = cache.get_many([stamp_key, count_key])
        stamp = found.get(stamp_key)
        if stamp is None:
            cache.add(stamp_key, uuid.uuid4().hex, TIMEOUT)
            stamp = cache.get(stamp_key)
    except (DatabaseError, OSError):
        return counter()
    tag = (stamp, kept.generation(user))
    kept_count = found.get(count_key)
    if stamp is not None and kept_count is not None and kept_count[0] == tag:
        return kept_count[1]
    value = counter()
    if stamp is not None:
        cache.set(count_key, (tag, value), TIMEOUT)
    return value


def forget(user_id):
    """The person's unread notifications changed: count them again, now and after the commit."""
    _renew(user_id)
    transaction.on_commit(lambda: _renew(user_id))


def _renew(user_id):
    try:
        cache.set(_keys(user_id)[0], uuid.uuid4().hex, TIMEOUT)
    except (DatabaseError, OSError):
        log.warning("Could not renew the unread count of person %s", user_id)


def _changed(sender, instance, **kwargs):
    forget(instance.recipient_id)


def connect():
    from .models import Notification

    post_save.connect(_changed, sender=Notification, dispatch_uid="notifications-unread-save")
    post_delete.connect(_changed, sender=Notification, dispatch_uid="notifications-unread-delete")
