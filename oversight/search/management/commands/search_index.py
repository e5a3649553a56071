"""Rebuild the search index from the register, after bulk loads that bypass model signals."""

from django.core.management.base import BaseCommand

from oversight.search import index


class Command(BaseCommand):
    help = "Rebuild every search document (findings, responses, updates, reports, evidence) from the register."

    def handle(self, *args, **options):
        made = index.rebuild()
        self.stdout.write(f"Indexed {made} search documents.")
