"""Where one page's time goes: cProfile over repeated requests, and the SQL of one request (issue 17).

    DATABASE_URL=sqlite:////tmp/oversight-bench.sqlite3 .venv/bin/python bench/profile_page.py /responses/
    BENCH_USER=bench-pcc BENCH_RUNS=50 BENCH_SORT=tottime ... bench/profile_page.py /responses/?sort=due

Uses the data set of bench/_dataset.py (build it with bench/pages.py first). Prints the queries of one
request with their time, then the profile's top functions by BENCH_SORT (cumulative by default).
"""

import cProfile
import os
import pstats
import sys

os.environ.setdefault("LOG_LEVEL", "WARNING")
from _pages import RUNS  # sets up Django; must come first  # isort: skip
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402


def main():
    from oversight.accounts.models import User

    url = sys.argv[1] if len(sys.argv) > 1 else "/responses/"
    client = Client()
    client.force_login(User.objects.get(username=os.environ.get("BENCH_USER", "bench-liaison")))
    for _ in range(3):  # warm the template cache and the connection
        assert client.get(url).status_code == 200
    with override_settings(DEBUG=True):
        reset_queries()
        client.get(url)
        print(f"{len(connection.queries)} queries for {url}")
        for q in connection.queries:
            print(f"  {float(q['time']) * 1000:6.1f} ms  {q['sql'][:160]}")
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(RUNS):
        client.get(url)
    profile.disable()
    stats = pstats.Stats(profile)
    print(f"{stats.total_tt / RUNS * 1000:.1f} ms a request under the profiler ({RUNS} requests)")
    stats.sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(int(os.environ.get("BENCH_TOP", 45)))


if __name__ == "__main__":
    main()
