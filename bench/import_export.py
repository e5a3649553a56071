"""Rows per second for checking, importing and exporting a large register (issues 6 and 14).

    .venv/bin/python bench/import_export.py [--rows 10000 100000] [--statements]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench .venv/bin/python bench/import_export.py

Runs in a throwaway test database (SQLite in memory, or `test_<name>` on PostgreSQL). It writes
a register of N rows (1,000 rows per report) as .xlsx, imports it (every row new), exports the
register to .xlsx and .csv, and imports the export again (every row matched, nothing changed).
Each figure is printed beside openpyxl's read-only iteration of the same file (the floor). A person
checks a file (the preview) and then imports it; an import straight after a clean check of the same
file relies on that check (interop.checked) and only writes, batch by batch. "check + import" is
both, as a person waits for them.
With --statements, SQL statements per row are counted too. The load average is printed: on a shared
2-core machine it moves every figure.
"""

import argparse
import collections
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

from bench._testdb import throwaway_database  # noqa: E402

HEADERS = ["Report", "Date published", "Rec No", "Type", "Recommendation", "Owner", "Portfolio", "RAG",
           "Due date", "Update", "Status"]


def make_register(rows, status="", owner="owner"):
    """Without a status every response stays a draft; with one, each row also takes workflow steps."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.append(HEADERS if status else HEADERS[:-1])
    for n in range(rows):
        report, ref = divmod(n, 1000)
        sheet.append([f"Inspection report {report}", "30/11/2021", str(ref + 1), "Recommendation",
                      f"The force should improve practice {n}.", owner, f"Portfolio {n % 7}",
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
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--statements", action="store_true", help="count SQL statements per row (slower)")
    parser.add_argument("--status", default="", help='for example "Open": every row then goes through the workflow')
    args = parser.parse_args()

    setup_test_environment()
    with throwaway_database():
        for rows in args.rows:
            run(rows, args.status, args.statements)


def openpyxl_read(fileobj):
    from openpyxl import load_workbook

    fileobj.seek(0)
    workbook = load_workbook(fileobj, read_only=True, data_only=True)
    count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    fileobj.seek(0)
    return count


def counted(enabled, action):
    """(result, statements) of action(); statements is None unless counting."""
    from django.test.utils import CaptureQueriesContext

    if not enabled:
        return action(), None
    # Django keeps only the last 9,000 statements: at 100,000 rows the count came out near 0.
    connection.queries_log = collections.deque(connection.queries_log)
    with CaptureQueriesContext(connection) as queries:
        result = action()
    return result, len(queries.captured_queries)


def run(rows, status, statements=False):
    from oversight.accounts.tests.factories import person
    from oversight.interop import services
    from oversight.interop.columns import guess_mapping
    from oversight.interop.importer import import_register
    from oversight.interop.readers import Register
    from oversight.organisations.tests.factories import OrganisationFactory
    from oversight.responses.models import Response

    print(f"database: {connection.vendor}; rows: {rows:,}; status column: {status or 'none'}; "
          f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    force = OrganisationFactory(name=f"Bench Police {rows}", short_name=f"BP{rows}")
    liaison = person(f"liaison{rows}", "liaison_officer", force)
    person(f"owner{rows}", "action_owner", force)
    source = timed("write the source register (.xlsx)", rows, lambda: make_register(rows, status, f"owner{rows}"))
    timed("openpyxl read-only iteration (the floor)", rows, lambda: openpyxl_read(source))

    def do(fileobj, commit):
        fileobj.seek(0)
        register = Register(fileobj)
        outcome = import_register(register, guess_mapping(register.headers), organisation=force, by=liaison,
                                  commit=commit, checked=commit)  # each import follows its clean check
        assert outcome.ok, outcome.problems[:5]
        return outcome

    took = []

    def step(label, fileobj, commit, expect):
        started = time.perf_counter()
        outcome, count = counted(statements, lambda: timed(label, rows, lambda: do(fileobj, commit)))
        took.append(time.perf_counter() - started)
        assert getattr(outcome, expect) == rows, outcome.as_dict()["problems"][:5]
        if count is not None:
            print(f"{'':<44} {count / rows:>8.2f} SQL statements a row")
        if commit:
            both = took[-2] + took[-1]
            print(f"{'  check + import, as a person waits':<44} {rows:>8,} rows {both:>8.1f} s {rows / both:>9,.0f} rows/s")
        return outcome

    step("check (dry run), every row new", source, False, "created")
    step("import after that check (writes), every row new", source, True, "created")
    register = Response.objects.filter(organisation=force)
    xlsx = timed("export the register to .xlsx", rows, lambda: services.export_register(register, "xlsx"))
    timed("export the register to .csv", rows, lambda: services.export_register(register, "csv"))
    exported = io.BytesIO(xlsx)
    timed("openpyxl read-only iteration of the export", rows, lambda: openpyxl_read(exported))
    step("check the export, nothing changed", exported, False, "unchanged")
    step("import the export after its check, nothing changed", exported, True, "unchanged")


if __name__ == "__main__":
    main()
