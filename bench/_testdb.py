"""The throwaway database a bench runs in: `test_<name>` on PostgreSQL, SQLite in memory.

create_test_db() alone moves only the default connection there. A connection that mirrors it in
tests ("side", the PostgreSQL cache's own connection: settings.py) went on pointing at the real
database, where the bench had made no tables: every cache write of the run failed ("Could not renew
the register's kept lists", "Could not renew the access generation", on every list change) and
progress or heartbeats were written to, or lost in, another database. The mirrors are pointed at the
test database as Django's test runner points them.
"""

from contextlib import contextmanager

from django.db import connections


@contextmanager
def throwaway_database():
    default = connections["default"]
    old_name = default.settings_dict["NAME"]
    default.creation.create_test_db(verbosity=0, autoclobber=True)
    mirrored = point_mirrors()
    try:
        yield
    finally:
        for alias, settings in mirrored:
            connections[alias].close()
            connections[alias].settings_dict.update(settings)
        default.creation.destroy_test_db(old_name, verbosity=0)


def point_mirrors():
    """Point every connection whose TEST MIRROR names another at that one's (test) database; returns
    (alias, settings before) to put back."""
    mirrored = []
    for alias in connections:
        mirror = connections[alias].settings_dict.get("TEST", {}).get("MIRROR")
        if mirror:
            mirrored.append((alias, dict(connections[alias].settings_dict)))
            connections[alias].close()
            connections[alias].creation.set_as_test_mirror(connections[mirror].settings_dict)
    return mirrored
