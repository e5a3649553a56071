"""`oversight backup [FILE]`: the database and every stored file in one .tar.gz (see oversight/ops/backup.py)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from oversight.ops.backup import backup


class Command(BaseCommand):
    help = "Back up every row and every stored file into one archive, with a manifest of row counts and checksums."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("output", nargs="?", help="Archive to write (default: oversight-backup-<time>.tar.gz)")

    def handle(self, *args, output=None, **options):
        output = output or f"oversight-backup-{timezone.now():%Y%m%dT%H%M%SZ}.tar.gz"
        manifest = backup(output)
        self.stdout.write(f"Backed up {sum(manifest['rows'].values())} rows in {len(manifest['rows'])} tables "
                          f"and {len(manifest['files'])} files to {output}.")
        if manifest["missing_files"]:
            self.stderr.write(f"{len(manifest['missing_files'])} files that rows refer to were not found in storage: "
                              + ", ".join(manifest["missing_files"][:10]))
