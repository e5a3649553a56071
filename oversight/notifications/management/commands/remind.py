"""`oversight remind`: run from cron (daily is enough); sends each reminder at most once per period."""

from django.core.management.base import BaseCommand

from oversight.core.commands import add_date_option, today_from
from oversight.notifications.services import remind


class Command(BaseCommand):
    help = "Email owners about due, overdue and stale responses; liaison officers a weekly digest; PCC offices statutory comments."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        add_date_option(parser, help="Act as if today were this date (YYYY-MM-DD), e.g. to catch up a missed run")

    def handle(self, *args, **options):
        today = today_from(options)
        sent = remind(today)
        self.stdout.write(
            f"{today}: {sent.owners} owner reminders, {sent.digests} weekly digests, "
            f"{sent.statutory} statutory reminders sent; {sent.skipped} already sent; "
            f"{sent.tracked} statutory responses opened."
        )
        if sent.unsent:
            # The mail server did not take these; they stay queued and the next run tries again.
            self.stdout.write(f"Could not send {len(sent.unsent)} email{'s' if len(sent.unsent) != 1 else ''} "
                              "(kept in the outbox, retried on the next run):")
            for to, subject, error in sent.unsent:
                self.stdout.write(f"  {to}: {subject} – {error}")
