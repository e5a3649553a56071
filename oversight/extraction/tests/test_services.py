"""Reading a report for review writes nothing to the register; confirming writes it all or nothing."""

import pytest
from django.test import override_settings

from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.extraction import services
from oversight.extraction.models import ReportUpload
from oversight.reports.models import Finding, Report
from oversight.responses.models import Response

from .accuracy import DATA
from .documents import pdf_from_html

PEEL = (DATA / "case_peel.html").read_text()
THEMATIC = (DATA / "case_thematic.html").read_text()


@pytest.fixture
def peel_pdf():
    return pdf_from_html(PEEL)


def start(data, liaison_officer, force, name="peel.pdf"):
    return services.start_review(data, name, organisation=force, by=liaison_officer)


def confirm(review, user, **kw):
    return services.confirm_upload(review, title=kw.get("title", "PEEL 2023–25: Exampleshire"), kind="peel",
                                   published_on=None, by=user)


def test_reading_a_report_proposes_its_findings_and_writes_nothing_to_the_register(peel_pdf, liaison_officer, force):
    review = start(peel_pdf, liaison_officer, force)
    assert [f["kind"] for f in review.findings][:2] == ["cause_of_concern", "recommendation"]
    assert review.pages == 4 and review.format == "pdf" and str(review.published_on) == "2024-06-06"
    assert (Report.objects.count(), Finding.objects.count(), Response.objects.count()) == (0, 0, 0)


def test_confirming_creates_the_report_its_findings_and_draft_responses(peel_pdf, liaison_officer, force):
    review = start(peel_pdf, liaison_officer, force)
    report = confirm(review, liaison_officer)
    findings = list(report.findings.order_by("position"))
    # The lead-in "Within three months, the force should:" is proposed as its three items (issue 11).
    assert len(findings) == 11 and report.content_hash == review.content_hash
    assert [f.parent for f in findings[1:4]] == [findings[0]] * 3 and findings[6].parent == findings[4]
    assert {f.due_text for f in findings[1:4]} == {"Within three months"}
    responses = Response.objects.filter(organisation=force)
    assert responses.count() == 11
    assert set(responses.values_list("status", flat=True)) == {Response.Status.DRAFT}
    # The causes of concern print no addressee but their recommendations are addressed to the force.
    assert set(responses.values_list("applicability", flat=True)) == {Response.Applicability.APPLIES}


def test_findings_not_addressed_to_forces_are_monitor_only(liaison_officer, force):
    review = start(THEMATIC.encode(), liaison_officer, force, name="stalking.html")
    report = services.confirm_upload(review, title="Stalking", kind="national_thematic", published_on=None,
                                     by=liaison_officer)
    applicability = {
        r.finding.ref or r.finding.kind: r.applicability
        for r in Response.objects.filter(finding__report=report).select_related("finding")
    }
    assert applicability["1"] == Response.Applicability.APPLIES
    assert applicability["3"] == Response.Applicability.MONITOR_ONLY  # the College of Policing
    assert applicability["area_for_improvement"] == Response.Applicability.APPLIES  # "Forces should"


def test_the_same_file_again_is_recognised_not_duplicated(peel_pdf, liaison_officer, force):
    first = start(peel_pdf, liaison_officer, force)
    assert start(peel_pdf, liaison_officer, force, name="renamed.pdf").pk == first.pk
    report = confirm(first, liaison_officer)
    with pytest.raises(services.AlreadyImported) as already:
        start(peel_pdf, liaison_officer, force, name="again.pdf")
    assert already.value.report == report
    assert Report.objects.count() == 1 and ReportUpload.objects.count() == 1


def test_another_organisation_confirming_the_same_file_shares_the_report(
    peel_pdf, liaison_officer, force, other_org_liaison, other_force
):
    confirm(start(peel_pdf, liaison_officer, force), liaison_officer)
    confirm(services.start_review(peel_pdf, "p.pdf", organisation=other_force, by=other_org_liaison), other_org_liaison)
    assert Report.objects.count() == 1 and Finding.objects.count() == 11
    assert Response.objects.filter(organisation=other_force).count() == 11


def test_only_a_liaison_officer_or_administrator_can_read_a_report_in(peel_pdf, action_owner, force):
    with pytest.raises(NotAllowed):
        services.start_review(peel_pdf, "peel.pdf", organisation=force, by=action_owner)
    assert ReportUpload.objects.count() == 0


def test_an_unreadable_file_is_refused_and_nothing_is_kept(liaison_officer, force):
    with pytest.raises(InvalidInput, match="damaged"):
        start(b"%PDF-1.4 broken", liaison_officer, force)
    assert ReportUpload.objects.count() == 0


def test_a_file_over_the_upload_limit_is_refused():
    from django.core.files.uploadedfile import SimpleUploadedFile

    with override_settings(MAX_UPLOAD_BYTES=1000), pytest.raises(InvalidInput, match="larger than"):
        services.read_uploaded_file(SimpleUploadedFile("big.pdf", b"x" * 1001))


def test_editing_a_finding_changes_only_the_proposal(peel_pdf, liaison_officer, force):
    review = start(peel_pdf, liaison_officer, force)
    services.edit_finding(review, "F8", {
        "kind": "recommendation", "ref": "R1", "text": "  The force should act.  ", "addressees": ["the force"],
        "due_text": "", "due_on": None, "parent": "F5",
    }, by=liaison_officer)
    review.refresh_from_db()
    assert review.finding("F8") | {} == {**review.finding("F8"), "kind": "recommendation", "ref": "R1",
                                         "text": "The force should act.", "parent": "F5"}
    assert Finding.objects.count() == 0


def test_a_finding_can_only_belong_to_a_cause_of_concern_and_a_refused_edit_changes_nothing(
    peel_pdf, liaison_officer, force
):
    review = start(peel_pdf, liaison_officer, force)
    before = review.finding("F8").copy()
    with pytest.raises(InvalidInput, match="cause of concern"):
        services.edit_finding(review, "F8", {**before, "parent": "F9"}, by=liaison_officer)
    review.refresh_from_db()
    assert review.finding("F8") == before


def test_discard_merge_and_split_reshape_the_proposal(peel_pdf, liaison_officer, force):
    review = start(peel_pdf, liaison_officer, force)
    services.discard_finding(review, "F1", by=liaison_officer)
    assert review.finding("F1") is None and review.finding("F2")["parent"] is None
    services.merge_with_next(review, "F6", by=liaison_officer)
    merged = review.finding("F6")["text"]
    assert merged.endswith("Code of Practice for Victims of Crime.") and review.finding("F7") is None
    services.split_finding(review, "F6", "The force should make sure that victims", by=liaison_officer)
    ids = [f["id"] for f in review.findings]
    assert ids[ids.index("F6") + 1] == "F12"
    assert review.finding("F12")["text"].startswith("The force should make sure that victims")
    with pytest.raises(InvalidInput):
        services.split_finding(review, "F6", "words that are not there", by=liaison_officer)


def test_a_confirmed_review_cannot_be_confirmed_or_edited_again(peel_pdf, liaison_officer, force):
    review = start(peel_pdf, liaison_officer, force)
    confirm(review, liaison_officer)
    with pytest.raises(InvalidInput, match="already been confirmed"):
        confirm(review, liaison_officer)
    with pytest.raises(InvalidInput):
        services.discard_finding(review, "F1", by=liaison_officer)
    assert Report.objects.count() == 1


def test_the_same_ref_under_two_headings_is_kept_twice(liaison_officer, force):
    seed = (DATA / "seed_002.txt").read_bytes()
    report = services.confirm_upload(start(seed, liaison_officer, force, name="seed_002.txt"), title="PEEL 2017",
                                     kind="peel", published_on=None, by=liaison_officer)
    assert report.findings.filter(ref="AFI1").count() == 2


def test_a_finding_addressed_to_an_alias_of_the_organisation_applies(liaison_officer, force):
    from oversight.organisations.models import OrganisationAlias

    findings = [{"addressees": ["WM Constabulary"]}, {"addressees": ["Another force"]}]
    services.mark_own_organisation(findings, force)
    assert "addressed_to_us" not in findings[0]
    OrganisationAlias.objects.create(organisation=force, name="WM Constabulary")
    services.mark_own_organisation(findings, force)
    assert findings[0]["addressed_to_us"] and "addressed_to_us" not in findings[1]


def test_confirming_records_the_guessed_involvement_named_means_inspected(liaison_officer, force, pcc_office):
    """Without a choice, the guess is recorded: a report that names the force was inspected in fieldwork; one
    that does not is a noted force, and a thematic not addressed to chief constables needs no PCC comments."""
    from oversight.reports.models import ReportInvolvement, StatutoryResponse

    named = start("Recommendations\n• West Midlands Police should improve its call handling.\n".encode(),
                  liaison_officer, force, name="named.txt")
    assert services.guess_involvement(named) == "inspected"
    other = start(b"Recommendations\n- The College of Policing should update its guidance on stalking.\n",
                  liaison_officer, force, name="other.txt")
    assert services.guess_involvement(other) == "noted_force"
    report = services.confirm_upload(other, title="Stalking", kind="national_thematic", published_on=None,
                                     by=liaison_officer)
    assert ReportInvolvement.objects.get(report=report, organisation=force).involvement == "noted_force"
    assert not StatutoryResponse.objects.filter(report=report, organisation=pcc_office, required=True).exists()
