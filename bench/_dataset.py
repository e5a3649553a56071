"""A large register for benchmarks: N responses across 43 forces, generated once per database.

Use from a bench script after `django.setup()`; pass DATABASE_URL to choose SQLite or PostgreSQL.
"""

import datetime
import random

from django.db import connection, transaction
from django.utils import timezone

FORCES = 43


@transaction.atomic
def ensure_dataset(responses=100_000, forces=FORCES, seed=2024):
    """Create the data set unless the database already holds it. Returns the first force's liaison user."""
    from oversight.accounts.models import Membership, User
    from oversight.organisations.models import BusinessArea, Organisation, Portfolio
    from oversight.reports.models import Finding, Report
    from oversight.responses.models import Response, Update

    liaison = User.objects.filter(username="bench-liaison").first()
    if liaison and Response.objects.count() >= responses:
        return liaison
    rng = random.Random(seed)
    orgs = Organisation.objects.bulk_create(
        [Organisation(kind="police_force", name=f"Bench Force {i}", short_name=f"BF{i}") for i in range(forces)]
    )
    portfolios = {o.id: Portfolio.objects.bulk_create([Portfolio(organisation=o, name=n) for n in ("Crime", "Security", "Local Policing")]) for o in orgs}
    areas = {o.id: BusinessArea.objects.bulk_create([BusinessArea(organisation=o, name=n) for n in ("PPU", "ROCU", "Contact", "Criminal Justice")]) for o in orgs}
    for made in [*portfolios.values(), *areas.values()]:  # _insert_responses counts on consecutive ids
        assert [x.id for x in made] == list(range(made[0].id, made[0].id + len(made)))
    liaison = User.objects.create_user("bench-liaison", password="bench-password-123")
    Membership.objects.create(user=liaison, organisation=orgs[0], role="liaison_officer")
    per_force = responses // forces + 1
    reports_needed = per_force // 20 + 1  # 20 findings a report, every force answers every finding
    reports = Report.objects.bulk_create([
        Report(title=f"Inspection report {i}", kind=rng.choice(["peel", "national_thematic", "joint_thematic"]),
               published_on=datetime.date(2015, 1, 1) + datetime.timedelta(days=i * 7))
        for i in range(reports_needed)
    ])
    words = ("investigations supervision vetting safeguarding domestic abuse stalking fraud custody "
             "victims data training governance partners offenders missing children").split()
    findings = Finding.objects.bulk_create([
        Finding(report=r, kind=rng.choice(["recommendation", "recommendation", "area_for_improvement"]),
                ref=str(j + 1), position=j, addressees=["chief constables"],
                text="Chief constables should " + " ".join(rng.choice(words) for _ in range(25)) + ".",
                due_on=r.published_on + datetime.timedelta(days=180))
        for r in reports for j in range(20)
    ])
    _insert_responses(orgs, findings[:per_force], responses)
    first_org = Response.objects.filter(organisation=orgs[0]).values_list("id", flat=True)[:2000]
    Update.objects.bulk_create([Update(response_id=pk, text="Monthly progress update.") for pk in first_org], batch_size=5000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics for the new rows (SQLite has none until asked)
    return liaison


STATUSES = ["open", "in_progress", "awaiting_sign_off", "submitted", "closed"]
RAGS = ["red", "amber", "green", ""]


def _insert_responses(orgs, findings, limit):
    """Every force answers the same findings: one INSERT … SELECT over organisations × findings, so
    the database writes the rows (1,000,000 in under a minute on PostgreSQL) instead of Python
    building them. Status, RAG, portfolio and area are spread by a hash of the two ids (repeatable)."""
    mix = "((f.id * 7919 + o.id * 104729) %% 1000)"  # %% : the SQL goes through the driver's placeholders
    status = "CASE " + " ".join(f"WHEN {mix} %% 5 = {i} THEN '{s}'" for i, s in enumerate(STATUSES)) + " END"
    rag = "CASE " + " ".join(f"WHEN ({mix} / 5) %% 4 = {i} THEN '{r}'" for i, r in enumerate(RAGS)) + " END"
    # Each force's portfolios (areas) were created together, so their ids run on from the first.
    pick = "((SELECT MIN(x.id) FROM {table} x WHERE x.organisation_id = o.id) + ({mix} / 20) %% {n})"
    portfolio = pick.format(table="organisations_portfolio", mix=mix, n=3)
    area = pick.format(table="organisations_businessarea", mix=mix, n=4)
    org_ids = [o.id for o in orgs]
    sql = f"""INSERT INTO responses_response (created_at, updated_at, version, archive_reason, finding_id,
            organisation_id, applicability, applicability_reason, status, status_changed_at, rag, portfolio_id,
            business_area_id, narrative, hmicfrs_status, internal_note)
        SELECT %s, %s, 1, '', f.id, o.id, 'applies', '', {status}, %s, {rag}, {portfolio}, {area},
            'Progress is reported to the board monthly.', '', ''
        FROM organisations_organisation o CROSS JOIN reports_finding f
        WHERE o.id BETWEEN %s AND %s AND f.id BETWEEN %s AND %s
        ORDER BY o.id, f.id LIMIT %s"""
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(sql, [now, now, now, min(org_ids), max(org_ids), findings[0].id, findings[-1].id, limit])


def vacuum():
    """PostgreSQL: mark the bulk-written pages all-visible, so counts are index-only scans as on a
    database autovacuum keeps (a bounded national count: 410 ms without, 40 ms with, at 1,000,000)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


@transaction.atomic
def ensure_viewers():
    """The people the page benchmark signs in as: a force's liaison officer, a PCC office overseeing
    five forces, and a national superuser with no memberships. Also fills the search index once
    (the data set is bulk-created, which bypasses the signals that keep it current)."""
    from oversight.accounts.models import Membership, User
    from oversight.organisations.models import Organisation
    from oversight.search import index
    from oversight.search.models import SearchDocument

    users = {"liaison": User.objects.get(username="bench-liaison")}
    pcc = User.objects.filter(username="bench-pcc").first()
    if pcc is None:
        office = Organisation.objects.create(kind="pcc_office", name="Bench PCC office", short_name="BPCC")
        office.oversees.set(Organisation.objects.filter(short_name__in=[f"BF{i}" for i in range(5)]))
        pcc = User.objects.create_user("bench-pcc", password="bench-password-123")
        Membership.objects.create(user=pcc, organisation=office, role="oversight_reviewer")
    users["pcc"] = pcc
    users["national"] = User.objects.filter(username="bench-national").first() or User.objects.create_superuser(
        "bench-national", password="bench-password-123")
    if not SearchDocument.objects.exists():
        index.rebuild()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # the planner's estimates for the new documents
    return users
