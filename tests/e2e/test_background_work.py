"""A large report is read on a worker while the person watches the job page, which moves on by itself."""

import pytest
from playwright.sync_api import expect

from oversight.extraction.tests.accuracy import DATA
from oversight.extraction.tests.documents import pdf_from_html
from oversight.ops import work
from oversight.ops.models import Job
from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_large_report_waits_for_a_worker_then_the_page_opens_its_review(signed_in_as, live_server, liaison_officer,
                                                                          settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    settings.EXTRACTION_BACKGROUND_BYTES = 1000  # the fire inspection counts as large here
    path = tmp_path / "fire-inspection.pdf"
    path.write_bytes(pdf_from_html((DATA / "case_fire.html").read_text()))
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/extraction/")
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()

    expect(page.locator("h1")).to_have_text("Reading a report")
    expect(page.locator(".govuk-tag")).to_have_text("Waiting for a worker")
    assert_no_axe_violations(page)
    # The worker takes the task (run here, in the test, as `oversight worker` would).
    work.extract_report.call(Job.objects.get().pk)
    expect(page.locator("h1")).to_have_text("Check the findings", timeout=15_000)  # htmx polled and moved on
    expect(page.locator(".govuk-notification-banner")).to_contain_text("The report has been read")
    expect(page.locator("#finding-F1")).to_contain_text("The service hasn’t done enough")
    assert_no_axe_violations(page)
