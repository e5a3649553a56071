"""`oversight schedule`: the scheduler's timer queues today's reminders and digests as a task; a worker
sends them (retried if it fails; each reminder goes once per period however often this runs)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from oversight.ops.work import send_reminders


class Command(BaseCommand):
    help = "Queue today's reminders and digests for a worker to send (run daily from a systemd timer)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Act as if today were this date (YYYY-MM-DD)")

    def handle(self, *args, **options):
        today = timezone.localdate()
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("Give --date as YYYY-MM-DD, for example 2026-11-26.") from error
        result = send_reminders.enqueue(today.isoformat())
        self.stdout.write(f"Reminders for {today} queued (task {result.id}).")
