"""What several commands ask the same way."""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone


def add_date_option(parser, help="Act as if today were this date (YYYY-MM-DD)"):
    parser.add_argument("--date", help=help)


def today_from(options):
    """The day the command acts for: --date if given, else today in the project's time zone."""
    if not options.get("date"):
        return timezone.localdate()
    try:
        return datetime.date.fromisoformat(options["date"])
    except ValueError as error:
        raise CommandError("Give --date as YYYY-MM-DD, for example 2026-11-26.") from error
