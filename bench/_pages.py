"""What the page benchmarks share: Django set up from the environment, and timing a page.

Import this first: it configures Django (DATABASE_URL chooses SQLite or PostgreSQL).
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/oversight-bench.sqlite3")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", 25))


def measure(client, url, runs=RUNS):
    """Median and 95th percentile server time (ms) of GET url, and the SQL queries of one request."""
    times, queries = [], 0
    for i in range(runs):
        reset_queries()
        start = time.perf_counter()
        reply = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert reply.status_code == 200, (url, reply.status_code)
        if i == 0:
            queries = len(connection.queries)
    times.sort()
    return statistics.median(times), times[max(int(len(times) * 0.95) - 1, 0)], queries
