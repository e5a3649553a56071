"""`oversight remind`: run from cron (daily is enough); sends each reminder at most once per period."""

import datetime
import smtplib

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from oversight.notifications.services import remind


class Command(BaseCommand):
    help = "Email owners about due, overdue and stale responses; liaison officers a weekly digest; PCC offices statutory comments."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Act as if today were this date (YYYY-MM-DD), e.g. to catch up a missed run")

    def handle(self, *args, **options):
        today = timezone.localdate()
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("Give --date as YYYY-MM-DD, for example 2026-11-26.") from error
        try:
            sent = remind(today)
        except (smtplib.SMTPException, OSError) as error:
            # Each email is claimed and sent in one transaction: those sent are kept, the rest go next run.
            raise CommandError(f"The mail server did not answer ({type(error).__name__}: {error}). Reminders "
                               "already sent are recorded; the rest will be sent by the next run.",
                               returncode=75) from error
        self.stdout.write(
            f"{today}: {sent.owners} owner reminders, {sent.digests} weekly digests, "
            f"{sent.statutory} statutory reminders sent; {sent.skipped} already sent; "
            f"{sent.tracked} statutory responses opened."
        )
