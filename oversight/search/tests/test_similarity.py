import pytest
from django.urls import reverse

from oversight.reports.models import FindingLink
from oversight.reports.tests.factories import FindingFactory, ReportFactory
from oversight.responses.tests.factories import ResponseFactory
from oversight.search import quality, similarity


def test_labelled_related_pairs_score_above_unrelated_ones():
    """Measured on hand-labelled pairs of real findings (seeds 001, 002, 004 and the samples)."""
    measured = quality.measure()
    assert measured.related_pairs == 17 and measured.unrelated_pairs > 1000
    assert measured.roc_auc >= 0.83
    assert measured.hit_at_3 >= 0.6  # a related finding is among the top three for most findings
    assert measured.mean_related > 5 * measured.mean_unrelated
    assert min(measured.duplicate_scores) >= similarity.DUPLICATE_THRESHOLD


@pytest.fixture
def labelled_register(force, other_force):
    """The labelled findings loaded as reports and findings; the force responds to all of them."""
    data = quality.load()
    reports = {key: ReportFactory(title=meta["title"]) for key, meta in data["reports"].items()}
    findings = {}
    for item in data["findings"]:
        findings[item["id"]] = FindingFactory(report=reports[item["report"]], text=item["text"])
        if item["report"] != "register":  # the register entry is what an import would bring in
            ResponseFactory(finding=findings[item["id"]], organisation=force)
    return findings


def test_similar_findings_come_from_other_reports_best_first(labelled_register, liaison_officer):
    matches = similarity.similar_findings(labelled_register["ipa-dash"], liaison_officer)
    assert matches[0].finding == labelled_register["wmer-pv-AFI2"]  # DASH risk assessments, West Mercia 2018
    assert all(m.finding.report_id != labelled_register["ipa-dash"].report_id for m in matches)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_similar_findings_leave_out_what_the_user_cannot_see(labelled_register, other_org_liaison, liaison_officer):
    assert similarity.similar_findings(labelled_register["ipa-dash"], other_org_liaison) == []
    assert labelled_register["register-vetting"] not in [
        m.finding for m in similarity.similar_findings(labelled_register["ipa-vetting"], liaison_officer)
    ]


def test_likely_duplicates_flags_findings_already_in_the_register(labelled_register, force, other_force):
    repeated = labelled_register["register-vetting"].text
    fresh = "Chief constables should review how their forces record hate crime reported online."
    flagged = similarity.likely_duplicates([repeated, fresh], force)
    assert [m.finding for m in flagged[0]] == [labelled_register["ipa-vetting"]]
    assert flagged[0][0].score > 0.99 and flagged[1] == []
    assert similarity.likely_duplicates([repeated], other_force) == [[]]  # not in their register


def test_the_model_refits_when_a_finding_is_added(labelled_register, liaison_officer, force):
    before = similarity.model()
    added = FindingFactory(text=labelled_register["ipa-dash"].text + " Within six months.")
    ResponseFactory(finding=added, organisation=force)
    assert similarity.model() is not before
    assert similarity.similar_findings(labelled_register["ipa-dash"], liaison_officer)[0].finding == added


def test_the_similar_findings_section_shows_scores_and_link_buttons(labelled_register, client, liaison_officer):
    client.force_login(liaison_officer)
    page = client.get(reverse("search:similar", args=[labelled_register["ipa-dash"].pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert labelled_register["wmer-pv-AFI2"].report.title in html and "%</td>" in html
    assert 'name="relation"' in html


def test_a_liaison_officer_links_two_findings(labelled_register, client, liaison_officer):
    client.force_login(liaison_officer)
    source, target = labelled_register["ipa-dash"], labelled_register["wmer-pv-AFI2"]
    response = client.post(reverse("search:link", args=[source.pk]), {"target": target.pk, "relation": "related"})
    assert response.status_code == 302
    link = FindingLink.objects.get()
    assert (link.source, link.target, link.relation, link.created_by) == (source, target, "related", liaison_officer)
    page = client.get(reverse("search:similar", args=[target.pk])).content.decode()
    assert "related to this finding" in page


@pytest.mark.parametrize(
    ("relation", "target_key", "message"),
    [
        ("related", "ipa-dash", "cannot be linked to itself"),
        ("cousin", "wmer-pv-AFI2", "Select a valid choice"),
    ],
)
def test_a_bad_link_is_refused_with_a_reason_and_changes_nothing(
    labelled_register, client, liaison_officer, relation, target_key, message
):
    client.force_login(liaison_officer)
    source = labelled_register["ipa-dash"]
    response = client.post(
        reverse("search:link", args=[source.pk]), {"target": labelled_register[target_key].pk, "relation": relation}
    )
    assert response.status_code == 422 and message in response.content.decode()
    assert not FindingLink.objects.exists()


def test_the_same_link_twice_is_refused(labelled_register, client, liaison_officer):
    client.force_login(liaison_officer)
    url = reverse("search:link", args=[labelled_register["ipa-dash"].pk])
    data = {"target": labelled_register["wmer-pv-AFI2"].pk, "relation": "duplicates"}
    client.post(url, data)
    response = client.post(url, data)
    assert response.status_code == 422 and "already linked" in response.content.decode()
    assert FindingLink.objects.count() == 1


def test_a_finding_of_another_organisation_cannot_be_a_link_target(labelled_register, client, liaison_officer):
    hidden = FindingFactory(report=ReportFactory())
    client.force_login(liaison_officer)
    response = client.post(
        reverse("search:link", args=[labelled_register["ipa-dash"].pk]), {"target": hidden.pk, "relation": "related"}
    )
    assert response.status_code == 422 and "a finding you can see" in response.content.decode()
    assert not FindingLink.objects.exists()


def test_only_liaison_officers_link_findings(labelled_register, client, action_owner):
    client.force_login(action_owner)
    page = client.get(reverse("search:similar", args=[labelled_register["ipa-dash"].pk])).content.decode()
    assert 'name="relation"' not in page
    response = client.post(
        reverse("search:link", args=[labelled_register["ipa-dash"].pk]),
        {"target": labelled_register["wmer-pv-AFI2"].pk, "relation": "related"},
    )
    assert response.status_code == 403 and "Only a liaison officer" in response.content.decode()
    assert not FindingLink.objects.exists()


def test_the_finding_page_offers_similar_findings(labelled_register, client, liaison_officer):
    client.force_login(liaison_officer)
    finding = labelled_register["ipa-dash"]
    page = client.get(reverse("reports:finding", args=[finding.pk])).content.decode()
    assert f'hx-get="{reverse("search:similar", args=[finding.pk])}"' in page
    partial = client.get(reverse("search:similar", args=[finding.pk]), headers={"HX-Request": "true"})
    assert "<html" not in partial.content.decode() and 'id="similar-findings"' in partial.content.decode()
