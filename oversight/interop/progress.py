"""How far a long import has got, readable from any web server while a worker runs it, and the
person's request to stop it.

Kept in the shared cache rather than on the import's row: a check holds each batch's transaction open
and rolls it back, so a row it wrote would never be seen by the page polling it. The cache is written
at once (files on one machine; on PostgreSQL, the database through a connection of its own).
"""

import datetime

from django.core.cache import cache
from django.utils import timezone

DAY = 24 * 3600


def _key(run):
    return f"interop:progress:{run.pk}"


def _stop_key(run):
    return f"interop:stop:{run.pk}"


def _at_key(run):
    return f"interop:progress-at:{run.pk}"


def write(run, *, done, total, phase):
    cache.set_many({_key(run): {"done": done, "total": total, "phase": phase},
                    _at_key(run): timezone.now().isoformat()}, timeout=DAY)


def read(run):
    return cache.get(_key(run)) or {"done": 0, "total": 0, "phase": ""}


def ask_to_stop(run, by):
    cache.set(_stop_key(run), by.get_full_name() or by.get_username(), timeout=DAY)


def stop_asked_by(run):
    """Who asked to stop the run ('' when no one has)."""
    return cache.get(_stop_key(run)) or ""


def clear_stop(run):
    cache.delete(_stop_key(run))


def silent_for(run):
    """Seconds since the run last reported progress (since it was queued, if never)."""
    at = cache.get(_at_key(run))
    last = datetime.datetime.fromisoformat(at) if at else run.updated_at
    return (timezone.now() - last).total_seconds()
