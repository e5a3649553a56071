"""What the audit trail costs per save: queries and time with django-auditlog on and off.

Runs against a throw-away test database (SQLite by default, PostgreSQL when DATABASE_URL is set):
    .venv/bin/python bench/audit_cost.py [--saves 500]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "localhost")

import django  # noqa: E402

django.setup()

from auditlog.context import disable_auditlog, set_actor  # noqa: E402
from auditlog.models import LogEntry  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def measure(saves, edit):
    """Median milliseconds and queries per call of `edit(i)`."""
    times, queries = [], []
    for i in range(saves):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            edit(i)
            times.append((time.perf_counter() - start) * 1000)
        queries.append(len(captured.captured_queries))
    return statistics.median(times), statistics.median(queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=300)
    saves = parser.parse_args().saves

    setup_test_environment()
    from bench._testdb import throwaway_database

    with throwaway_database():
        run(saves)


def run(saves):
    from oversight.accounts.tests.factories import person
    from oversight.core.services import save_versioned
    from oversight.organisations.tests.factories import OrganisationFactory
    from oversight.responses import workflow
    from oversight.responses.tests.factories import ResponseFactory

    force = OrganisationFactory(short_name="BENCH", name="Bench Police")
    liaison = person("bench-liaison", "liaison_officer", force)
    response = ResponseFactory(organisation=force, status="draft")

    def edit(i):
        response.narrative = f"Narrative revision {i}"
        save_versioned(response, ["narrative"], expected_version=response.version)

    print(f"database: {connection.vendor}; {saves} saves each; median per save")
    with set_actor(liaison):
        with disable_auditlog():
            off_ms, off_q = measure(saves, edit)
        before = LogEntry.objects.count()
        on_ms, on_q = measure(saves, edit)
        entries = LogEntry.objects.count() - before

        # Each transition: confirm (draft→open) then mark it back by hand so the next can run.
        from oversight.responses.models import Response

        def move(i):
            response.refresh_from_db()
            workflow.transition(response, "confirm", by=liaison)

        def reset():
            Response.objects.filter(pk=response.pk).update(status="draft")

        t_times, t_queries = [], []
        for _ in range(min(saves, 100)):
            reset()
            ms, q = measure(1, move)
            t_times.append(ms)
            t_queries.append(q)

    print(f"response edit without auditlog: {off_q:.0f} queries, {off_ms:.2f} ms")
    print(f"response edit with auditlog:    {on_q:.0f} queries, {on_ms:.2f} ms "
          f"(+{on_q - off_q:.0f} queries, +{on_ms - off_ms:.2f} ms; {entries / saves:.1f} log entries per save)")
    print(f"workflow.transition (refresh + guards + conditional UPDATE + Transition row + log entry): "
          f"{statistics.median(t_queries):.0f} queries, {statistics.median(t_times):.2f} ms")


if __name__ == "__main__":
    main()
