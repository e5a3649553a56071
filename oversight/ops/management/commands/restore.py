"""`oversight restore FILE [--force]`: replace the database and stored files with a backup's."""

from django.core.management.base import BaseCommand, CommandError

from oversight.ops.backup import BackupRefused, restore


class Command(BaseCommand):
    help = "Restore a backup made by `oversight backup`. Refuses a database newer than the backup unless --force."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--force", action="store_true",
                            help="Replace a database with activity or migrations newer than the backup")

    def handle(self, *args, archive, force, **options):
        try:
            manifest, rows, files = restore(archive, force=force)
        except BackupRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        self.stdout.write(f"Restored {rows} rows and {files} files from the backup of {manifest['created_at']}; "
                          "row counts and file checksums match it.")
