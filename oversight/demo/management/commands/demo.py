"""`oversight demo`: load the demo data from the seed papers, idempotently."""

import time

from django.core.management.base import BaseCommand

from oversight import demo


class Command(BaseCommand):
    help = "Load the demo organisations, sign-ins and the four seed papers' reports, findings and responses."

    def handle(self, *args, **options):
        started = time.perf_counter()
        # No audit actor is set: these rows come from the seed papers, not from anyone signed in.
        demo.load()
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded in {time.perf_counter() - started:.1f} s."))
