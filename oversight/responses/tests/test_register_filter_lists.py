"""The register's dropdowns: each list read once, the report list bounded to reports with open work (issue 17)."""

import pytest
from django.urls import reverse

from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.tests.factories import ResponseFactory

pytestmark = pytest.mark.django_db


def report_options(client, **params):
    page = client.get(reverse("responses:register"), params)
    assert page.status_code == 200
    return {value: (label, selected) for value, label, selected in page.context["filter"].selects["report"]}


def test_report_list_holds_reports_with_open_responses_and_keeps_a_chosen_one(client, liaison_officer, force):
    working = ReportFactory(title="Report with open work")
    finished = ReportFactory(title="Report all closed")
    ResponseFactory(organisation=force, finding=FindingFactory(report=working), status="open")
    ResponseFactory(organisation=force, finding=FindingFactory(report=finished), status="closed")
    client.force_login(liaison_officer)
    options = report_options(client)
    assert str(working.pk) in options and str(finished.pk) not in options
    # Chosen from the report page's task list: listed and selected though nothing is open.
    options = report_options(client, report=finished.pk)
    assert options[str(finished.pk)][1] is True
    body = client.get(reverse("responses:register"), {"report": finished.pk}).content.decode()
    assert f'<option value="{finished.pk}" selected>' in body


def test_report_list_is_bounded(client, liaison_officer, force, monkeypatch):
    from oversight.responses import filters

    monkeypatch.setattr(filters, "REPORTS_SHOWN", 2)
    for _ in range(3):
        ResponseFactory(organisation=force, finding=FindingFactory(report=ReportFactory()), status="open")
    client.force_login(liaison_officer)
    assert len(report_options(client)) == 3  # "Any" and the two newest


def test_another_organisations_report_is_not_offered(client, liaison_officer, force, other_force):
    theirs = ReportFactory(title="Only theirs")
    ResponseFactory(organisation=other_force, finding=FindingFactory(report=theirs), status="open")
    client.force_login(liaison_officer)
    assert str(theirs.pk) not in report_options(client)


def test_register_text_box_searches_the_full_text_index(client, liaison_officer, force):
    """Word forms and word beginnings match (FTS5 or PostgreSQL's tsvector, both stemming English);
    the index's organisation tokens do not."""
    vetting = ResponseFactory(organisation=force, narrative="Vetting checks are now monthly.",
                              finding=FindingFactory(text="Chief constables should review custody."))
    ResponseFactory(organisation=force, narrative="Nothing relevant.", finding=FindingFactory(text="Unrelated."))
    client.force_login(liaison_officer)

    def found(q):
        page = client.get(reverse("responses:register"), {"q": q})
        return {r.pk for r in page.context["page"].object_list}

    assert found("vetted") == {vetting.pk}  # another form of the word
    assert found("review custod") == {vetting.pk}  # two words, one of them its beginning only
    assert found("vetting unrelated") == set()  # every word must be found
    assert found(f"o{force.pk}") == set()  # the organisation tokens that narrow the index are not text


def test_register_text_box_finds_each_word_in_any_of_the_three_texts_or_the_reference(
        client, liaison_officer, force):
    """One word may be in the narrative and another in the finding or its report, or be the finding's
    reference; the beginnings inside one typed word (`custody-review`) must share a text."""
    report = ReportFactory(title="Stalking inspection", summary="Harassment across forces.")
    mixed = ResponseFactory(organisation=force, narrative="Vetting checks are now monthly.",
                            finding=FindingFactory(report=report, ref="R7", text="Custody review."))
    split = ResponseFactory(organisation=force, narrative="Custody is staffed.",
                            finding=FindingFactory(text="Chief constables should review training."))
    client.force_login(liaison_officer)

    def found(q):
        page = client.get(reverse("responses:register"), {"q": q})
        return {r.pk for r in page.context["page"].object_list}

    assert found("vetting custody stalking") == {mixed.pk}  # narrative, finding and report
    assert found("r7 harassment") == {mixed.pk}  # the reference, and the report's summary
    assert found("r7 training") == set()
    assert found("custody review") == {mixed.pk, split.pk}  # two words, each in some text
    assert found("custody-review") == {mixed.pk}  # both beginnings in the one finding
    assert found("custody - review") == set()  # "-" has no letters: only a reference could match it


def test_register_page_rows_are_read_by_id_without_searching_again(client, liaison_officer, force):
    """The ids of the page passed the filters; its rows are read by id, in the ids' order, and the
    text search runs for the ids and the count only (issue 17)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    made = [ResponseFactory(organisation=force, finding=FindingFactory(text="Custody review."),
                            target_on=f"2025-0{m}-01") for m in (3, 1, 2)]
    ResponseFactory(organisation=force, finding=FindingFactory(text="Unrelated."))
    client.force_login(liaison_officer)
    with CaptureQueriesContext(connection) as seen:
        page = client.get(reverse("responses:register"), {"q": "custody", "sort": "due"})
    assert [r.pk for r in page.context["page"].object_list] == [made[1].pk, made[2].pk, made[0].pk]
    searching = [q["sql"] for q in seen.captured_queries if "search_" in q["sql"] and "responses_response" in q["sql"]]
    assert len(searching) == 2  # the count and the ids


def test_reference_lists_are_kept_between_requests_and_renewed_when_one_changes(
        client, liaison_officer, force, django_assert_max_num_queries):
    from oversight.organisations.tests.factories import PortfolioFactory

    ResponseFactory(organisation=force, status="open")
    client.force_login(liaison_officer)
    register = reverse("responses:register")
    client.get(register)  # builds the person's lists
    with django_assert_max_num_queries(7):  # no query for the organisation, portfolio, area, board or owner lists
        page = client.get(register)
    assert "Safeguarding" not in dict((label, v) for v, label, _ in page.context["filter"].selects["portfolio"])
    PortfolioFactory(organisation=force, name="Safeguarding")
    page = client.get(register)
    assert "Safeguarding" in [label for _, label, _ in page.context["filter"].selects["portfolio"]]
    assert "Safeguarding" in [label for _, label, _ in page.context["bulk_form"].selects["portfolio"]]


def test_kept_lists_are_each_persons_own(client, liaison_officer, force, other_force):
    from oversight.accounts.tests.factories import MembershipFactory, UserFactory
    from oversight.organisations.tests.factories import PortfolioFactory

    PortfolioFactory(organisation=force, name="Ours")
    PortfolioFactory(organisation=other_force, name="Theirs")
    other = UserFactory()
    MembershipFactory(user=other, organisation=other_force, role="liaison_officer")
    for person, seen, unseen in ((liaison_officer, "Ours", "Theirs"), (other, "Theirs", "Ours")):
        client.force_login(person)
        labels = [label for _, label, _ in client.get(reverse("responses:register")).context["filter"].selects["portfolio"]]
        assert seen in labels and unseen not in labels
