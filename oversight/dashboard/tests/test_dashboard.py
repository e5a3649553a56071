import datetime
import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from oversight.activities.models import InspectionActivity
from oversight.gradings.models import Grading, MonitoringPhase
from oversight.organisations.tests.factories import BusinessAreaFactory, ClosureLevelFactory, PortfolioFactory
from oversight.reports.models import Finding, StatutoryResponse
from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.models import ClosureSubmission
from oversight.responses.tests.factories import ResponseFactory

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)
FIGURE = re.compile(r'href="(/responses/\?[^"]*)" data-count="(\d+)"')
AFI = Finding.Kind.AREA_FOR_IMPROVEMENT
CAUSE = Finding.Kind.CAUSE_OF_CONCERN


@pytest.fixture
def scene(force, other_force, crime_portfolio, action_owner, liaison_officer):
    """A small register with every figure the dashboard shows, plus things it must leave out."""
    security = PortfolioFactory(organisation=force, name="Security")
    ppu = BusinessAreaFactory(organisation=force, name="PPU", portfolio=crime_portfolio)
    lv2, lv3 = ClosureLevelFactory(organisation=force, code="Lv2"), ClosureLevelFactory(organisation=force, code="Lv3")
    lv3.position = 1
    lv3.save()

    def response(kind=Finding.Kind.RECOMMENDATION, **kw):
        return ResponseFactory(finding=FindingFactory(kind=kind), organisation=kw.pop("organisation", force), **kw)

    rows = {
        "overdue_red": response(status="in_progress", rag="red", target_on=TODAY - 3 * DAY, owner=action_owner,
                                portfolio=crime_portfolio, business_area=ppu),
        "due_soon": response(AFI, status="in_progress", rag="amber", target_on=TODAY + 10 * DAY, portfolio=security),
        "due_later": response(status="open", target_on=TODAY + 90 * DAY, portfolio=crime_portfolio),
        "awaiting": response(CAUSE, status="awaiting_sign_off", rag="green", owner=action_owner),
        "submitted": response(status="submitted", rag="green", portfolio=crime_portfolio),
        "closed": response(AFI, status="closed", rag="green", portfolio=crime_portfolio),
        "draft": response(status="draft", rag="red"),
        "archived": response(status="in_progress", rag="red", archived_at=timezone.now()),
        "elsewhere": response(status="in_progress", rag="red", organisation=other_force),
    }
    rows["finding_due"] = ResponseFactory(
        finding=FindingFactory(due_on=TODAY - DAY), organisation=force, status="open", rag="red"
    )
    since = TODAY - 100 * DAY
    for key, level, on in [("submitted", lv2, since + DAY), ("closed", lv2, since + 2 * DAY),
                           ("closed", lv3, since + 30 * DAY), ("awaiting", lv2, since - DAY)]:
        ClosureSubmission.objects.create(response=rows[key], level=level, submitted_on=on, by=liaison_officer)
    MonitoringPhase.objects.create(organisation=force, phase="engage", started_on=TODAY - 400 * DAY,
                                   reason="Four causes of concern")
    MonitoringPhase.objects.create(organisation=force, phase="scan", started_on=TODAY - 800 * DAY,
                                   ended_on=TODAY - 401 * DAY)
    Grading.objects.create(organisation=force, framework="peel_2018_19", area="Investigating crime", grade="good",
                           published_on=datetime.date(2019, 5, 2), stated_trend="same")
    Grading.objects.create(organisation=force, framework="peel_2023_25", area="Investigating crime",
                           grade="inadequate", published_on=datetime.date(2023, 12, 22))
    InspectionActivity.objects.create(organisation=force, inspection="Youth out-of-court disposals",
                                      kind="fieldwork", starts_on=TODAY + 20 * DAY)
    InspectionActivity.objects.create(organisation=force, inspection="PEEL 2021", kind="fieldwork",
                                      starts_on=TODAY - 900 * DAY)
    report = ReportFactory(title="Activism and impartiality in policing", published_on=TODAY - 20 * DAY)
    StatutoryResponse.objects.create(report=report, organisation=force, due_on=TODAY + 35 * DAY)
    return {"rows": rows, "since": since}


def figures_on(page):
    return [(html.unescape(url), int(count)) for url, count in FIGURE.findall(page.content.decode())]


def assert_each_figure_equals_its_register_rows(client, page):
    found = figures_on(page)
    assert found, "the dashboard shows no linked figures"
    for url, count in found:
        register = client.get(url)
        assert register.status_code == 200, url
        assert register.context["total"] == count, f"{url} lists {register.context['total']}, dashboard says {count}"
    return found


def test_every_figure_equals_the_register_rows_it_links_to(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("dashboard:home"), {"since": scene["since"].isoformat()})
    assert page.status_code == 200
    assert len(assert_each_figure_equals_its_register_rows(client, page)) >= 20
    c = page.context
    assert (c["open"].count, c["overdue"].count, c["due_soon"].count, c["red"].count) == (6, 2, 1, 2)
    assert [(f.label, f.count) for f in c["closures"]] == [
        ("Area for improvement Lv3", 1), ("Area for improvement Lv2", 1), ("Recommendation Lv2", 1)
    ]
    assert c["closure_total"].count == 2  # two responses; the one submitted before the date is left out


def test_the_dashboard_shows_phase_gradings_activity_and_statutory_responses(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("dashboard:home")).content.decode()
    assert "Engage (enhanced monitoring)" in page and "Scan (routine" not in page
    assert "Inadequate" in page and "not comparable (grading scale changed)" in page
    assert "Youth out-of-court disposals" in page and "PEEL 2021" not in page
    assert "Activism and impartiality in policing" in page


def test_each_chart_has_a_text_summary_and_its_data_as_a_table(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("dashboard:home"))
    assert page.context["by_kind"].summary == "6 in all. Recommendation 4, Area for improvement 1, Cause of concern 1."
    html_text = page.content.decode()
    assert html_text.count("<table class=\"govuk-table app-chart\"") == 5
    assert 'aria-hidden="true" focusable="false" width="100%"' in html_text
    assert "style=" not in html_text  # the CSP forbids inline styles


def test_a_portfolio_lead_starts_from_their_portfolio(client, portfolio_lead, scene, crime_portfolio):
    client.force_login(portfolio_lead)
    page = client.get(reverse("dashboard:home"))
    assert page.context["scope"].label == "Crime portfolio"
    assert page.context["open"].count == 3 and page.context["open"].params["portfolio"] == crime_portfolio.pk
    assert_each_figure_equals_its_register_rows(client, page)
    everything = client.get(reverse("dashboard:home"), {"view": "all"})
    assert everything.context["open"].count == 6


def test_an_action_owner_starts_from_their_own_work(client, action_owner, scene):
    client.force_login(action_owner)
    page = client.get(reverse("dashboard:home"))
    assert page.context["scope"].label == "Your work"
    assert page.context["open"].count == 2 and page.context["red"].count == 1
    assert_each_figure_equals_its_register_rows(client, page)


def test_a_pcc_office_sees_across_its_organisations_and_can_pick_one(client, reviewer, scene, force):
    client.force_login(reviewer)
    page = client.get(reverse("dashboard:home"))
    assert page.context["open"].count == 6
    one = client.get(reverse("dashboard:home"), {"organisation": force.pk})
    assert one.context["open"].count == 6 and one.context["open"].params["organisation"] == force.pk
    assert_each_figure_equals_its_register_rows(client, one)


def test_another_organisations_findings_are_never_counted(client, other_org_liaison, scene, force):
    client.force_login(other_org_liaison)
    page = client.get(reverse("dashboard:home"))
    assert page.context["open"].count == 1 and page.context["red"].count == 1
    refused = client.get(reverse("dashboard:home"), {"organisation": force.pk})
    assert refused.status_code == 400 and "Select a valid choice" in refused.content.decode()


def test_a_bad_date_gets_a_clear_message(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("dashboard:home"), {"since": "31/02/2024"})
    assert page.status_code == 400
    assert "Closure submissions since must be a real date" in page.content.decode()
    assert "open" not in page.context


@pytest.mark.parametrize("rows", [10, 500])
def test_dashboard_query_count_is_constant(client, liaison_officer, force, rows, django_assert_max_num_queries):
    portfolio = PortfolioFactory(organisation=force)
    level = ClosureLevelFactory(organisation=force)
    responses = ResponseFactory.create_batch(rows, organisation=force, status="in_progress", rag="amber",
                                             portfolio=portfolio, target_on=TODAY + DAY)
    ClosureSubmission.objects.bulk_create(
        ClosureSubmission(response=r, level=level, submitted_on=TODAY) for r in responses[::3]
    )
    client.force_login(liaison_officer)
    # 16: +1 statutory responses published on time (issue 13), +1 the header's unread notification count (issue 10);
    # 17: overdue and due soon are read from the kept tally of dates, apart from the other figures (issue 17)
    with django_assert_max_num_queries(17):
        page = client.get(reverse("dashboard:home"))
    assert page.context["open"].count == rows
