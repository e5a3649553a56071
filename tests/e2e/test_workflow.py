"""The life of a response in the browser: the owner asks for sign-off, the portfolio lead signs off
and submits to HMICFRS, the liaison officer records the decision. Rules are tested in
responses/tests/test_workflow.py; this proves the panel, the forms and the redirects."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations, fill_date

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state("networkidle")


def test_a_response_goes_from_in_progress_to_closed_through_the_panel(
    signed_in_as, live_server, liaison_officer, portfolio_lead, action_owner, scene, force
):
    from oversight.organisations.tests.factories import ClosureLevelFactory
    from oversight.responses.models import Evidence, Response

    ClosureLevelFactory(organisation=force, code="Lv3")
    response = scene["r1"]
    Response.objects.filter(pk=response.pk).update(
        owner=action_owner, status_changed_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    Evidence.objects.create(response=response, description="Training register", url="https://example.org/t")
    url = f"{live_server.url}/responses/{response.pk}/"

    page = signed_in_as("ppu-owner")
    page.goto(url)
    expect(page.locator("#transition-panel")).to_contain_text("Not yet: Add an update saying what was done")
    assert_no_axe_violations(page)
    page.get_by_label("What has been done").fill("Supervision checklist in use across PPU")
    page.get_by_role("button", name="Save update").click()
    page.get_by_text("Ask for sign-off").first.click()
    page.locator("#transition-panel").get_by_role("button", name="Ask for sign-off").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Sign-off requested")
    expect(page.locator("#transition-panel")).to_have_count(0)  # nothing more the owner can do
    sign_out(page)

    signed_in_as("crime-lead")
    page.goto(url)
    page.get_by_text("Sign off and submit to HMICFRS").first.click()
    page.locator("#transition-panel").get_by_role("button", name="Sign off and submit to HMICFRS").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Record the closure submission with its level and date")
    assert_no_axe_violations(page)
    page.get_by_label("Closure level").select_option(label="Lv3")
    fill_date(page, "Date submitted to HMICFRS", "2024-03-01")
    page.locator("#transition-panel").get_by_role("button", name="Sign off and submit to HMICFRS").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("submitted to HMICFRS")
    sign_out(page)

    signed_in_as("liaison")
    page.goto(url)
    page.get_by_text("Record HMICFRS accepted closure").first.click()
    fill_date(page, "Date of HMICFRS's decision", "2024-04-02")  # the first panel's: accepted
    page.locator("#transition-panel").get_by_role("button", name="Record HMICFRS accepted closure").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Closed")
    expect(page.locator(".moj-timeline__item").first).to_contain_text("Submitted to HMICFRS")
    response.refresh_from_db()
    assert response.status == "closed"
    assert [t.action for t in response.transitions.order_by("at")] == ["request_sign_off", "submit", "accept"]


@pytest.mark.parametrize("path", ["/audit/", "/my-work/"])
def test_the_audit_and_my_work_pages_have_no_accessibility_violations(
    signed_in_as, live_server, liaison_officer, action_owner, scene, path
):
    from auditlog.context import set_actor

    with set_actor(liaison_officer):
        scene["r1"].owner = liaison_officer
        scene["r1"].narrative = "Audit of 50 cases booked"
        scene["r1"].save()
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}{path}")
    expect(page.locator("h1")).to_be_visible()
    if path == "/audit/":
        expect(page.locator("table")).to_contain_text("Audit of 50 cases booked")
    else:
        expect(page.locator("table")).to_contain_text(scene["r1"].finding.report.title)
    assert_no_axe_violations(page)
