"""The papers pages make the same number of queries whatever the number of reports, findings, responses,
updates and meetings: the list, a draft's preview, its edit page and a part's form, and an issued paper."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from oversight.organisations.tests.factories import PortfolioFactory
from oversight.papers.tests.factories import MeetingFactory
from oversight.reports.models import Finding, ReportInvolvement
from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
from oversight.responses.models import Response
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

D = dt.date


def grow(force, committee, n):
    """`n` more reports in the period, each with an AFI, a recommendation, their responses and updates,
    and `n` more past meetings on the list."""
    portfolio = PortfolioFactory(organisation=force, name=f"Portfolio {n}")
    for i in range(n):
        report = ReportFactory(title=f"Report {n}-{i}", published_on=D(2024, 8, 1) + dt.timedelta(days=i))
        ReportInvolvementFactory(report=report, organisation=force, involvement=ReportInvolvement.Involvement.INSPECTED)
        for kind in (Finding.Kind.AREA_FOR_IMPROVEMENT, Finding.Kind.RECOMMENDATION):
            finding = FindingFactory(report=report, kind=kind, ref=f"{kind[:3]}{i}", addressees=["The force"])
            response = ResponseFactory(finding=finding, organisation=force, status=Response.Status.IN_PROGRESS,
                                       rag=Response.Rag.RED, portfolio=portfolio, narrative="A plan.",
                                       target_on=D(2024, 9, 1))
            UpdateFactory(response=response, text=f"Update {i}", written_on=D(2024, 10, 1), rag="red")
        MeetingFactory(committee=committee, held_on=D(2020, 1, 1) + dt.timedelta(days=n * 40 + i))
    Response.objects.update(status_changed_at=dt.datetime(2024, 7, 1, 12, tzinfo=dt.UTC))


def counts(client, meeting):
    afi = Finding.objects.filter(kind=Finding.Kind.AREA_FOR_IMPROVEMENT, report__title__startswith="Report").first()
    urls = {
        "list": reverse("papers:list"),
        "preview": reverse("papers:preview", args=[meeting.pk]),
        "edit": reverse("papers:edit", args=[meeting.pk]),
        "part": reverse("papers:part", args=[meeting.pk, f"finding-{afi.pk}"]),
        "html": reverse("papers:download", args=[meeting.pk, "html"]),
    }
    out = {}
    warm(client)
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, name
        out[name] = len(queries)
    return out


def warm(client):
    """A person's memberships and unread count are kept between requests (accounts/kept.py), and the writes
    of grow() renew them: each measure starts after one visit, so it counts the pages and not the refill."""
    assert client.get(reverse("papers:list")).status_code == 200


def issued_counts(client, meeting):
    out = {}
    warm(client)
    for name, url in {"issued preview": reverse("papers:preview", args=[meeting.pk]),
                      "issued html": reverse("papers:download", args=[meeting.pk, "html"]),
                      "list": reverse("papers:list")}.items():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, name
        out[name] = len(queries)
    return out


def test_papers_pages_make_the_same_number_of_queries_for_3_and_30_reports(client, liaison_officer, force, jac):
    client.force_login(liaison_officer)
    committee = jac.committee
    grow(force, committee, 3)
    client.get(reverse("papers:preview", args=[jac.pk]))  # starts the draft
    small = counts(client, jac)
    grow(force, committee, 27)
    large = counts(client, jac)
    assert small == large, (small, large)


def test_an_issued_paper_reads_with_the_same_number_of_queries_for_3_and_30_reports(
        client, liaison_officer, committee_member, force, jac, settings):
    from oversight.papers import services

    grow(force, jac.committee, 3)
    services.issue(services.paper_for(jac), by=liaison_officer)
    client.force_login(committee_member)
    small = issued_counts(client, jac)
    grow(force, jac.committee, 27)
    # A second issued paper with ten times the findings, read the same way.
    later = MeetingFactory(committee=jac.committee, held_on=D(2025, 3, 1))
    paper = services.paper_for(later)
    paper.period_start = D(2024, 7, 25)
    paper.save()
    services.issue(paper, by=liaison_officer)
    large = issued_counts(client, later)
    assert small == large, (small, large)
