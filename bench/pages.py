"""Every page of issue 17 beside the database's own time for the same rows.

    DATABASE_URL=sqlite:////tmp/oversight-bench-100k.sqlite3 BENCH_RESPONSES=100000 .venv/bin/python bench/pages.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench BENCH_RESPONSES=100000 .venv/bin/python bench/pages.py

Builds BENCH_RESPONSES responses across 43 forces once per database (use one database per size),
then for each page prints p50/p95 server time (Django test client, no network), the SQL queries of
one request, the raw-SQL time (the same statements the page ran, re-run through a cursor and fetched)
and the ratio page/raw. BENCH_PAGES narrows to pages whose name contains one of its comma-separated words.
"""

import os
import statistics
import time

os.environ.setdefault("LOG_LEVEL", "WARNING")  # no request log lines between the figures
from _pages import RUNS  # sets up Django; must come first  # isort: skip
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from bench._dataset import ensure_dataset, ensure_viewers, vacuum  # noqa: E402

SORTS = ["published", "-published", "due", "-due", "status", "rag", "owner", "-updated"]


def pages(response, report_id, last_force_page, deep_national):
    force = {
        "register": "/responses/",
        "register filtered (status=open, rag=red, q=vetting)": "/responses/?status=open&rag=red&q=vetting",
        **{f"register sort={s}": f"/responses/?sort={s}" for s in SORTS},
        f"register last page ({last_force_page})": f"/responses/?page={last_force_page}",
        "response page": f"/responses/{response.pk}/",
        "report page": f"/reports/{report_id}/",
        "dashboard (one force)": "/",
        "my work (liaison)": "/my-work/",
    }
    pcc = {"PCC register (5 forces)": "/responses/", "PCC dashboard (5 forces)": "/"}
    national = {
        "national register": "/responses/",
        "national status=open": "/responses/?status=open",
        "national status=open&rag=red": "/responses/?status=open&rag=red",
        **{f"national sort={s}": f"/responses/?sort={s}" for s in SORTS},
        f"national page {deep_national}": f"/responses/?page={deep_national}",
        **{f"national page {deep_national}, sort={s}": f"/responses/?page={deep_national}&sort={s}"
           for s in ("due", "-updated", "owner", "status")},
        "national q=vetting": "/responses/?q=vetting",
        "national dashboard": "/",
        "national search": "/search/?q=vetting+custody",
    }
    return {"liaison": force, "pcc": pcc, "national": national}


def raw_sql_ms(statements, runs):
    """Median time of re-running the page's own SQL, fetching every row (the database's part)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
                if cursor.description:
                    cursor.fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(client, url, runs):
    # One request first, untimed: templates compiled and the person's kept dropdown lists built
    # (responses/choices.py), so the figures are those of a page people keep using.
    assert client.get(url).status_code == 200, url
    times, cpu, statements = [], [], []
    for i in range(runs):
        reset_queries()
        start, start_cpu = time.perf_counter(), time.process_time()
        reply = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert reply.status_code == 200, (url, reply.status_code, reply.content[:300])
        if i == 0:
            # Reads only: the session's write-back is not the page's work.
            statements = [q["sql"] for q in connection.queries if q["sql"].lstrip().upper().startswith(("SELECT", "WITH"))]
            queries = len(connection.queries)
    times.sort()
    return statistics.median(times), times[max(int(len(times) * 0.95) - 1, 0)], statistics.median(cpu), queries, statements


def main():
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)  # PostgreSQL's cache is a table (the national dashboard)
    wanted = int(os.environ.get("BENCH_RESPONSES", 100_000))
    only = [w for w in os.environ.get("BENCH_PAGES", "").split(",") if w]
    started = time.perf_counter()
    ensure_dataset(wanted)
    users = ensure_viewers()
    vacuum()
    from oversight.responses.models import Response

    total = Response.objects.count()
    response = Response.objects.filter(organisation=users["liaison"].memberships.get().organisation).order_by("id").first()
    print(f"{total} responses on {connection.vendor} (ready in {time.perf_counter() - started:.0f}s); "
          f"{RUNS} runs a page; load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    # cpu: this process's CPU time for the request (Python, and SQLite's own work, not PostgreSQL's),
    # which a shared machine's load stretches far less than the wall-clock p50.
    print(f"{'page':52s} {'p50':>8s} {'p95':>8s} {'cpu p50':>8s} {'queries':>7s} {'raw SQL':>8s} {'ratio':>6s}")
    deep = min(max(total // 50 // 2, 1), 1000)  # half way down the national register, at most its last page
    in_force = Response.objects.filter(organisation=response.organisation_id).count()
    with override_settings(DEBUG=True):
        for who, urls in pages(response, response.finding.report_id, max((in_force + 49) // 50, 1), deep).items():
            client = Client()
            client.force_login(users[who])
            for name, url in urls.items():
                if only and not any(w in name for w in only):
                    continue
                p50, p95, cpu, queries, statements = measure(client, url, RUNS)
                raw = raw_sql_ms(statements, max(RUNS // 3, 3))
                print(f"{name:52s} {p50:7.1f}ms {p95:7.1f}ms {cpu:7.1f}ms {queries:7d} {raw:7.1f}ms "
                      f"{p50 / raw if raw else 0:5.1f}×",
                      flush=True)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
