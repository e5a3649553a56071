"""Journey of issue 4: read a report PDF, correct the proposal, confirm it into the register."""

import pytest
from playwright.sync_api import expect

from oversight.extraction.tests.accuracy import DATA
from oversight.extraction.tests.documents import pdf_from_html
from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_liaison_reads_a_report_pdf_leaves_out_a_finding_and_confirms(signed_in_as, live_server, liaison_officer, tmp_path):
    path = tmp_path / "fire-inspection.pdf"
    path.write_bytes(pdf_from_html((DATA / "case_fire.html").read_text()))
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/extraction/")
    assert_no_axe_violations(page)
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()

    expect(page.locator("h1")).to_have_text("Check the findings")
    expect(page.locator("#finding-F1")).to_contain_text("The service hasn’t done enough")
    expect(page.locator("#finding-F2")).to_contain_text("By 31 January 2025")
    # Issue 11: the lead-in's items are proposed one each, and each card shows its source, the span marked.
    expect(page.locator("#finding-F2 mark")).to_have_text("make sure its risk-based inspection programme targets the premises that present the highest risk")
    expect(page.locator("#finding-F3 .app-source")).to_contain_text("By 31 January 2025, the service should:")
    assert_no_axe_violations(page)

    page.locator("#finding-F5 summary").click()
    page.get_by_role("button", name="Leave out F5").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Finding F5 left out.")
    expect(page.locator("#finding-F5")).to_have_count(0)

    page.get_by_label("Kind of report").select_option("other")
    page.get_by_role("button", name="Confirm and add to the register").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("5 findings added to the register")
    expect(page.locator("h1")).to_contain_text("Exampleshire Fire and Rescue Service")


def test_an_unreadable_upload_is_reported_in_the_error_summary(signed_in_as, live_server, liaison_officer, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4 this is not a real PDF")
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/extraction/")
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("The PDF is damaged")
    assert_no_axe_violations(page)


def test_a_report_is_reviewed_beside_its_source_with_its_gradings_and_a_scan_is_flagged_as_ocr(
    signed_in_as, live_server, liaison_officer, tmp_path
):
    from oversight.extraction.tests.corpus import scan_of
    from oversight.extraction.tests.test_views import NAMED

    page = signed_in_as("liaison")
    web = tmp_path / "peel.html"
    web.write_text(NAMED)
    page.goto(f"{live_server.url}/extraction/")
    page.get_by_label("Report file").set_input_files(str(web))
    page.get_by_role("button", name="Read the report").click()
    expect(page.locator("h1")).to_have_text("Check the findings")
    expect(page.locator("main")).to_contain_text("Gradings printed in the report")
    expect(page.locator("mark").first).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="List them in the order they are printed").click()
    expect(page.locator(".govuk-summary-card").first).to_have_id("finding-F1")
    assert_no_axe_violations(page)

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_of(pdf_from_html(NAMED.replace("West Midlands should", "The force should"))))
    page.goto(f"{live_server.url}/extraction/")
    page.get_by_label("Report file").set_input_files(str(scan))
    page.get_by_role("button", name="Read the report").click()
    expect(page.locator(".govuk-warning-text")).to_contain_text("read by OCR")
    expect(page.locator("mark").first).to_be_visible()
    assert_no_axe_violations(page)


TEN = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>PEEL 2023–25: Exampleshire Police</title>"
       "</head><body><h1>PEEL 2023–25: Exampleshire Police</h1><h2>Cause of concern</h2>"
       "<p>Exampleshire Police isn’t answering emergency calls quickly enough.</p><h3>Recommendations</h3>"
       "<p>Within three months, the force should:</p><ul><li>make sure it has enough call handlers at peak times; and</li>"
       "<li>monitor how long callers wait and act when the wait is too long.</li></ul><h2>Areas for improvement</h2><ul>"
       + "".join(f"<li>The force should improve how it {what}.</li>" for what in (
           "supervises investigations", "records crime", "updates victims", "manages offenders",
           "uses stop and search", "looks after its staff", "plans for demand"))
       + "</ul></body></html>")


@pytest.mark.parametrize("source_view", [False, True], ids=["opening-the-report", "source-beside-each"])
def test_reviewing_a_10_finding_report_interactions_with_and_without_the_source_view(
        signed_in_as, live_server, liaison_officer, tmp_path, source_view):
    """Issue 11: the interactions to check a 10-finding report against what it prints and confirm it.

    Without the source view the reviewer opens the report beside the review for each finding and comes
    back (two a finding); with it the printed passage is on the card, its span marked, so checking is
    reading. Both correct one finding and confirm.
    """
    from tests.e2e.test_everyday_journeys import Journey

    pdf, web = tmp_path / "exampleshire-peel.pdf", tmp_path / "exampleshire-peel.html"
    pdf.write_bytes(pdf_from_html(TEN))
    web.write_text(TEN)
    page = signed_in_as("liaison")
    j = Journey(page, f"review a 10-finding report ({'source beside each' if source_view else 'opening the report'})")
    j.goto(f"{live_server.url}/extraction/")
    j.files(page.get_by_label("Report file"), str(pdf))
    j.click(page.get_by_role("button", name="Read the report"))
    expect(page.locator(".govuk-summary-card")).to_have_count(10)
    review = page.url
    for n in range(1, 11):
        card = page.locator(f"#finding-F{n}")
        if source_view:
            expect(card.locator("mark")).not_to_have_text("")  # the printed span is beside the proposal
        else:
            j.count += 1  # open the report itself (not our page: no axe check) to find the passage …
            page.goto(web.as_uri())
            expect(page.locator("h1")).to_contain_text("Exampleshire Police")
            j.goto(review)  # … and come back to the review
    # One correction: the cause is the force's, named as such.
    j.click(page.locator("#finding-F1 summary"), settle=False)
    j.fill(page.locator("#finding-F1").get_by_label("Addressed to"), "Exampleshire Police")
    j.click(page.get_by_role("button", name="Save F1"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Finding F1 saved.")
    j.select(page.get_by_label("Kind of report"), value="peel")
    j.click(page.get_by_role("button", name="Confirm and add to the register"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("10 findings added to the register")
    j.done(limit=8 if source_view else 28)
