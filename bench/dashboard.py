"""Server time of the dashboard with 100,000 responses across 43 forces.

    DATABASE_URL=sqlite:////tmp/dashboard-bench.sqlite3 .venv/bin/python bench/dashboard.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/oversight_dashboard_bench .venv/bin/python bench/dashboard.py

Adds closure submissions, a portfolio lead, an action owner and a PCC office overseeing five
forces to the shared data set (bench._dataset), then prints median and 95th percentile
milliseconds and SQL queries per dashboard view (Django test client, no network).
"""

import datetime
import random
import time

from _pages import RUNS, measure  # sets up Django; must come first  # isort: skip

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from bench._dataset import ensure_dataset  # noqa: E402


@transaction.atomic
def ensure_dashboard_data(liaison):
    """Closure submissions at three levels, and the people whose dashboards start elsewhere."""
    from oversight.accounts.models import Membership, User
    from oversight.organisations.models import ClosureLevel, Organisation
    from oversight.responses.models import ClosureSubmission, Response

    people = {"liaison": liaison}
    for role in ("portfolio_lead", "action_owner", "oversight_reviewer"):
        people[role] = User.objects.filter(username=f"bench-{role}").first()
    if all(people.values()):
        return people
    rng = random.Random(7)
    first = liaison.memberships.get().organisation
    office = Organisation.objects.create(kind="pcc_office", name="Bench PCC office", short_name="BPCC")
    office.oversees.set(Organisation.objects.filter(kind="police_force").order_by("id")[:5])
    for role, org in [("portfolio_lead", first), ("action_owner", first), ("oversight_reviewer", office)]:
        people[role] = User.objects.create_user(f"bench-{role}", password="bench-password-123")
        membership = Membership.objects.create(user=people[role], organisation=org, role=role)
        if role == "portfolio_lead":
            membership.portfolios.set(first.portfolio_set.filter(name="Crime"))
    Response.objects.filter(organisation=first, pk__in=list(
        Response.objects.filter(organisation=first).values_list("pk", flat=True)[:300]
    )).update(owner=people["action_owner"])
    submissions = []
    for org in Organisation.objects.filter(kind="police_force"):
        levels = [ClosureLevel.objects.create(organisation=org, code=c, position=i) for i, c in enumerate(("Lv2", "Lv3", "Lv4"))]
        for pk in Response.objects.filter(organisation=org, status__in=["submitted", "closed"]).values_list("pk", flat=True):
            submissions.append(ClosureSubmission(
                response_id=pk, level=rng.choice(levels),
                submitted_on=datetime.date(2023, 8, 1) + datetime.timedelta(days=rng.randrange(800)),
            ))
    ClosureSubmission.objects.bulk_create(submissions, batch_size=5000)
    return people


def main():
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    people = ensure_dashboard_data(ensure_dataset())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics after the bulk load, as autovacuum would gather
    print(f"data set ready in {time.perf_counter() - started:.1f}s on {connection.vendor}")
    from oversight.responses.models import ClosureSubmission, Response

    print(f"{Response.objects.count()} responses, {ClosureSubmission.objects.count()} closure submissions; "
          f"{RUNS} runs a view")
    views = [
        ("liaison officer (one force)", "liaison", "/"),
        ("liaison officer, closures since Aug 2023", "liaison", "/?since=2023-08-01"),
        ("portfolio lead (own portfolio)", "portfolio_lead", "/"),
        ("action owner (own work)", "action_owner", "/"),
        ("PCC office overseeing 5 forces", "oversight_reviewer", "/"),
    ]
    with override_settings(DEBUG=True):
        for name, who, url in views:
            client = Client()
            client.force_login(people[who])
            median, p95, queries = measure(client, url)
            print(f"{name:42s} median {median:7.1f} ms   p95 {p95:7.1f} ms   {queries} queries")


if __name__ == "__main__":
    main()
