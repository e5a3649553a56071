"""Rows per second for importing and exporting a large register (issue 6).

    .venv/bin/python bench/import_export.py [--rows 100000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench .venv/bin/python bench/import_export.py

Runs in a throwaway test database (SQLite in memory, or `test_<name>` on PostgreSQL). It writes
a register of N rows (1,000 rows per report) as .xlsx, imports it (every row new), exports the
register to .xlsx and .csv, and imports the export again (every row matched, nothing changed).
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("ALLOWED_HOSTS", "localhost")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from openpyxl import Workbook  # noqa: E402

HEADERS = ["Report", "Date published", "Rec No", "Type", "Recommendation", "Owner", "Portfolio", "RAG",
           "Due date", "Update", "Status"]


def make_register(rows, status=""):
    """Without a status every response stays a draft; with one, each row also takes workflow steps."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.append(HEADERS if status else HEADERS[:-1])
    for n in range(rows):
        report, ref = divmod(n, 1000)
        sheet.append([f"Inspection report {report}", "30/11/2021", str(ref + 1), "Recommendation",
                      f"The force should improve practice {n}.", "owner", f"Portfolio {n % 7}",
                      ("Red", "Amber", "Green")[n % 3], "30th November 2022", f"Progress note {n}"]
                     + ([status] if status else []))
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    return out


def timed(label, rows, action):
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"{label:<44} {rows:>8,} rows {seconds:>8.1f} s {rows / seconds:>9,.0f} rows/s", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--status", default="", help='for example "Open": every row then goes through the workflow')
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        run(args.rows, args.status)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(rows, status):
    from oversight.accounts.tests.factories import person
    from oversight.interop import services
    from oversight.interop.columns import guess_mapping
    from oversight.interop.importer import import_register
    from oversight.interop.readers import Register
    from oversight.organisations.tests.factories import OrganisationFactory
    from oversight.responses.models import Response

    print(f"database: {connection.vendor}; rows: {rows:,}; status column: {status or 'none'}")
    force = OrganisationFactory(name="Bench Police", short_name="BP")
    liaison = person("liaison", "liaison_officer", force)
    person("owner", "action_owner", force)
    source = timed("write the source register (.xlsx)", rows, lambda: make_register(rows, status))

    def openpyxl_read(fileobj):
        from openpyxl import load_workbook

        fileobj.seek(0)
        workbook = load_workbook(fileobj, read_only=True, data_only=True)
        count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()
        fileobj.seek(0)
        return count

    timed("openpyxl read-only iteration (the floor)", rows, lambda: openpyxl_read(source))

    def do_import(fileobj):
        register = Register(fileobj)
        outcome = import_register(register, guess_mapping(register.headers), organisation=force, by=liaison,
                                  commit=True)
        assert outcome.committed, outcome.problems[:5]
        return outcome

    outcome = timed("import, every row new", rows, lambda: do_import(source))
    assert outcome.created == rows
    register = Response.objects.filter(organisation=force)
    xlsx = timed("export the register to .xlsx", rows, lambda: services.export_register(register, "xlsx"))
    timed("export the register to .csv", rows, lambda: services.export_register(register, "csv"))
    outcome = timed("re-import the export, nothing changed", rows, lambda: do_import(io.BytesIO(xlsx)))
    assert outcome.unchanged == rows, outcome.as_dict()["problems"][:5]
    outcome = timed("dry run of the same file", rows, lambda: import_register(
        Register(io.BytesIO(xlsx)), guess_mapping(Register(io.BytesIO(xlsx)).headers), organisation=force,
        by=liaison, commit=False))


if __name__ == "__main__":
    main()
