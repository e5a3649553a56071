"""`oversight import-register FILE --user NAME [--organisation WMP] [--commit]`: import a register from the shell."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from oversight.accounts.models import User
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.interop.columns import guess_mapping
from oversight.interop.importer import import_register
from oversight.interop.readers import Register
from oversight.interop.services import saved_mapping
from oversight.organisations.models import Organisation


class Command(BaseCommand):
    help = "Check (and with --commit, import) an .xlsx or .csv register. All rows or none."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--organisation", help="Short name, for example WMP (default: the user's own)")
        parser.add_argument("--user", required=True, help="Username recorded as the person importing")
        parser.add_argument("--commit", action="store_true", help="Import for real (default: dry run)")

    def handle(self, *args, file, organisation, user, commit, **options):
        try:
            by = User.objects.get(username=user)
        except User.DoesNotExist as error:
            raise CommandError(f"No user called {user!r}.") from error
        if organisation:
            org = Organisation.objects.filter(short_name__iexact=organisation).first()
            if org is None:
                raise CommandError(f"No organisation with the short name {organisation!r}.")
        else:
            own = list(Organisation.objects.filter(memberships__user=by))
            if len(own) != 1:
                raise CommandError(f"{user} belongs to {len(own)} organisations: name one with --organisation.")
            org = own[0]
        started = time.perf_counter()

        def progress(done):
            elapsed = time.perf_counter() - started
            sys.stderr.write(f"\r{done:,} rows read ({done / elapsed if elapsed else 0:,.0f} rows/s)")
            sys.stderr.flush()

        try:
            with open(file, "rb") as handle:
                register = Register(handle)
                mapping = guess_mapping(register.headers, saved=saved_mapping(org))
                outcome = import_register(register, mapping, organisation=org, by=by, commit=commit, progress=progress)
        except (InvalidInput, NotAllowed) as problem:
            raise CommandError(str(problem)) from problem
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        sys.stderr.write("\n")
        for p in outcome.problems:
            self.stdout.write(f"row {p.row}, {p.column or 'row'}: {p.message}")
        verb = "imported" if outcome.committed else ("not imported" if outcome.problems else "checked (dry run)")
        self.stdout.write(f"{outcome.rows} rows {verb}: {outcome.created} new, {outcome.updated} changed, "
                          f"{outcome.unchanged} unchanged, {len(outcome.problems)} problems.")
        if outcome.problems:
            raise CommandError("Nothing was imported.")
