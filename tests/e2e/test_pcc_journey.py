"""Journeys of issue 13: the PCC office drafts, approves and publishes its s55 comments; the liaison
officer keeps gradings, monitoring phases and the calendar; an administrator keeps the reference lists.
Each new page is checked with axe-core."""


import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations, fill_date

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pcc_drafter(pcc_office):
    from oversight.accounts.tests.factories import person

    return person("pcc-drafter", "liaison_officer", pcc_office)


@pytest.fixture
def statutory(scene, force, pcc_office):
    from oversight.reports.services import ensure_statutory_response

    return ensure_statutory_response(scene["report"], force)[0]


def test_the_pcc_office_drafts_approves_and_publishes_its_comments(signed_in_as, live_server, statutory, pcc_drafter,
                                                                   reviewer, browser):
    page = signed_in_as("pcc-drafter")
    page.goto(f"{live_server.url}{statutory.report.get_absolute_url()}")
    expect(page.locator(f"#statutory-clock-{statutory.pk}")).to_contain_text("Due 15 February 2024")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Open the PCC's comments").click()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Draft the comments").click()
    assert_no_axe_violations(page)
    page.get_by_label("The PCC's comments on the report").fill("The PCC welcomes the report.")
    page.get_by_label("The PCC's comment on Recommendation 1").fill("The PCC will scrutinise this monthly.")
    page.get_by_role("button", name="Save the draft").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Draft comments saved")
    page.get_by_role("button", name="Send for approval").click()
    page.get_by_role("button", name="Approve the comments").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("A second person must approve")

    second = browser.new_context().new_page()
    from oversight.accounts.tests.factories import PASSWORD

    second.goto(f"{live_server.url}/accounts/sign-in/")
    second.get_by_label("Username").fill("pcc-office")
    second.get_by_label("Password").fill(PASSWORD)
    second.get_by_role("button", name="Sign in").click()
    second.goto(f"{live_server.url}{statutory.get_absolute_url()}")
    second.get_by_role("button", name="Approve the comments").click()
    expect(second.locator("#statutory-status")).to_have_text("Approved")
    assert_no_axe_violations(second)
    fill_date(second, "Date the comments were published", "2024-02-10")
    second.get_by_label("Web address of the published comments").fill("https://www.westmidlands-pcc.gov.uk/peel")
    fill_date(second, "Date copied to the Home Secretary", "2024-02-10")
    fill_date(second, "Date copied to HMICFRS", "2024-02-11")
    second.get_by_role("button", name="Record publication").click()
    expect(second.locator("#statutory-clock")).to_contain_text("Published 10 February 2024")
    second.get_by_role("link", name="Read the comments as a web page").click()
    expect(second.locator("h1")).to_contain_text("The Police and Crime Commissioner's comments")
    expect(second.get_by_text("The PCC will scrutinise this monthly.")).to_be_visible()
    assert_no_axe_violations(second)


def test_the_liaison_officer_keeps_gradings_monitoring_and_the_calendar(signed_in_as, live_server, scene,
                                                                        liaison_officer):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/gradings/record/")
    assert_no_axe_violations(page)
    page.get_by_label("Organisation graded").select_option(label="West Midlands Police")
    page.get_by_label("Framework").select_option("peel_2018_19")
    page.get_by_label("Inspection year").fill("2019")
    page.get_by_label("Graded question 1").fill("Investigating crime")
    page.get_by_label("Grade 1", exact=True).select_option("adequate")
    fill_date(page, "Date the gradings were published", "2019-09-01")
    page.get_by_role("button", name="Record the gradings").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("four-point scale used in 2019")
    assert_no_axe_violations(page)

    page.goto(f"{live_server.url}/gradings/monitoring/change/")
    assert_no_axe_violations(page)
    page.get_by_label("Organisation", exact=True).select_option(label="West Midlands Police")
    page.get_by_label("New monitoring phase").select_option("engage")
    fill_date(page, "Date of the change", "2024-01-10")
    page.get_by_role("button", name="Record the change").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Phase change recorded")

    page.goto(f"{live_server.url}/activities/add/")
    assert_no_axe_violations(page)
    page.get_by_label("Organisation", exact=True).select_option(label="West Midlands Police")
    page.get_by_label("Inspection", exact=True).fill("PEEL 2025")
    page.get_by_label("Activity", exact=True).select_option("fieldwork")
    fill_date(page, "Starts", "2025-05-12")
    fill_date(page, "Ends (optional)", "2025-05-16")
    page.get_by_role("button", name="Save the activity").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Activity saved")
    page.goto(f"{live_server.url}/activities/?month=2025-05")
    assert_no_axe_violations(page)
    page.goto(f"{live_server.url}/activities/subscribe/")
    assert_no_axe_violations(page)


def test_an_administrator_keeps_the_reference_lists(signed_in_as, live_server, scene, admin_user):
    page = signed_in_as("admin")
    page.goto(f"{live_server.url}/organisations/portfolios/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Add", exact=True).click()
    assert_no_axe_violations(page)
    page.get_by_label("Organisation", exact=True).select_option(label="West Midlands Police")
    page.get_by_label("Name").fill("crime")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("already a portfolio called “crime”")
    assert_no_axe_violations(page)
