"""`oversight schedule`: the scheduler's timer queues today's reminders and digests as a task; a worker
sends them (retried if it fails; each reminder goes once per period however often this runs), and
removes prepared register exports past their keeping time."""

from django.core.management.base import BaseCommand

from oversight.core.commands import add_date_option, today_from
from oversight.interop.tasks import expire_exports
from oversight.ops.work import send_reminders


class Command(BaseCommand):
    help = "Queue today's reminders and digests for a worker to send (run daily from a systemd timer)."

    def add_arguments(self, parser):
        add_date_option(parser)

    def handle(self, *args, **options):
        today = today_from(options)
        result = send_reminders.enqueue(today.isoformat())
        self.stdout.write(f"Reminders for {today} queued (task {result.id}).")
        result = expire_exports.enqueue()
        self.stdout.write(f"Old register exports' files to remove queued (task {result.id}).")
