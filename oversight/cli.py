"""The `oversight` console script: a thin front for Django management commands.

oversight extract FILE --format json | import-register FILE.xlsx | paper ... | token USER |
remind | schedule | demo | backup [FILE] | restore FILE [--force] | worker — each is `manage.py <command>`
with the settings already chosen.
"""

import os
import sys

ALIASES = {
    "import-register": "import_register",
    "demo-banner": "demo_banner",
}


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    os.environ.setdefault("OVERSIGHT_COMMAND_LINE", "true")
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__.strip())
        return 0
    from django.core.management import execute_from_command_line

    command = ALIASES.get(argv[0], argv[0])
    execute_from_command_line(["oversight", command, *argv[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
