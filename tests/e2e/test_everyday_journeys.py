"""Issue 10: each persona's everyday job in the browser, through the pages only, axe-core clean at every
step, each printing how many interactions (clicks, fields filled, files chosen, pages opened) it took.

Before issue 10 (as the issue measured it): assigning the 11 findings of one report took about 160
interactions, and an owner could not attach evidence on the pages at all.
"""

import datetime

import pytest
from playwright.sync_api import expect

from oversight.extraction.tests.accuracy import DATA
from oversight.papers.tests.conftest import jac, paper_scene  # noqa: F401  (fixtures)
from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


class Journey:
    """Counts what a person does: every click, field, file chosen and page opened by address."""

    def __init__(self, page, name):
        self.page, self.name, self.count = page, name, 0

    def _step(self):
        self.count += 1

    def goto(self, url):
        self._step()
        self.page.goto(url)
        self.check_page()

    def click(self, locator, *, settle=True):
        self._step()
        locator.click()
        if settle:
            self.page.wait_for_load_state("networkidle")

    def fill(self, locator, value):
        self._step()
        locator.fill(value)

    def date(self, scope, legend, value):
        """The GOV.UK date input: day, month and year, three fields filled."""
        group = scope.get_by_role("group", name=legend)
        for part, number in (("Day", value.day), ("Month", value.month), ("Year", value.year)):
            self.fill(group.get_by_label(part, exact=True), str(number))

    def select(self, locator, **option):
        self._step()
        locator.select_option(**option)

    def tick(self, locator):
        self._step()
        locator.check()

    def files(self, locator, paths):
        self._step()
        locator.set_input_files(paths)

    def check_page(self):
        assert_no_axe_violations(self.page)

    def done(self, limit=None):
        print(f"\nJOURNEY {self.name}: {self.count} interactions")
        if limit is not None:
            assert self.count <= limit, f"{self.name} took {self.count} interactions (at most {limit})"


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state("networkidle")


def test_liaison_officer_reads_an_11_finding_report_and_assigns_all_of_it(
        signed_in_as, live_server, liaison_officer, action_owner, crime_portfolio, force, tmp_path):
    from oversight.responses.models import Response

    report_file = tmp_path / "west-mercia-peel-update.txt"
    report_file.write_text((DATA / "seed_002.txt").read_text())
    page = signed_in_as("liaison")
    j = Journey(page, "liaison reads an 11-finding report and assigns it")
    j.goto(f"{live_server.url}/extraction/")
    j.files(page.get_by_label("Report file"), str(report_file))
    j.click(page.get_by_role("button", name="Read the report"))
    expect(page.locator("h1")).to_have_text("Check the findings")
    j.check_page()
    j.click(page.get_by_role("button", name="Confirm and add to the register"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("11 findings added to the register")
    j.check_page()

    # The report page's task list says what is left and leads to the register rows still to do.
    tasks = page.locator(".govuk-task-list")
    expect(tasks).to_contain_text("11 findings to confirm")
    j.click(tasks.get_by_role("link", name="Confirm the findings"))
    expect(page.locator("#register-count")).to_contain_text("11 responses found")
    j.check_page()
    bulk = page.locator("#bulk-panel")
    j.click(bulk.get_by_text("Change several rows at once"), settle=False)
    j.tick(bulk.get_by_label("All 11 responses matching this filter"))
    j.select(bulk.get_by_label("Owner", exact=True), label=action_owner.get_full_name())
    j.select(bulk.get_by_label("Portfolio", exact=True), label="Crime")
    j.date(bulk, "Target date", datetime.date.today() + datetime.timedelta(days=120))
    j.tick(bulk.get_by_label("Confirm the findings apply"))
    j.tick(bulk.get_by_label("Start work"))
    j.check_page()
    j.click(page.get_by_role("button", name="Change the selected responses"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("11 responses changed")
    j.check_page()

    responses = Response.objects.filter(organisation=force, finding__report__title__icontains="West Mercia")
    assert responses.count() == 11
    assert set(responses.values_list("status", "owner", "portfolio")) == {
        ("in_progress", action_owner.pk, crime_portfolio.pk)}

    # Last step of the task list: how the force took part (it starts the PCC's clock where it applies).
    report = responses.first().finding.report
    j.goto(f"{live_server.url}{report.get_absolute_url()}")
    j.click(page.locator(".govuk-task-list").get_by_role("link", name="Record how we took part in the inspection"))
    expect(page.locator("h1")).to_have_text("Record how we took part in the inspection")
    j.check_page()
    j.tick(page.get_by_label("Contributed data"))
    j.click(page.get_by_role("button", name="Save"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("contributed data")
    j.check_page()
    assert report.involvements.get(organisation=force).involvement == "data_contributor"
    j.done(limit=30)


def test_owner_adds_an_update_an_action_and_evidence_and_asks_for_sign_off(
        signed_in_as, live_server, action_owner, scene, tmp_path):
    from oversight.responses.models import Response

    response = scene["r1"]
    Response.objects.filter(pk=response.pk).update(
        owner=action_owner, status_changed_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    audit = tmp_path / "dip-sample.pdf"
    audit.write_bytes(PDF)
    page = signed_in_as("ppu-owner")
    j = Journey(page, "owner: update, RAG, action, evidence, sign-off")
    j.goto(f"{live_server.url}/my-work/")
    j.click(page.get_by_role("link", name="Recommendation 1", exact=False).first)
    j.check_page()
    j.fill(page.get_by_label("What has been done"), "Supervision checklist in use across PPU")
    j.tick(page.locator("#add-update ~ div").get_by_label("Amber"))
    j.click(page.get_by_role("button", name="Save update"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Update added")
    j.click(page.get_by_text("Add an action"), settle=False)
    j.fill(page.get_by_label("Action", exact=True), "Dip-sample 20 investigations a month")
    j.select(page.get_by_label("Owner", exact=True), label=action_owner.get_full_name())
    j.date(page, "Due date", datetime.date.today() + datetime.timedelta(days=30))
    j.click(page.get_by_role("button", name="Add the action"))
    expect(page.locator("#action-plan + table, table:has-text('Dip-sample')")).to_contain_text("Dip-sample")
    j.check_page()
    j.click(page.get_by_text("Add evidence"), settle=False)
    j.fill(page.get_by_label("What the evidence shows"), "Dip-sample results, March")
    j.files(page.get_by_label("Upload files"), str(audit))
    j.click(page.get_by_role("button", name="Add the evidence"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Evidence added")
    expect(page.get_by_role("link", name="Dip-sample results, March", exact=True)).to_be_visible()
    j.check_page()
    j.click(page.get_by_text("Ask for sign-off").first, settle=False)
    j.click(page.locator("#transition-panel").get_by_role("button", name="Ask for sign-off"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Sign-off requested")
    j.check_page()
    response.refresh_from_db()
    assert response.status == "awaiting_sign_off" and response.rag == "amber"
    assert response.evidence.get().file_name == "dip-sample.pdf" and response.actions.count() == 1
    j.done()


@pytest.fixture
def awaiting_sign_off(scene, action_owner, force):
    from oversight.organisations.tests.factories import ClosureLevelFactory
    from oversight.responses.models import Evidence, Response, Update

    ClosureLevelFactory(organisation=force, code="Lv3")
    response = scene["r1"]
    Response.objects.filter(pk=response.pk).update(owner=action_owner, status="awaiting_sign_off",
                                                   sign_off_requested_by=action_owner)
    Update.objects.create(response=response, text="Checklist in use", by=action_owner)
    Evidence.objects.create(response=response, description="Register", url="https://example.org/r",
                            added_by=action_owner)
    return response


def test_portfolio_lead_is_told_signs_off_and_submits_with_a_level(signed_in_as, live_server, portfolio_lead,
                                                                   awaiting_sign_off):
    from oversight.notifications.services import notify

    notify([portfolio_lead], kind="sign_off_requested", message="Sign-off requested: PEEL, Recommendation 1",
           url=awaiting_sign_off.get_absolute_url())
    page = signed_in_as("crime-lead")
    j = Journey(page, "portfolio lead signs off and submits")
    expect(page.locator("#unread-count")).to_have_text("1")
    j.click(page.locator("#notifications-link"))
    j.check_page()
    j.click(page.get_by_role("button", name="Sign-off requested: PEEL, Recommendation 1", exact=True))
    j.check_page()
    j.click(page.get_by_text("Sign off and submit to HMICFRS").first, settle=False)
    j.select(page.get_by_label("Closure level"), label="Lv3")
    expect(page.get_by_role("group", name="Date submitted to HMICFRS").get_by_label("Year")).to_have_value(
        str(datetime.date.today().year))  # today, unless the lead changes it
    j.click(page.locator("#transition-panel").get_by_role("button", name="Sign off and submit to HMICFRS"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("submitted to HMICFRS")
    j.check_page()
    awaiting_sign_off.refresh_from_db()
    assert awaiting_sign_off.status == "submitted"
    j.done()


def test_liaison_officer_records_hmicfrs_accepting_one_and_not_accepting_another(
        signed_in_as, live_server, liaison_officer, scene, force):
    from oversight.organisations.tests.factories import ClosureLevelFactory
    from oversight.responses.models import ClosureSubmission, Response

    level = ClosureLevelFactory(organisation=force, code="Lv3")
    for response in (scene["r1"], scene["r2"]):
        Response.objects.filter(pk=response.pk).update(status="submitted")
        ClosureSubmission.objects.create(response=response, submitted_on=datetime.date(2024, 3, 1), level=level)
    page = signed_in_as("liaison")
    j = Journey(page, "liaison records accepted and not accepted")
    for response, verdict in ((scene["r1"], "accepted"), (scene["r2"], "not accepted")):
        j.goto(f"{live_server.url}{response.get_absolute_url()}")
        label = "Record HMICFRS accepted closure" if verdict == "accepted" else "Record HMICFRS did not accept closure"
        panel = page.locator("#transition-panel details").filter(has_text=label)
        j.click(panel.get_by_text(label).first, settle=False)
        j.date(panel, "Date of HMICFRS's decision", datetime.date(2024, 4, 2))
        if verdict == "not accepted":
            j.fill(panel.get_by_label("HMICFRS's feedback"), "Evidence of sustained change needed")
        j.click(panel.get_by_role("button", name=label))
        j.check_page()
    expect(page.locator(".moj-timeline")).to_contain_text("HMICFRS's feedback: Evidence of sustained change needed")
    scene["r1"].refresh_from_db()
    scene["r2"].refresh_from_db()
    assert (scene["r1"].status, scene["r2"].status) == ("closed", "in_progress")
    j.done()


def test_committee_member_finds_overdue_and_red_work_and_reads_its_history(
        signed_in_as, live_server, committee_member, liaison_officer, action_owner, scene):
    from auditlog.context import set_actor

    from oversight.responses import services

    with set_actor(liaison_officer):
        services.edit_response(scene["r1"], {"owner": action_owner}, by=liaison_officer,
                               expected_version=scene["r1"].version)
    page = signed_in_as("committee")
    j = Journey(page, "committee member finds overdue and red, reads a history")
    j.goto(f"{live_server.url}/responses/")
    j.tick(page.get_by_label("Overdue only"))
    j.tick(page.locator("#register-filter").get_by_label("Red"))
    j.click(page.get_by_role("button", name="Apply filters"))
    expect(page.locator("#register-count")).to_contain_text("1 response found")
    j.check_page()
    j.click(page.locator("#register-table").get_by_role("link", name="Recommendation 1"))
    timeline = page.locator(".moj-timeline")
    expect(timeline).to_contain_text(f"Owner: none → {action_owner.get_full_name()}")
    expect(timeline).to_contain_text(f"by {liaison_officer.get_full_name()} (Liaison officer)")
    j.check_page()
    j.done()


def test_the_navigation_sits_on_one_row_at_1280_pixels(signed_in_as, live_server, admin_user, scene, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    signed_in_as("admin")
    page.goto(f"{live_server.url}/responses/")
    tops = page.eval_on_selector_all(".govuk-service-navigation__item",
                                     "items => items.map(i => Math.round(i.getBoundingClientRect().top))")
    assert len(tops) >= 6 and len(set(tops)) == 1, f"navigation wraps onto {len(set(tops))} rows: {tops}"
    assert_no_axe_violations(page)


def test_committee_member_downloads_the_issued_paper(signed_in_as, live_server, committee_member, liaison_officer,
                                                     paper_scene, jac):  # noqa: F811
    from oversight.papers import services as papers

    papers.issue(papers.paper_for(jac), by=liaison_officer)
    page = signed_in_as("committee")
    j = Journey(page, "committee member downloads the issued paper")
    j.click(page.get_by_role("link", name="Papers", exact=True))
    j.check_page()
    j.click(page.get_by_role("link", name="5 December 2024"))
    j.check_page()
    with page.expect_download() as download:
        j.click(page.get_by_role("link", name="Download PDF"), settle=False)
    assert open(download.value.path(), "rb").read(5) == b"%PDF-"
    j.done()
