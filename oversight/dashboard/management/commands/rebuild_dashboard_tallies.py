"""Count the dashboard's tallies afresh from the responses (the triggers keep them from then on)."""

from django.core.management.base import BaseCommand

from oversight.dashboard import tallies


class Command(BaseCommand):
    help = "Count the dashboard's kept tallies afresh from the responses, and put their triggers back if missing."
    requires_system_checks = []

    def handle(self, *args, **options):
        from django.db import connection

        if not tallies.ensure(connection):  # ensure() counts afresh itself when it had to reinstall
            tallies.rebuild(connection)
        self.stdout.write("Dashboard tallies counted afresh.")
