"""Issue 10: the API docs page (Swagger UI from drf-spectacular-sidecar) passes axe-core, opened and
with an operation expanded."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_api_docs_pass_axe_closed_and_with_an_operation_open(signed_in_as, live_server, liaison_officer):
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/api/docs/")
    expect(page.get_by_text("/api/responses/{id}/transition/").first).to_be_visible(timeout=15000)
    assert_no_axe_violations(page)
    page.locator(".opblock-summary-control").first.click()
    expect(page.locator(".opblock-body").first).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Try it out").first.click()
    expect(page.get_by_role("button", name="Execute").first).to_be_visible()
    assert_no_axe_violations(page)
