"""The upload, review and confirm pages: access, form errors that change nothing, and the journey's wiring."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from oversight.extraction.models import ReportUpload
from oversight.reports.models import Report
from oversight.responses.models import Response

from .accuracy import DATA
from .documents import docx_from_html

FIRE = (DATA / "case_fire.html").read_text()


def upload(client, **data):
    return client.post(reverse("extraction:upload"), data)


def test_a_liaison_officer_uploads_a_word_report_and_sees_its_findings_for_review(client, liaison_officer):
    client.force_login(liaison_officer)
    response = upload(client, file=SimpleUploadedFile("fire.docx", docx_from_html(FIRE)))
    review = ReportUpload.objects.get()
    assert response.status_code == 302 and response.url == reverse("extraction:review", args=[review.pk])
    page = client.get(response.url)
    assert page.status_code == 200
    assert "The service hasn’t done enough to make sure" in page.content.decode()
    assert "By 31 January 2025" in page.content.decode()
    assert Report.objects.count() == 0


def test_pasted_text_can_be_reviewed_and_confirmed_into_the_register(client, liaison_officer, force):
    client.force_login(liaison_officer)
    upload(client, text=(DATA / "sample_01.txt").read_text())
    review = ReportUpload.objects.get()
    done = client.post(reverse("extraction:confirm", args=[review.pk]), {"title": "Vetting", "kind": "peel"})
    report = Report.objects.get()
    assert done.status_code == 302 and done.url == reverse("reports:detail", args=[report.pk])
    assert Response.objects.filter(organisation=force, status="draft").count() == 2


def test_a_file_over_the_limit_gets_a_clear_message_and_nothing_is_read(client, liaison_officer):
    client.force_login(liaison_officer)
    with override_settings(MAX_UPLOAD_BYTES=2048):
        response = upload(client, file=SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 4096))
    assert response.status_code == 422 and "larger than" in response.content.decode()
    assert ReportUpload.objects.count() == 0


def test_the_type_is_checked_by_content_not_by_the_file_name(client, liaison_officer):
    client.force_login(liaison_officer)
    response = upload(client, file=SimpleUploadedFile("report.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert response.status_code == 422 and "not a PDF, Word" in response.content.decode()
    assert ReportUpload.objects.count() == 0


def test_choosing_both_a_file_and_text_or_neither_is_an_error(client, liaison_officer):
    client.force_login(liaison_officer)
    assert upload(client).status_code == 422
    assert upload(client, text="x", file=SimpleUploadedFile("a.txt", b"y")).status_code == 422
    assert ReportUpload.objects.count() == 0


@pytest.mark.parametrize("persona", ["portfolio_lead", "action_owner", "reviewer", "committee_member"])
def test_only_liaison_officers_and_administrators_may_read_a_report_in(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("extraction:upload")).status_code == 403


def test_another_organisation_cannot_see_a_review(client, liaison_officer, other_org_liaison):
    client.force_login(liaison_officer)
    upload(client, text=(DATA / "sample_05.txt").read_text())
    review = ReportUpload.objects.get()
    client.force_login(other_org_liaison)
    assert client.get(reverse("extraction:review", args=[review.pk])).status_code == 404
    assert client.post(reverse("extraction:confirm", args=[review.pk]), {"title": "x", "kind": "peel"}).status_code == 404
    assert Report.objects.count() == 0


def test_a_bad_edit_is_shown_on_the_page_and_changes_nothing(client, liaison_officer):
    client.force_login(liaison_officer)
    upload(client, text=(DATA / "sample_05.txt").read_text())
    review = ReportUpload.objects.get()
    before = list(review.findings)
    response = client.post(reverse("extraction:finding", args=[review.pk, "F1"]),
                           {"action": "save", "F1-kind": "recommendation", "F1-text": ""})
    assert response.status_code == 422 and "govuk-error-message" in response.content.decode()
    review.refresh_from_db()
    assert review.findings == before


def test_leaving_out_a_finding_from_the_review_page(client, liaison_officer):
    client.force_login(liaison_officer)
    upload(client, text=(DATA / "sample_01.txt").read_text())
    review = ReportUpload.objects.get()
    client.post(reverse("extraction:finding", args=[review.pk, "F1"]), {"action": "discard"})
    review.refresh_from_db()
    assert [f["id"] for f in review.findings] == ["F2"] and review.findings[0]["parent"] is None


def test_uploading_a_report_already_in_the_register_goes_to_it(client, liaison_officer):
    client.force_login(liaison_officer)
    text = (DATA / "sample_01.txt").read_text()
    upload(client, text=text)
    client.post(reverse("extraction:confirm", args=[ReportUpload.objects.get().pk]), {"title": "V", "kind": "peel"})
    again = upload(client, text=text)
    assert again.status_code == 302 and again.url == reverse("reports:detail", args=[Report.objects.get().pk])
    assert Report.objects.count() == 1


NAMED = """<html><body><h1>PEEL: West Midlands Police</h1><table><tr><th><p>Area</p></th><th><p>Grade</p></th></tr>
<tr><td><p>Responding to the public</p></td><td><p>Inadequate</p></td></tr></table>
<h2>Responding to the public</h2><h3>Cause of concern</h3><p>West Midlands Police isn’t answering calls quickly enough.</p>
<h3>Recommendations</h3><p>Recommendation 1: West Midlands Police should answer emergency calls within ten seconds; and
Recommendation 2: The force should review its call handling staffing.</p>
<h3>Area for improvement</h3><p>West Midlands should improve how it records equality data.</p></body></html>"""


def test_the_review_shows_each_proposal_beside_its_source_doubtful_first_with_the_gradings(client, liaison_officer):
    client.force_login(liaison_officer)
    upload(client, file=SimpleUploadedFile("wmp.html", NAMED.encode()))
    review = ReportUpload.objects.get()
    assert [(g["area"], g["grade"]) for g in review.gradings] == [("Responding to the public", "Inadequate")]
    page = client.get(reverse("extraction:review", args=[review.pk])).content.decode()
    assert '<mark class="app-source__span">West Midlands Police should answer emergency calls within ten seconds</mark>' in page
    assert "Gradings printed in the report" in page and "Inadequate" in page
    confidences = [f["confidence"] for f in review.findings]
    order = [page.index(f'id="finding-{f["id"]}"') for f in sorted(review.findings, key=lambda f: f["confidence"])]
    assert order == sorted(order) and len(set(confidences)) > 1
    printed = client.get(reverse("extraction:review", args=[review.pk]) + "?order=document").content.decode()
    assert [printed.index(f'id="finding-{f["id"]}"') for f in review.findings] == sorted(
        printed.index(f'id="finding-{f["id"]}"') for f in review.findings)


def test_findings_addressed_to_the_organisation_by_name_or_short_name_apply(client, liaison_officer, force):
    client.force_login(liaison_officer)
    upload(client, file=SimpleUploadedFile("wmp.html", NAMED.encode()))
    review = ReportUpload.objects.get()
    client.post(reverse("extraction:confirm", args=[review.pk]), {"title": "PEEL: West Midlands Police", "kind": "peel"})
    applicability = dict(Response.objects.filter(organisation=force).values_list("finding__text", "applicability"))
    assert applicability == {
        "West Midlands Police isn’t answering calls quickly enough.": "applies",
        "West Midlands Police should answer emergency calls within ten seconds": "applies",
        "The force should review its call handling staffing.": "applies",
        "West Midlands should improve how it records equality data.": "applies",
    }


def test_a_scan_read_by_ocr_is_flagged_on_the_review(client, liaison_officer):
    from .corpus import scan_of
    from .documents import pdf_from_html

    client.force_login(liaison_officer)
    upload(client, file=SimpleUploadedFile("scan.pdf", scan_of(pdf_from_html(NAMED))))
    review = ReportUpload.objects.get()
    assert review.read_by_ocr is True and review.findings
    assert "its text was read by OCR" in client.get(reverse("extraction:review", args=[review.pk])).content.decode()


def test_confirming_a_reading_records_how_the_force_took_part_and_starts_the_pccs_clock(
        client, liaison_officer, force, pcc_office):
    """Issue 11: reading a report records the organisation's involvement (the choice on the review page,
    pre-filled with a guess), so the PCC's 56-day clock and the report totals follow."""
    from bs4 import BeautifulSoup

    from oversight.reports.models import ReportInvolvement, StatutoryResponse

    client.force_login(liaison_officer)
    upload(client, text="A thematic report on stalking\nRecommendations\n• By 1 May 2025, the College of Policing "
                        "should make sure that its guidance on stalking is up to date.\n")
    review = ReportUpload.objects.get()
    page = BeautifulSoup(client.get(reverse("extraction:review", args=[review.pk])).content, "html.parser")
    assert [i["value"] for i in page.select("input[name=involvement][checked]")] == ["noted_force"]  # the guess
    done = client.post(reverse("extraction:confirm", args=[review.pk]), {
        "title": "Stalking", "kind": "national_thematic", "published_on": "2025-01-10", "involvement": "inspected"})
    report = Report.objects.get()
    assert done.status_code == 302
    assert ReportInvolvement.objects.get(report=report, organisation=force).involvement == "inspected"
    # Inspected in fieldwork: the Commissioner must comment within 56 days of publication, though no
    # recommendation is addressed to chief constables.
    statutory = StatutoryResponse.objects.get(report=report, organisation=pcc_office)
    assert statutory.required and statutory.due_on == report.statutory_comment_due_on


def test_an_unknown_involvement_is_refused_and_nothing_is_written(client, liaison_officer, force):
    client.force_login(liaison_officer)
    upload(client, text=(DATA / "sample_01.txt").read_text())
    review = ReportUpload.objects.get()
    response = client.post(reverse("extraction:confirm", args=[review.pk]),
                           {"title": "Vetting", "kind": "peel", "involvement": "bystander"})
    assert response.status_code == 422 and "Select a valid choice" in response.content.decode()
    assert Report.objects.count() == 0
