"""Time and memory of the register export (issue 10/17): the old way (the whole file built in memory,
then sent) against the download as served now: CSV streamed row by row, the workbook written to a
temporary file in openpyxl's write-only mode and sent from it, and, past EXPORT_INLINE_ROWS, the
file written by a task (interop.exports.write_export) while the page says it is being prepared.

    .venv/bin/python bench/register_export.py [--rows 100000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/every .venv/bin/python bench/register_export.py

Runs in a throwaway test database. Rows are written with bulk_create (a fixture, not the journey);
every tenth response has an update.
With --memory each step reports the peak of Python's own allocations (tracemalloc) instead of times.
"""

import argparse
import datetime
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,testserver")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


def make_register(rows):
    from oversight.accounts.tests.factories import person
    from oversight.organisations.models import Portfolio
    from oversight.organisations.tests.factories import OrganisationFactory
    from oversight.reports.models import Finding, Report
    from oversight.responses.models import Response, Update

    force = OrganisationFactory(name="Bench Police", short_name="BP")
    liaison = person("liaison", "liaison_officer", force)
    owner = person("owner", "action_owner", force)
    portfolio = Portfolio.objects.create(organisation=force, name="Crime")
    reports = Report.objects.bulk_create([
        Report(title=f"Inspection report {n}", kind="peel", published_on=datetime.date(2022, 1, 1) + datetime.timedelta(days=n))
        for n in range((rows + 999) // 1000)])
    findings = Finding.objects.bulk_create([
        Finding(report=reports[n // 1000], kind="recommendation", ref=str(n % 1000 + 1), position=n % 1000,
                text=f"The force should improve practice {n}." + (" =SUM(A1)" if n % 50 == 0 else ""))
        for n in range(rows)], batch_size=2000)
    responses = Response.objects.bulk_create([
        Response(finding=f, organisation=force, owner=owner, portfolio=portfolio, rag=("red", "amber", "green")[n % 3],
                 target_on=datetime.date(2027, 1, 1)) for n, f in enumerate(findings)], batch_size=2000)
    Update.objects.bulk_create([Update(response=r, text=f"Progress note {n}", by=owner)
                                for n, r in enumerate(responses) if n % 10 == 0], batch_size=2000)
    return force, liaison


TRACE = False  # --memory: Python's own allocations (tracemalloc) instead of times


def timed(label, rows, action):
    if TRACE:
        tracemalloc.start()
        _, size = action()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{label:<52} {rows:>8,} rows  file {size / 1e6:>6.1f} MB  peak Python memory {peak / 1e6:>7.1f} MB",
              flush=True)
        return
    started = time.perf_counter()
    first, size = action()
    seconds = time.perf_counter() - started
    print(f"{label:<52} {rows:>8,} rows {seconds:>7.1f} s  first byte {first:>6.1f} s  {size / 1e6:>6.1f} MB",
          flush=True)


def download(client, params):
    def run():
        started = time.perf_counter()
        reply = client.get("/interop/export/register/", params)
        assert reply.status_code == 200, reply.status_code
        first, size = None, 0
        for chunk in reply.streaming_content:
            if first is None:
                first = time.perf_counter() - started
            size += len(chunk)
        reply.close()
        return first, size
    return run


def in_memory(queryset, fmt):
    def run():
        from oversight.interop import services

        started = time.perf_counter()
        content = services.export_register(queryset, fmt)
        return time.perf_counter() - started, len(content)  # nothing is sent before the whole file exists
    return run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args()
    global TRACE
    TRACE = args.memory
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from bench._testdb import point_mirrors

    point_mirrors()  # the cache's own connection ("side") into the test database too
    try:
        from django.test import Client

        print(f"database: {connection.vendor}; rows: {args.rows:,}; load average {os.getloadavg()[0]:.2f}")
        started = time.perf_counter()
        force, liaison = make_register(args.rows)
        print(f"register written in {time.perf_counter() - started:.1f} s", flush=True)
        from django.conf import settings
        from django.http import QueryDict

        from oversight.interop import exports

        settings.EXPORT_INLINE_ROWS = args.rows  # measure the streamed downloads at full size
        client = Client()
        client.force_login(liaison)
        rows = args.rows
        client.get("/interop/export/register/", {"format": "csv", "q": "nothing-matches"})  # warm up: imports, templates
        timed("download .csv, streamed (every column)", rows, download(client, {"format": "csv"}))
        timed("download .csv, streamed (columns chosen: rag, owner)", rows,
              download(client, {"format": "csv", "cols": ["rag", "owner"]}))
        timed("download .xlsx, from a temporary file (every column)", rows, download(client, {"format": "xlsx"}))
        for fmt in ("csv", "xlsx"):
            def job(fmt=fmt):
                started = time.perf_counter()
                run = exports.queue_export(QueryDict(""), fmt, by=liaison)
                queued = time.perf_counter() - started  # what the person waits for before the status page
                run = exports.write_export(run)
                assert run.state == "ready" and run.rows == rows
                return queued, run.file.size
            timed(f"task: .{fmt} written to storage (every column)", rows, job)
        # The old view's own query (the register's, through the read policy), built in memory.
        register = exports.register_rows(QueryDict(""), liaison)
        timed("before: .csv built in memory (every column)", rows, in_memory(register, "csv"))
        timed("before: .xlsx built in memory (every column)", rows, in_memory(register, "xlsx"))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
