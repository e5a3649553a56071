"""Rebuild the search index from the register, after bulk loads that bypass model signals."""

from django.core.management.base import BaseCommand

from oversight.search import index


class Command(BaseCommand):
    help = "Rebuild every search document (findings, responses, updates, reports, evidence) from the register."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def handle(self, *args, **options):
        made = index.rebuild()
        self.stdout.write(f"Indexed {made} search documents.")
