"""Build the benchmark data set in the database DATABASE_URL names, and say how long it took.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench_1m BENCH_RESPONSES=1000000 .venv/bin/python bench/build_dataset.py

The page benchmarks build it too when it is missing; this builds it ahead of them (one database a size).
"""

import os
import time

os.environ.setdefault("LOG_LEVEL", "WARNING")
from _pages import connection  # sets up Django; must come first  # isort: skip
from django.core.management import call_command  # noqa: E402

from bench._dataset import ensure_dataset, ensure_viewers, vacuum  # noqa: E402


def main():
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    wanted = int(os.environ.get("BENCH_RESPONSES", 100_000))
    started = time.perf_counter()
    ensure_dataset(wanted)
    built = time.perf_counter()
    ensure_viewers()
    vacuum()
    from oversight.responses.models import Response

    print(f"{Response.objects.count()} responses on {connection.vendor}: rows {built - started:.0f}s, "
          f"search index and viewers {time.perf_counter() - built:.0f}s; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
