"""Journey of issue 5: preview the committee paper, edit its narrative, issue it, download it."""

import io

import pytest
from docx import Document
from playwright.sync_api import expect

from oversight.papers.tests.conftest import jac, paper_scene  # noqa: F401  (fixtures)
from tests.e2e.conftest import assert_no_axe_violations, fill_date

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_liaison_previews_edits_issues_and_downloads_the_paper(signed_in_as, live_server, liaison_officer, paper_scene):  # noqa: F811
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/papers/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="5 December 2024").click()
    expect(page.locator("h1")).to_have_text("HMICFRS Update")
    expect(page.get_by_text("Period covered: 25 July 2024 to 5 December 2024")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Edit the paper").click()
    fill_date(page, "Count closure submissions since", "2023-08-01")
    page.get_by_label("Contact officers").fill("T/CI Fiona Fletcher | HMICFRS Force Liaison Officer")
    page.get_by_label("Commentary on Activism and impartiality in policing").fill("WMP were one of 12 forces inspected.")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Save the paper").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Paper saved")
    expect(page.get_by_text("WMP were one of 12 forces inspected.")).to_be_visible()
    expect(page.locator("#section-closures ~ table").first).to_contain_text("170 (+4)")

    page.get_by_role("button", name="Issue the paper").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Paper issued")
    expect(page.get_by_role("button", name="Issue the paper")).to_have_count(0)
    assert_no_axe_violations(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download Word (.docx)").click()
    text = "\n".join(p.text for p in Document(io.BytesIO(open(download.value.path(), "rb").read())).paragraphs)
    assert "Name: T/CI Fiona Fletcher" in text and "WMP were one of 12 forces inspected." in text
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert open(download.value.path(), "rb").read(5) == b"%PDF-"
