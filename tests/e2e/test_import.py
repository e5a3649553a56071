"""Journey of issue 6: upload a register, match its columns, see the problems, import a corrected file."""

import pytest
from playwright.sync_api import expect

from oversight.responses.models import Response
from tests.e2e.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

HEADER = "Report,Rec No,Recommendation,Lead,RAG\n"


def write(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_liaison_imports_a_register_after_fixing_the_rows_it_names(signed_in_as, live_server, liaison_officer,
                                                                   action_owner, tmp_path):
    bad = write(tmp_path, "register.csv", "Vetting thematic,1,Forces should vet.,nobody,Red\n"
                                          "Vetting thematic,2,Forces should train.,ppu-owner,Purple\n")
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/interop/import/")
    assert_no_axe_violations(page)
    page.get_by_label("Register file").set_input_files(str(bad))
    page.get_by_role("button", name="Upload and continue").click()

    expect(page.get_by_role("heading", name="Match the columns")).to_be_visible()
    expect(page.get_by_label("Lead")).to_have_value("owner")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Check the file").click()

    expect(page.get_by_role("heading", name="Fix these rows before importing")).to_be_visible()
    problems = page.locator("#problems tbody tr")
    expect(problems).to_have_count(2)
    expect(problems.nth(0)).to_contain_text('No one called "nobody"')
    expect(problems.nth(1)).to_contain_text('"Purple" is not red, amber or green')
    assert_no_axe_violations(page)
    assert not Response.objects.exists()

    good = write(tmp_path, "fixed.csv", "Vetting thematic,1,Forces should vet.,ppu-owner,Red\n"
                                        "Vetting thematic,2,Forces should train.,ppu-owner,Green\n")
    page.get_by_role("link", name="Upload a corrected file").click()
    page.get_by_label("Register file").set_input_files(str(good))
    page.get_by_role("button", name="Upload and continue").click()
    page.get_by_role("button", name="Check the file").click()
    expect(page.locator("#rows-read")).to_have_text("2")
    page.get_by_role("button", name="Import 2 rows").click()
    expect(page.locator(".govuk-panel")).to_contain_text("Register imported")
    assert_no_axe_violations(page)
    assert sorted(Response.objects.values_list("rag", flat=True)) == ["green", "red"]


def test_the_api_docs_render_from_our_own_static_files(signed_in_as, live_server, liaison_officer):
    page = signed_in_as("liaison")
    outside = []
    page.on("request", lambda request: None if request.url.startswith(live_server.url) or request.url.startswith("data:")
            else outside.append(request.url))
    page.goto(f"{live_server.url}/api/docs/")
    expect(page.get_by_text("/api/responses/{id}/transition/").first).to_be_visible(timeout=15000)
    assert outside == []


def _realistic_register(path):
    """A register as forces keep it: a title row, then the headers, owners with ranks, their own words."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["West Midlands Police – HMICFRS register, as at 1 May 2025"])
    sheet.append(["Ref", "Report", "Recommendation", "Owner", "Portfolio", "Due date", "Status", "RAG", "Update"])
    peel = "PEEL 2023–25 – an inspection of West Midlands Police"
    sheet.append(["1", peel, "Improve supervision of investigations.", "DCI Sarah Khan", "Crime", "30/11/2024",
                  "Closed", "Complete", "Supervision audit complete; HMICFRS closed it at revisit."])
    sheet.append(["2", peel, "Improve call handling.", "T/Supt Mark Lee", "Contact management", "31/03/2025",
                  "Submitted", "Green – complete", "Evidence pack sent to HMICFRS."])
    sheet.append(["3", peel, "Improve victim updates.", "DCI Sarah Khan", "Crime", "31/03/2025", "In progress",
                  "Amber", "New process piloted in two LPAs."])
    workbook.save(path)
    return path


def test_liaison_imports_the_register_they_keep_and_sees_its_history(signed_in_as, live_server, liaison_officer,
                                                                     crime_portfolio, force, tmp_path):
    from oversight.accounts.models import User
    from oversight.accounts.tests.factories import person

    sarah = person("s.khan", "action_owner", force)
    User.objects.filter(pk=sarah.pk).update(first_name="Sarah", last_name="Khan")
    path = _realistic_register(tmp_path / "register.xlsx")
    page = signed_in_as("liaison")
    page.goto(f"{live_server.url}/interop/import/")
    page.get_by_label("Register file").set_input_files(str(path))
    page.get_by_role("button", name="Upload and continue").click()

    expect(page.get_by_role("heading", name="Match the columns")).to_be_visible()
    expect(page.get_by_label("Owner", exact=True)).to_have_value("owner")
    expect(page.get_by_label("RAG", exact=True)).to_have_value("rag")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Check the file").click()

    # The preview lists what the file names that Oversight lacks, and what each word means.
    expect(page.get_by_role("heading", name="Check the import")).to_be_visible()
    expect(page.locator("#rows-new")).to_have_text("3")
    expect(page.get_by_label("Owner “T/Supt Mark Lee”")).to_have_value("create")
    expect(page.get_by_label("Status “Closed”")).to_have_value("closed")
    expect(page.get_by_label("RAG “Complete”")).to_have_value("green")
    assert_no_axe_violations(page)
    # Contact management is really the Crime portfolio; Mark Lee is a new person.
    page.get_by_label("Portfolio “Contact management”").select_option(label="Crime")
    page.get_by_label("Kind of report, if new").select_option("peel")
    page.get_by_role("button", name="Check again with these answers").click()
    expect(page.get_by_label("Portfolio “Contact management”")).to_have_value(str(crime_portfolio.pk))
    assert not Response.objects.exists()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Import 3 rows").click()

    expect(page.locator(".govuk-panel")).to_contain_text("Register imported")
    expect(page.locator("#created-items")).to_contain_text("Mark Lee (new person)")
    assert_no_axe_violations(page)
    closed = Response.objects.get(finding__ref="1")
    assert (closed.status, closed.rag, closed.owner_id) == ("closed", "green", sarah.pk)
    assert Response.objects.get(finding__ref="2").status == "submitted"
    assert Response.objects.get(finding__ref="2").portfolio == crime_portfolio
    assert closed.finding.report.kind == "peel"

    page.goto(f"{live_server.url}{closed.get_absolute_url()}")
    expect(page.get_by_text("Closed", exact=True).first).to_be_visible()
    expect(page.get_by_text("Imported from a register").first).to_be_visible()
    expect(page.get_by_text("Source: register.xlsx, row 3").first).to_be_visible()
    expect(page.get_by_text("Supervision audit complete").first).to_be_visible()
    assert_no_axe_violations(page)
