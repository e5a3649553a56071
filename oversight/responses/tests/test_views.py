import datetime

import pytest
from django.urls import reverse

from oversight.responses.models import Response, Update
from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


def register_ids(client, **params):
    page = client.get(reverse("responses:register"), params)
    assert page.status_code == 200, page.content[:500]
    return {r.pk for r in page.context["page"].object_list}


def test_register_shows_only_the_users_organisation(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    assert register_ids(client) == {scene["r1"].pk, scene["r2"].pk}


def test_pcc_office_sees_the_force_it_oversees(client, reviewer, scene):
    client.force_login(reviewer)
    assert register_ids(client) == {scene["r1"].pk, scene["r2"].pk}


@pytest.mark.parametrize("params, expected", [
    ({"rag": "red"}, {"r1"}),
    ({"rag": ["red", "green"]}, {"r1", "r2"}),
    ({"status": "open"}, {"r2"}),
    ({"kind": "recommendation"}, {"r1", "r2"}),
    ({"kind": "cause_of_concern"}, set()),
    ({"q": "supervision"}, {"r2"}),
    ({"q": "SKILLS investigations"}, {"r1"}),
    ({"overdue": "true"}, {"r1"}),
    ({"active": "true"}, {"r1", "r2"}),
])
def test_register_filters_return_the_right_rows(client, liaison_officer, scene, params, expected):
    client.force_login(liaison_officer)
    assert register_ids(client, **params) == {scene[name].pk for name in expected}


def test_register_filters_by_reference_lists(client, liaison_officer, scene, crime_portfolio):
    client.force_login(liaison_officer)
    assert register_ids(client, portfolio=crime_portfolio.pk) == {scene["r1"].pk}
    assert register_ids(client, business_area=scene["ppu"].pk) == {scene["r1"].pk}
    assert register_ids(client, board=scene["board"].pk) == {scene["r1"].pk}
    assert register_ids(client, report=scene["report"].pk) == {scene["r1"].pk, scene["r2"].pk}


def test_due_within_counts_from_today(client, liaison_officer, scene, time_machine=None):
    soon = ResponseFactory(organisation=scene["r1"].organisation, status="open",
                           target_on=datetime.date.today() + datetime.timedelta(days=10))
    client.force_login(liaison_officer)
    assert register_ids(client, due_within=30) == {soon.pk}


def test_unknown_filter_values_are_reported_not_ignored(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("responses:register"), {"rag": "purple", "due_within": "soon"})
    assert page.status_code == 400
    body = page.content.decode()
    assert "There is a problem with the filters" in body
    assert "purple is not one of the available choices" in body
    assert "Enter a number" in body


def test_another_organisations_portfolio_is_not_a_valid_filter(client, other_org_liaison, scene, crime_portfolio):
    client.force_login(other_org_liaison)
    page = client.get(reverse("responses:register"), {"portfolio": crime_portfolio.pk})
    assert page.status_code == 400


def test_htmx_request_gets_only_the_table(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("responses:register"), {"rag": "red"}, HTTP_HX_REQUEST="true")
    body = page.content.decode()
    assert body.lstrip().startswith('<div id="register-table"')
    assert "<html" not in body
    assert "1</strong> response found" in body


def test_register_sorts_by_due_date(client, liaison_officer, force):
    late = ResponseFactory(organisation=force, target_on=datetime.date(2026, 1, 1))
    early = ResponseFactory(organisation=force, target_on=datetime.date(2025, 1, 1))
    client.force_login(liaison_officer)
    rows = client.get(reverse("responses:register"), {"sort": "due"}).context["page"].object_list
    assert [r.pk for r in rows] == [early.pk, late.pk]


@pytest.mark.parametrize("rows", [10, 500])
def test_register_query_count_is_constant(client, liaison_officer, force, rows, django_assert_max_num_queries):
    ResponseFactory.create_batch(rows, organisation=force, rag="amber")
    client.force_login(liaison_officer)
    # 20 the first time (26 before issue 17: each dropdown counted, then selected): the page, each
    # filter list read once, the bulk panel's four lists and the header's unread count (issue 10).
    with django_assert_max_num_queries(20):
        page = client.get(reverse("responses:register"), {"rag": "amber", "sort": "due"})
    assert page.status_code == 200
    # Then 7, whatever the rows: session, person, count, ids, rows, saved views, report list; the
    # reference lists (responses/choices.py), the person's memberships (accounts/kept.py) and the
    # unread count (notifications/unread.py) are kept. 11 before the last two were.
    with django_assert_max_num_queries(7):
        page = client.get(reverse("responses:register"), {"rag": "amber", "sort": "due"})
    assert page.status_code == 200
    assert page.context["total"] == rows


@pytest.mark.parametrize("updates", [1, 60])
def test_response_page_query_count_is_constant(client, liaison_officer, scene, updates, django_assert_max_num_queries):
    from oversight.responses.tests.factories import UpdateFactory

    UpdateFactory.create_batch(updates, response=scene["r1"])
    client.force_login(liaison_officer)
    with django_assert_max_num_queries(23):
        page = client.get(reverse("responses:detail", args=[scene["r1"].pk]))
    assert page.status_code == 200
    assert len(page.context["timeline"]) >= updates


def test_response_page_reads_closure_submissions_once(client, liaison_officer, scene):
    """The list, the timeline and the panel's guards share one read (issue 17: it was four)."""
    import datetime

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from oversight.organisations.tests.factories import ClosureLevelFactory
    from oversight.responses.models import ClosureSubmission

    response = scene["r1"]
    Response.objects.filter(pk=response.pk).update(status="submitted")
    ClosureSubmission.objects.create(response=response, submitted_on=datetime.date(2026, 1, 5),
                                     level=ClosureLevelFactory(organisation=response.organisation, code="Lv3"))
    client.force_login(liaison_officer)
    with CaptureQueriesContext(connection) as captured:
        page = client.get(reverse("responses:detail", args=[response.pk]))
    assert page.status_code == 200
    assert sum('FROM "responses_closuresubmission"' in q["sql"] for q in captured.captured_queries) == 1
    # The guards still see the pending submission: HMICFRS's decision can be recorded.
    assert any(item["offer"].allowed for item in page.context["transitions"]
               if item["offer"].action in ("accept", "not_accept"))


def test_response_page_shows_the_finding_as_printed_with_its_cause(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    body = client.get(reverse("responses:detail", args=[scene["r1"].pk])).content.decode()
    assert scene["rec1"].text in body
    assert "The force needs to improve how it investigates crime." in body
    assert "Within six months" in body


def test_another_organisations_response_is_not_found(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    assert client.get(reverse("responses:detail", args=[scene["theirs"].pk])).status_code == 404
    assert client.post(reverse("responses:add_update", args=[scene["theirs"].pk]), {"text": "x"}).status_code == 404


def test_add_update_appears_on_the_timeline_and_sets_the_rag(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    url = reverse("responses:add_update", args=[scene["r2"].pk])
    reply = client.post(url, {"text": "Training delivered to all PPU staff", "rag": "amber",
                              "written_on": "2024-11-01"})
    assert reply.status_code == 302
    scene["r2"].refresh_from_db()
    assert scene["r2"].rag == "amber"
    body = client.get(reverse("responses:detail", args=[scene["r2"].pk])).content.decode()
    assert "Training delivered to all PPU staff" in body


@pytest.mark.parametrize("data, message", [
    ({"text": "", "rag": "red"}, "Enter what has been done."),
    ({"text": "x", "rag": "purple"}, "Select a valid choice"),
    ({"text": "x", "written_on": "2999-01-01"}, "cannot be in the future"),
    ({"text": "x", "written_on": "31/02/2024"}, "must be a real date"),
])
def test_bad_update_input_gets_a_message_and_saves_nothing(client, liaison_officer, scene, data, message):
    client.force_login(liaison_officer)
    reply = client.post(reverse("responses:add_update", args=[scene["r2"].pk]), data)
    assert reply.status_code == 422
    assert message in reply.content.decode()
    assert not Update.objects.exists()


def edit_data(response, **changes):
    data = {"applicability": response.applicability, "applicability_reason": response.applicability_reason,
            "rag": response.rag, "owner": response.owner_id or "", "portfolio": response.portfolio_id or "",
            "business_area": response.business_area_id or "", "board": response.board_id or "",
            "target_on": response.target_on or "", "narrative": response.narrative, "version": response.version}
    data.update(changes)
    return data


def test_edit_response_saves_and_bumps_the_version(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    r = scene["r2"]
    reply = client.post(reverse("responses:edit", args=[r.pk]), edit_data(r, narrative="New plan", target_on="2025-03-31"))
    assert reply.status_code == 302
    r.refresh_from_db()
    assert (r.narrative, r.target_on, r.version) == ("New plan", datetime.date(2025, 3, 31), 2)


def test_a_stale_edit_is_refused_and_keeps_the_second_persons_text(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    r = scene["r2"]
    stale = edit_data(r, narrative="My version of events")
    Response.objects.filter(pk=r.pk).update(narrative="Someone else's plan", version=r.version + 1)
    reply = client.post(reverse("responses:edit", args=[r.pk]), stale)
    assert reply.status_code == 409
    body = reply.content.decode()
    assert "Someone else changed this record" in body
    assert "Someone else&#x27;s plan" in body  # what is saved now
    assert "My version of events" in body  # the second person's text, kept in the form
    r.refresh_from_db()
    assert r.narrative == "Someone else's plan"


def test_not_applicable_needs_a_reason(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    r = scene["r2"]
    reply = client.post(reverse("responses:edit", args=[r.pk]), edit_data(r, applicability="not_applicable"))
    assert reply.status_code == 422
    assert "Say why the finding does not apply." in reply.content.decode()
    r.refresh_from_db()
    assert r.applicability == "applies" and r.version == 1


def test_a_tampered_post_naming_another_organisations_portfolio_changes_nothing(client, liaison_officer, scene):
    from oversight.organisations.tests.factories import PortfolioFactory

    theirs = PortfolioFactory(organisation=scene["theirs"].organisation)
    client.force_login(liaison_officer)
    r = scene["r2"]
    reply = client.post(reverse("responses:edit", args=[r.pk]), edit_data(r, portfolio=theirs.pk, status="closed"))
    assert reply.status_code == 422
    r.refresh_from_db()
    assert r.portfolio_id is None and r.status == "open" and r.version == 1


def test_committee_member_cannot_edit(client, committee_member, scene):
    client.force_login(committee_member)
    assert client.get(reverse("responses:edit", args=[scene["r1"].pk])).status_code == 403


def test_response_page_does_not_grow_with_the_number_of_findings(client, liaison_officer, scene):
    from oversight.reports.tests.factories import FindingFactory, ReportFactory

    later = ReportFactory(published_on=datetime.date(2025, 1, 1))
    FindingFactory.create_batch(200, report=later)
    for f in later.findings.all()[:200]:
        ResponseFactory(finding=f, organisation=scene["r1"].organisation)
    client.force_login(liaison_officer)
    body = client.get(reverse("responses:detail", args=[scene["r1"].pk])).content.decode()
    assert body.count("<option") < 30  # the supersede form asks for a finding number, not a list of them


def test_a_huge_due_within_is_a_message_not_a_crash(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("responses:register"), {"due_within": "99999999999"})
    assert page.status_code == 400
    assert "less than or equal to 3650" in page.content.decode()


def test_register_offers_its_rows_for_download_with_the_filters(client, liaison_officer, scene):
    client.force_login(liaison_officer)
    body = client.get(reverse("responses:register"), {"rag": "red"}).content.decode()
    assert "/interop/export/register/?rag=red&amp;format=xlsx" in body
    assert "Import a register" in body


@pytest.mark.parametrize("rows", [1, 25])
def test_response_page_query_count_is_the_same_whatever_it_holds(client, liaison_officer, action_owner, scene, rows,
                                                                  django_assert_num_queries):
    """Issue 17: the guards of the panel read the page's own lists and the audit trail is read once, so
    an in-progress response with many updates, evidence, actions and edits costs what one with one does:
    session, person, response, updates, evidence, closure submissions, child findings, actions, audit
    entries, transitions, the timeline's roles, the action form's owners (12; 18 before issue 17)."""
    from oversight.responses import services
    from oversight.responses.models import Action, Evidence
    from oversight.responses.tests.factories import UpdateFactory

    response = scene["r1"]
    UpdateFactory.create_batch(rows, response=response, by=action_owner)
    Evidence.objects.bulk_create(Evidence(response=response, description=f"Minutes {n}", url=f"https://example.org/{n}",
                                          added_by=liaison_officer)
                                 for n in range(rows))
    Action.objects.bulk_create(Action(response=response, description=f"Train team {n}") for n in range(rows))
    for n in range(rows):
        services.edit_update(Update.objects.filter(response=response)[n], text=f"Edited {n}", rag="",
                             by=liaison_officer, expected_version=1)
    client.force_login(liaison_officer)
    url = reverse("responses:detail", args=[response.pk])
    assert client.get(url).status_code == 200  # reads and keeps the person's memberships
    with django_assert_num_queries(12):
        page = client.get(url)
    assert page.status_code == 200
    assert len(page.context["evidence"]) == rows and len(page.context["actions"]) == rows
    assert sum(1 for e in page.context["timeline"] if e.edited_at is not None) == rows
