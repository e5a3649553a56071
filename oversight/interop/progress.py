"""How far a long import has got, readable from any web server while a worker runs it.

Kept in the shared cache rather than on the import's row: the import holds its transaction open
until the end, so a row it wrote would not be seen by the page polling it. The cache is written
at once (files on one machine; on PostgreSQL, the database through a connection of its own).
"""

from django.core.cache import cache

DAY = 24 * 3600


def _key(run):
    return f"interop:progress:{run.pk}"


def write(run, *, done, total, phase):
    cache.set(_key(run), {"done": done, "total": total, "phase": phase}, timeout=DAY)


def read(run):
    return cache.get(_key(run)) or {"done": 0, "total": 0, "phase": ""}
