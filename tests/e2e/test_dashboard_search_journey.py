"""Journeys of issue 7: from a dashboard figure to its register rows; search; similar findings."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DASH = "The force should increase the number and quality of DASH risk assessments completed at domestic abuse incidents."


@pytest.fixture
def register(force):
    from oversight.reports.tests.factories import FindingFactory, ReportFactory
    from oversight.responses.tests.factories import ResponseFactory

    west_midlands = FindingFactory(report=ReportFactory(title="PEEL 2018/19"), text=DASH)
    west_mercia = FindingFactory(
        report=ReportFactory(title="PEEL 2017 effectiveness"),
        text="The force should ensure that frontline officers become more proficient in completing DASH risk "
             "assessments at initial response.",
    )
    ResponseFactory(finding=west_midlands, organisation=force, status="in_progress", rag="red",
                    narrative="DASH completion is reviewed at the Vulnerability Improvement Board.")
    ResponseFactory(finding=west_mercia, organisation=force, status="open", rag="amber")
    return {"finding": west_midlands, "similar": west_mercia}


def test_a_red_figure_on_the_dashboard_opens_exactly_those_rows(signed_in_as, live_server, liaison_officer, register):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="red-rated, show them in the register").click()
    expect(page.locator("#register-count")).to_contain_text("1 response found")


def test_search_marks_the_words_found(signed_in_as, live_server, liaison_officer, register):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/search/?q=dash+board")
    expect(page.locator("#result-count")).to_contain_text("1 result")
    expect(page.locator("mark").first).to_have_text("DASH")
    assert_no_axe_violations(page)


def test_a_liaison_officer_links_a_similar_finding(signed_in_as, live_server, liaison_officer, register):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/reports/findings/{register['finding'].pk}/")
    expect(page.locator("#similar-findings table")).to_contain_text("PEEL 2017 effectiveness")  # loaded by htmx
    assert_no_axe_violations(page)
    page.get_by_label("How is it related?").select_option("duplicates")
    page.get_by_role("button", name="Link").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Findings linked")
    expect(page.locator("#similar-findings")).to_contain_text("Duplicates")
