"""Journeys of issue 2: sign in, filter the register without a reload, add an update, see it on the timeline."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_liaison_filters_the_register_without_a_full_reload(signed_in_as, live_server, liaison_officer, scene):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/responses/")
    expect(page.locator("#register-count")).to_contain_text("2 responses found")
    assert_no_axe_violations(page)
    page.evaluate("window.__noReload = true")  # survives an htmx swap, not a page load
    page.get_by_label("Red").check()
    expect(page.locator("#register-count")).to_contain_text("1 response found")
    assert page.evaluate("window.__noReload") is True
    assert "rag=red" in page.url  # the filtered view is shareable
    page.reload()
    expect(page.locator("#register-count")).to_contain_text("1 response found")


def test_owner_adds_an_update_and_sees_it_on_the_timeline(signed_in_as, live_server, liaison_officer, scene):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/responses/{scene['r1'].pk}/")
    assert_no_axe_violations(page)
    page.get_by_label("What has been done").fill("Training delivered to all PPU staff")
    page.get_by_role("button", name="Save update").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Update added")
    expect(page.locator(".moj-timeline__item").first).to_contain_text("Training delivered to all PPU staff")


def test_a_missing_update_text_is_reported_in_the_error_summary(signed_in_as, live_server, liaison_officer, scene):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/responses/{scene['r1'].pk}/")
    page.get_by_role("button", name="Save update").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter what has been done.")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("path", ["/reports/", "/gradings/", "/gradings/monitoring/", "/activities/", "/accounts/sign-in/"])
def test_pages_have_no_accessibility_violations(signed_in_as, live_server, liaison_officer, scene, path):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}{path}")
    expect(page.locator("h1")).to_be_visible()
    assert_no_axe_violations(page)


def test_report_and_finding_pages_have_no_accessibility_violations(signed_in_as, live_server, liaison_officer, scene):
    page = signed_in_as("liaison")
    for path in (f"/reports/{scene['report'].pk}/", f"/reports/findings/{scene['cause'].pk}/",
                 f"/responses/{scene['r2'].pk}/edit/"):
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("h1")).to_be_visible()
        assert_no_axe_violations(page)
