"""`oversight import-register FILE --user NAME [--organisation WMP] [--commit] [--no-create] [--good-rows]`:
import a register from the shell, deciding what the web import decides (the same Importer and vocabulary):
people and list items the file names and Oversight lacks are created, and listed, unless --no-create."""

import os
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

KINDS = [("people", "person"), ("portfolio", "portfolio"), ("business_area", "business area"), ("board", "board"),
         ("reports", "report")]


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
        parser.add_argument("--no-create", action="store_true",
                            help="Refuse rows naming people, portfolios, business areas or boards Oversight lacks")
        parser.add_argument("--good-rows", action="store_true",
                            help="Import the rows that can be imported and list the rest (default: all or nothing)")

    def handle(self, *args, file, organisation, user, commit, no_create=False, good_rows=False, **options):
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

        def progress(done, phase):
            elapsed = time.perf_counter() - started
            sys.stderr.write(f"\r{phase}: {done:,} rows ({done / elapsed if elapsed else 0:,.0f} rows/s)")
            sys.stderr.flush()

        try:
            with open(file, "rb") as handle:
                register = Register(handle)
                saved = saved_mapping(org)
                mapping = guess_mapping(register.headers, saved=saved)
                for header in register.headers:
                    if header in saved:  # said before it is used, as the web import's columns page does
                        self.stdout.write(f"column {header!r}: {saved[header] or 'ignored'} (remembered choice)")
                outcome = import_register(register, mapping, organisation=org, by=by, commit=commit,
                                          create=not no_create, partial=good_rows, source=os.path.basename(file),
                                          progress=progress)
        except (InvalidInput, NotAllowed) as problem:
            raise CommandError(str(problem)) from problem
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        sys.stderr.write("\n")
        for p in outcome.problems:
            self.stdout.write(f"row {p.row}, {p.column or 'row'}: {p.message}")
        made = "created" if outcome.committed else "to create"
        for kind, label in KINDS:
            for name in (outcome.created_items.get(kind, []) if outcome.committed
                         else [e.get("name") or e.get("title") for e in outcome.to_create.get(kind, [])
                               if e["choice"] in ("create", "new")]):
                self.stdout.write(f"{label} {made}: {name}")
        verb = "imported" if outcome.committed else ("not imported" if outcome.problems else "checked (dry run)")
        self.stdout.write(f"{outcome.rows} rows {verb}: {outcome.created} new, {outcome.updated} changed, "
                          f"{outcome.unchanged} unchanged, {outcome.refused} refused.")
        if outcome.problems and not outcome.committed:
            raise CommandError("Nothing was imported.")
