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
