"""Server time of search with 100,000 responses across 43 forces (issue 7: under 100 ms).

    DATABASE_URL=sqlite:////tmp/dashboard-bench.sqlite3 .venv/bin/python bench/search.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_dashboard_bench .venv/bin/python bench/search.py

Builds the data set once (bench._dataset), indexes it for search (bulk loads bypass the signals),
then prints median and 95th percentile milliseconds per query: the search function alone and the
whole search page (Django test client, no network).
"""

import statistics
import time

from _pages import RUNS  # sets up Django; must come first  # isort: skip
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench._dataset import ensure_dataset  # noqa: E402

QUERIES = {
    "common word in findings (vetting)": "vetting",
    "two words (domestic abuse)": "domestic abuse",
    "every narrative matches (board monthly)": "board monthly",
    "stemmed (investigation)": "investigation",
    "nothing matches": "xylophone",
}


def timed(call):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def ensure_index():
    from oversight.search import index
    from oversight.search.models import SearchDocument

    if SearchDocument.objects.filter(kind="response").count() < 1000:
        started = time.perf_counter()
        made = index.rebuild()
        print(f"indexed {made} search documents in {time.perf_counter() - started:.1f}s")


def main():
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    user = ensure_dataset()
    ensure_index()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics after the bulk load, as autovacuum would gather
    print(f"data set ready in {time.perf_counter() - started:.1f}s on {connection.vendor}")
    from oversight.responses.models import Response
    from oversight.search import backends
    from oversight.search.models import SearchDocument

    print(f"{Response.objects.count()} responses, {SearchDocument.objects.count()} search documents; {RUNS} runs each")
    client = Client()
    client.force_login(user)
    for name, text in QUERIES.items():
        hits = backends.search(text, user=user)
        found = hits.count()
        median, p95 = timed(lambda t=text: list(backends.search(t, user=user)[:20]))
        page_median, page_p95 = timed(lambda t=text: client.get("/search/", {"q": t}))
        print(f"{name:42s} {found:6d} hits   first page median {median:6.1f} ms p95 {p95:6.1f} ms   "
              f"page median {page_median:6.1f} ms p95 {page_p95:6.1f} ms")


if __name__ == "__main__":
    main()
