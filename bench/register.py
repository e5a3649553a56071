"""Server time of the register, response and report pages with 100,000 responses across 43 forces.

    DATABASE_URL=sqlite:////tmp/oversight-bench.sqlite3 .venv/bin/python bench/register.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_bench .venv/bin/python bench/register.py

Prints median and 95th percentile milliseconds and SQL queries per page (Django test client,
no network), after creating the data set once.
"""

import time

from _pages import RUNS, measure  # sets up Django; must come first  # isort: skip
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from bench._dataset import ensure_dataset  # noqa: E402


def main():
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    user = ensure_dataset()
    print(f"data set ready in {time.perf_counter() - started:.1f}s on {connection.vendor}")
    from oversight.responses.models import Response

    response = Response.objects.filter(organisation__short_name="BF0").order_by("id").first()
    client = Client()
    client.force_login(user)
    pages = {
        "register": "/responses/",
        "register filtered (rag=red, q=vetting)": "/responses/?rag=red&q=vetting",
        "register sorted by due, page 5": "/responses/?sort=due&page=5",
        "response page": f"/responses/{response.pk}/",
        "report page": f"/reports/{response.finding.report_id}/",
        "reports list": "/reports/",
    }
    total = Response.objects.count()
    print(f"{total} responses; {RUNS} runs a page")
    with override_settings(DEBUG=True):
        for name, url in pages.items():
            median, p95, queries = measure(client, url)
            print(f"{name:42s} median {median:7.1f} ms   p95 {p95:7.1f} ms   {queries} queries")


if __name__ == "__main__":
    main()
