import pytest
from django.urls import reverse

from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory
from oversight.search import backends, index
from oversight.search.models import SearchDocument

VETTING = (
    "The force should ensure all staff have received at least the lowest level of vetting clearance for their "
    "roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals."
)
DASH = "The force should increase the number and quality of DASH risk assessments completed at domestic abuse incidents."


@pytest.fixture
def register(force, other_force):
    report = ReportFactory(title="PEEL 2018/19 West Midlands Police")
    vetting = FindingFactory(report=report, text=VETTING, theme="Ethical and lawful workforce")
    dash = FindingFactory(report=report, text=DASH, theme="Protecting vulnerable people")
    passing = FindingFactory(report=report, text=(
        "The force should review how it checks contractors, agency staff and volunteers, and whether its "
        "vetting of them meets national guidance, reporting to the board on progress."
    ))
    for finding in (vetting, dash, passing):
        ResponseFactory(finding=finding, organisation=force)
    hidden = FindingFactory(text="Vetting backlog at another force should be cleared by the vetting unit.")
    ResponseFactory(finding=hidden, organisation=other_force, narrative="Our vetting backlog is now cleared.")
    return {"vetting": vetting, "dash": dash, "passing": passing, "hidden": hidden}


def kinds_and_ids(hits):
    return [(hit.kind, hit.object_id) for hit in hits]


def test_best_match_comes_first_and_every_word_must_match(register, liaison_officer):
    hits = list(backends.search("vetting backlog", user=liaison_officer))
    assert kinds_and_ids(hits) == [("finding", register["vetting"].pk)]
    hits = list(backends.search("vetting", user=liaison_officer, kinds=["finding"]))
    assert kinds_and_ids(hits) == [("finding", register["vetting"].pk), ("finding", register["passing"].pk)]
    assert hits[0].rank > hits[1].rank


def test_matched_words_are_marked_and_everything_else_escaped(register, client, liaison_officer, force):
    ResponseFactory(organisation=force, narrative="<script>alert(1)</script> DASH & DARA completion up 43%")
    page = reverse("search:search") + "?q=dash"
    client.force_login(liaison_officer)
    html = client.get(page).content.decode()
    assert "<mark>DASH</mark>" in html
    assert "<script>alert(1)</script>" not in html and "<mark>DASH</mark> &amp; DARA" in html


def test_different_forms_of_a_word_match(register, liaison_officer):
    hits = backends.search("assessment", user=liaison_officer)  # the text says "assessments"
    assert kinds_and_ids(hits) == [("finding", register["dash"].pk)]


def test_nobody_finds_another_organisations_responses_or_findings(register, liaison_officer, other_org_liaison):
    mine = kinds_and_ids(backends.search("backlog", user=liaison_officer))
    theirs = kinds_and_ids(backends.search("backlog", user=other_org_liaison))
    assert ("finding", register["hidden"].pk) not in mine
    assert all(kind == "finding" for kind, _ in mine)
    assert ("finding", register["hidden"].pk) in theirs and ("response", register["hidden"].responses.get().pk) in theirs


def test_a_pcc_office_finds_the_force_it_oversees(register, reviewer):
    assert ("finding", register["vetting"].pk) in kinds_and_ids(backends.search("vetting backlog", user=reviewer))


def test_typed_punctuation_finds_nothing_rather_than_failing(register, client, liaison_officer):
    client.force_login(liaison_officer)
    assert list(backends.search('"( * )', user=liaison_officer)) == []
    response = client.get(reverse("search:search"), {"q": 'vetting" OR ('})
    assert response.status_code == 200 and response.context["total"] == 2


def test_filters_narrow_results_and_stay_in_the_page_links(register, client, liaison_officer, force):
    for n in range(25):
        UpdateFactory(response=register["dash"].responses.get(), text=f"Vetting note {n}")
    client.force_login(liaison_officer)
    response = client.get(reverse("search:search"), {"q": "vetting", "kind": "update"})
    assert response.context["total"] == 25
    assert {r["hit"].kind for r in response.context["results"]} == {"update"}
    assert "kind=update" in response.context["query"] and "q=vetting" in response.context["query"]
    assert 'href="?q=vetting&amp;kind=update&amp;page=2"' in response.content.decode()


def test_an_unknown_filter_value_is_reported_not_ignored(register, client, liaison_officer):
    client.force_login(liaison_officer)
    response = client.get(reverse("search:search"), {"q": "vetting", "kind": "gossip"})
    assert response.status_code == 400 and response.context["results"] == []


def test_the_index_follows_edits_and_deletions(register, liaison_officer):
    update = UpdateFactory(response=register["dash"].responses.get(), text="Handheld devices issued")
    assert kinds_and_ids(backends.search("handheld", user=liaison_officer)) == [("update", update.pk)]
    update.text = "Tablets issued"
    update.save()
    assert list(backends.search("handheld", user=liaison_officer)) == []
    assert kinds_and_ids(backends.search("tablets", user=liaison_officer)) == [("update", update.pk)]
    update.delete()
    assert list(backends.search("tablets", user=liaison_officer)) == []


def test_rebuilding_gives_the_same_index_as_saving_one_by_one(register, other_force):
    ReportInvolvementFactory(report=register["vetting"].report, organisation=other_force)
    ReportFactory(title="State of Policing 2021", summary="Annual assessment")
    saved = set(SearchDocument.objects.values_list("kind", "object_id", "scope", "body"))
    assert index.rebuild() == len(saved)
    assert set(SearchDocument.objects.values_list("kind", "object_id", "scope", "body")) == saved
    assert SearchDocument.objects.get(kind="report", object_id=register["vetting"].report_id).scope.count("o") == 2


def test_each_finding_and_report_is_indexed_for_exactly_the_organisations_access_lets_see_it(
    register, force, other_force, pcc_office, liaison_officer, other_org_liaison, reviewer
):
    from oversight.accounts import access
    from oversight.reports.models import Finding, Report

    ReportInvolvementFactory(report=register["hidden"].report, organisation=force)
    ReportFactory(title="State of Policing")  # no involvement, no findings: nobody's register
    for user in (liaison_officer, other_org_liaison, reviewer):
        tokens = {index.org_token(i) for i in access.organisation_ids(user)}
        for model, kind in ((Finding, "finding"), (Report, "report")):
            indexed = {
                d.object_id for d in SearchDocument.objects.filter(kind=kind) if tokens & set(d.scope.split())
            }
            assert indexed == set(access.visible(model.objects.all(), user).values_list("pk", flat=True)), (user, kind)


def test_the_rebuild_command_reindexes_bulk_loaded_rows(register, liaison_officer, force):
    from django.core.management import call_command

    from oversight.responses.models import Response

    finding = FindingFactory(text="Custody detention officers should be trained in safeguarding.")
    Response.objects.bulk_create([Response(finding=finding, organisation=force, narrative="Custody audit done")])
    assert list(backends.search("custody", user=liaison_officer)) == []  # bulk loads bypass signals
    call_command("search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert {hit.kind for hit in backends.search("custody", user=liaison_officer)} == {"finding", "response"}


def test_someone_without_an_organisation_finds_nothing(register, db):
    from oversight.accounts.tests.factories import UserFactory

    assert list(backends.search("vetting", user=UserFactory(username="newcomer"))) == []


def test_a_very_broad_search_says_more_than_it_counts(register, client, liaison_officer, monkeypatch):
    from oversight.search import views

    monkeypatch.setattr(views, "MOST_COUNTED", 10)
    for n in range(12):
        UpdateFactory(response=register["dash"].responses.get(), text=f"Vetting note {n}")
    client.force_login(liaison_officer)
    page = client.get(reverse("search:search"), {"q": "vetting", "kind": "update"})
    assert page.context["total"] == 10 and "More than 10 results" in page.content.decode()
    last = client.get(reverse("search:search"), {"q": "vetting", "kind": "update", "page": 9})
    assert last.context["page"].number == 1  # only the counted matches are paged
