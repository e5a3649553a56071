from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DashboardConfig(AppConfig):
    name = "oversight.dashboard"
    label = "dashboard"

    def ready(self):
        post_migrate.connect(_ensure_tallies, sender=self)


def _ensure_tallies(using, **kwargs):
    """A later migration that rebuilds responses_response on SQLite drops the tally triggers with the
    old table: put them back (and count afresh) so the dashboard's figures stay exact."""
    from django.db import connections

    from . import tallies

    connection = connections[using]
    if "dashboard_responsetally" in connection.introspection.table_names():
        tallies.ensure(connection)
