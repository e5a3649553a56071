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


def test_liaison_writes_the_paper_in_place_and_issues_a_public_version(signed_in_as, live_server, liaison_officer, paper_scene):  # noqa: F811
    from oversight.reports.models import Finding

    afi = Finding.objects.get(ref="AFI1")
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/papers/meetings/{paper_scene.pk}/")
    # The purpose, changed in the paper itself: the form takes the part's place, then the paper comes back.
    page.get_by_role("link", name="Change the purpose").click()
    form = page.locator("#part-purpose form")
    expect(form).to_be_visible()
    assert_no_axe_violations(page)
    form.get_by_label("Purpose of report").fill("To update members on HMICFRS activity since September.")
    form.get_by_role("button", name="Save").click()
    expect(page.locator("#part-purpose")).to_contain_text("1.1 To update members on HMICFRS activity since September.")
    expect(page.locator("#part-purpose form")).to_have_count(0)
    assert page.url.endswith(f"/papers/meetings/{paper_scene.pk}/")  # no page load: htmx swapped the paper

    # A mistake is shown in place, with the GOV.UK error summary, and nothing is saved.
    page.get_by_role("link", name="Change the period covered").click()
    period = page.locator("#part-period form")
    fill_date(period, "Period ends", "2024-01-01")
    period.get_by_role("button", name="Save").click()
    expect(page.locator("#part-period .govuk-error-summary")).to_contain_text("must end on or after")
    assert_no_axe_violations(page)
    page.locator("#part-period").get_by_role("link", name="Cancel").click()

    # The force's narrative under a finding, kept out of the public version.
    page.locator(f"#part-finding-{afi.pk}").get_by_role("link", name="Change the force response").click()
    finding = page.locator(f"#part-finding-{afi.pk} form")
    finding.get_by_label("Force response").fill("Covert source handling is reviewed weekly.")
    finding.get_by_label("Restricted: leave this out of the public version", exact=False).check()
    finding.get_by_role("button", name="Save").click()
    expect(page.locator(f"#part-finding-{afi.pk}")).to_contain_text("Restricted")
    expect(page.locator(f"#part-finding-{afi.pk}")).to_contain_text("Covert source handling is reviewed weekly.")
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Issue the paper").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Paper issued")
    with page.expect_download() as download:
        page.get_by_role("link", name="HTML (public version)").click()
    public = open(download.value.path(), encoding="utf-8").read()
    assert "Public version" in public and "Covert source handling" not in public and afi.text not in public
    with page.expect_download() as download:
        page.get_by_role("link", name="Download accessible HTML").click()
    assert "Covert source handling is reviewed weekly." in open(download.value.path(), encoding="utf-8").read()
