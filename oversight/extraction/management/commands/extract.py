"""`oversight extract FILE [--format json]`: print the findings a report file presents."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from oversight.core import bounded
from oversight.extraction.propose import propose
from oversight.extraction.readers import UnreadableDocument


class Command(BaseCommand):
    help = "Read a report (PDF, Word, web page or text) and print its proposed findings as JSON."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="the report file: .pdf, .docx, .html/.htm or .txt")
        parser.add_argument("--format", choices=["json"], default="json", help="output format (json)")
        parser.add_argument("--split-items", action="store_true", help="propose a lead-in's items one finding each")
        parser.add_argument("--with-source", action="store_true", help="add each finding's source span and confidence")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot open {path}: {error.strerror or error}.", returncode=2) from error
        try:
            result = bounded.run(propose, data, path.name, split_items=options["split_items"],
                                 with_source=options["with_source"], what=path.name)
        except (UnreadableDocument, bounded.TooCostly) as error:
            raise CommandError(f"Cannot read {path.name}: {error}", returncode=2) from error
        except Exception as error:  # a reader library failing on a malformed file must not print a traceback
            raise CommandError(
                f"Cannot read {path.name}: the file is damaged or not a report ({type(error).__name__}).", returncode=2
            ) from error
        self.stdout.write(json.dumps(result, ensure_ascii=False))
