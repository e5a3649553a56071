"""The narrative is written in the app: pre-filled from the register and the committee's layout, edited
beside the paper, printed in Word and PDF; what is left as pre-filled follows the register."""

from django.urls import reverse

from oversight.papers.models import Paper
from oversight.papers.tests.test_documents import D
from oversight.reports.models import Finding, Report
from oversight.reports.tests.factories import FindingFactory
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory


def test_the_edit_page_is_pre_filled_from_the_register_and_shows_the_paper(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:edit", args=[paper_scene.pk])).content.decode()
    soteria = Report.objects.get(title__startswith="An inspection report on progress")
    assert f'name="overview_{soteria.pk}"' in page
    afi = Finding.objects.get(ref="AFI1")
    assert f'name="finding_{afi.pk}"' in page and "A training plan is in place." in page
    assert "The paper as it reads now" in page and "(+4)" in page


def test_written_narrative_is_printed_and_unchanged_prefill_is_not_stored(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    soteria = Report.objects.get(title__startswith="An inspection report on progress")
    afi = Finding.objects.get(ref="AFI1")
    response = client.post(reverse("papers:edit", args=[paper_scene.pk]), {
        "period_start": "2024-07-25", "period_end": "2024-12-05", "closures_since": "2023-08-01",
        "title": "HMICFRS Update – December",
        f"overview_{soteria.pk}": "Op Soteria was described as a 'game changer'.",
        f"finding_{afi.pk}": "A training plan is in place.",  # as pre-filled
        "free_title_1": "HMIC Oversight Board", "free_text_1": "The DCC chairs a monthly HMIC Oversight Board.",
        "contacts": "T/CI Fiona Fletcher | HMICFRS Force Liaison Officer",
        "background_documents": "PEEL 2023–25 report | https://hmicfrs.justiceinspectorates.gov.uk/",
    })
    assert response.status_code == 302
    narrative = Paper.objects.get(meeting=paper_scene).narrative
    assert narrative["overview"] == {str(soteria.pk): "Op Soteria was described as a 'game changer'."}
    assert "finding_narrative" not in narrative  # left as the register says, so it follows the register
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    for text in ["HMICFRS Update – December", "game changer", "The DCC chairs a monthly HMIC Oversight Board.",
                 "T/CI Fiona Fletcher", "Background documents", "PEEL 2023–25 report"]:
        assert text in page.replace("&#x27;", "'"), text


def test_bad_contact_and_document_lines_are_refused_and_nothing_is_saved(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    response = client.post(reverse("papers:edit", args=[paper_scene.pk]), {
        "period_start": "2024-07-25", "period_end": "2024-12-05",
        "contacts": " | Liaison officer", "background_documents": "Minutes | javascript:alert(1)",
    })
    assert response.status_code == 422
    page = response.content.decode()
    assert "starts with a name" in page and "starts with https://" in page
    assert Paper.objects.get(meeting=paper_scene).narrative == {}


def test_an_undated_report_is_asked_for_and_can_be_included(client, liaison_officer, force, paper_scene):
    ipa = paper_scene.ipa
    finding = FindingFactory(report=ipa, kind="area_for_improvement", ref="AFI9", addressees=["The force"],
                             text="The force should improve its vetting.")
    response = ResponseFactory(finding=finding, organisation=force, status="in_progress")
    UpdateFactory(response=response, text="A vetting plan is in place.", written_on=D(2024, 10, 1))
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:edit", args=[paper_scene.pk])).content.decode()
    assert "Reports with no publication date" in page and ipa.title in page
    client.post(reverse("papers:issue", args=[paper_scene.pk]))
    assert Paper.objects.get(meeting=paper_scene).status == "draft"  # not issued with a report misfiled
    client.post(reverse("papers:edit", args=[paper_scene.pk]), {
        "period_start": "2024-07-25", "period_end": "2024-12-05", "include_reports": [str(ipa.pk)]})
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    assert "(Received since the last meeting)" in page and "The force should improve its vetting." in page
    assert "A vetting plan is in place." in page
