"""No lost update: two people edit the same response (or update) at once in two browser sessions;
the second save is refused, shows what the first saved, and keeps the second person's text."""

import pytest
from playwright.sync_api import expect

from oversight.accounts.tests.factories import PASSWORD
from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def second_session(browser, live_server, username):
    """Another person, in their own browser context (own cookies), signed in through the form."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("networkidle")
    return context, page


def test_the_second_save_of_a_response_is_refused_and_keeps_the_second_persons_text(
    signed_in_as, browser, live_server, liaison_officer, portfolio_lead, scene
):
    response = scene["r1"]
    url = f"{live_server.url}/responses/{response.pk}/edit/"
    first = signed_in_as("liaison")
    context, second = second_session(browser, live_server, "crime-lead")
    try:
        first.goto(url)
        second.goto(url)
        first.get_by_label("Force response").fill("Liaison: audit of 50 cases booked for January")
        second.get_by_label("Force response").fill("Lead: supervision checklist rolled out")
        first.get_by_role("button", name="Save the response").click()
        expect(first.locator(".govuk-notification-banner")).to_contain_text("Response saved")

        second.get_by_role("button", name="Save the response").click()
        expect(second.locator(".govuk-error-summary")).to_contain_text("Someone else changed this record")
        expect(second.locator("#current-values")).to_contain_text("Liaison: audit of 50 cases booked for January")
        expect(second.get_by_label("Force response")).to_have_value("Lead: supervision checklist rolled out")
        assert_no_axe_violations(second)

        response.refresh_from_db()
        assert response.narrative == "Liaison: audit of 50 cases booked for January"

        # Having seen both, the second person saves again and their text now wins, knowingly.
        second.get_by_role("button", name="Save the response").click()
        expect(second.locator(".govuk-notification-banner")).to_contain_text("Response saved")
        response.refresh_from_db()
        assert response.narrative == "Lead: supervision checklist rolled out"
    finally:
        context.close()


def test_the_second_save_of_an_update_is_refused_and_keeps_the_second_persons_text(
    signed_in_as, browser, live_server, liaison_officer, action_owner, scene
):
    from oversight.responses.tests.factories import UpdateFactory

    response = scene["r1"]
    response.owner = action_owner
    response.save()
    update = UpdateFactory(response=response, text="Training planned", by=action_owner)
    url = f"{live_server.url}/responses/{response.pk}/updates/{update.pk}/edit/"
    first = signed_in_as("liaison")
    context, second = second_session(browser, live_server, "ppu-owner")
    try:
        first.goto(url)
        second.goto(url)
        first.get_by_label("What has been done").fill("Training delivered to 80% of PPU staff")
        second.get_by_label("What has been done").fill("Training delivered to all PPU staff")
        first.get_by_role("button", name="Save the update").click()
        second.get_by_role("button", name="Save the update").click()
        expect(second.locator(".govuk-error-summary")).to_contain_text("Someone else changed this record")
        expect(second.locator("#current-values")).to_contain_text("Training delivered to 80% of PPU staff")
        expect(second.get_by_label("What has been done")).to_have_value("Training delivered to all PPU staff")
        update.refresh_from_db()
        assert update.text == "Training delivered to 80% of PPU staff"
    finally:
        context.close()
