import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from oversight.papers import docx as word
from oversight.papers.models import Meeting, Paper, PaperTemplate
from oversight.papers.tests.factories import CommitteeFactory, MeetingFactory
from oversight.papers.tests.test_documents import docx_with
from oversight.reports.tests.factories import FindingFactory

D = dt.date


def test_liaison_officer_sees_committees_and_meetings(client, liaison_officer, jac):
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:list")).content.decode()
    assert "Joint Audit Committee" in page and "5 December 2024" in page and "Add a meeting" in page


def test_a_meeting_dated_before_the_previous_meeting_is_refused(client, liaison_officer, jac):
    client.force_login(liaison_officer)
    response = client.post(reverse("papers:add_meeting"), {"committee": jac.committee.pk, "held_on": "2024-11-01"})
    assert response.status_code == 422
    assert "must be after the committee&#x27;s previous meeting on 5 December 2024" in response.content.decode()
    assert jac.committee.meetings.count() == 2


def test_a_meeting_after_the_last_one_is_added_and_opens_its_paper(client, liaison_officer, jac):
    client.force_login(liaison_officer)
    response = client.post(reverse("papers:add_meeting"), {"committee": jac.committee.pk, "held_on": "2025-03-20",
                                                           "agenda_item": "7"})
    meeting = Meeting.objects.get(held_on=D(2025, 3, 20))
    assert response.status_code == 302 and response.url == reverse("papers:preview", args=[meeting.pk])


def test_committee_members_cannot_add_meetings(client, committee_member, jac):
    client.force_login(committee_member)
    response = client.post(reverse("papers:add_meeting"), {"committee": jac.committee.pk, "held_on": "2025-03-20"})
    assert response.status_code == 422
    assert not Meeting.objects.filter(held_on=D(2025, 3, 20)).exists()


def test_preview_starts_a_draft_for_the_period_since_the_previous_meeting(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    paper = Paper.objects.get(meeting=paper_scene)
    assert (paper.status, paper.period_start, paper.period_end) == ("draft", D(2024, 7, 25), D(2024, 12, 5))
    assert "Period covered: 25 July 2024 to 5 December 2024" in page
    assert "14 recommendations were made in total, of which 5 were applicable to chief constables." in page


def test_edit_saves_narrative_and_commentary(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:edit", args=[paper_scene.pk])).content.decode()
    assert "Commentary on Activism and impartiality in policing" in page
    report_id = Paper.objects.get(meeting=paper_scene)  # started by the GET
    from oversight.reports.models import Report

    report_id = Report.objects.get(title="Activism and impartiality in policing").pk
    response = client.post(reverse("papers:edit", args=[paper_scene.pk]), {
        "period_start": "2024-07-25", "period_end": "2024-12-05", "closures_since": "2023-08-01",
        "purpose": "To update members.", "contact_name": "T/CI Fiona Fletcher",
        f"commentary_{report_id}": "WMP were one of 12 forces inspected.",
    })
    assert response.status_code == 302
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    assert "1.1 To update members." in page and "WMP were one of 12 forces inspected." in page
    assert "170 (+4)" in page


def test_a_period_that_ends_before_it_starts_is_refused_and_nothing_changes(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    client.get(reverse("papers:preview", args=[paper_scene.pk]))
    response = client.post(reverse("papers:edit", args=[paper_scene.pk]),
                           {"period_start": "2024-12-05", "period_end": "2024-07-25", "purpose": "Changed"})
    assert response.status_code == 422
    assert "must end on or after the day it starts" in response.content.decode()
    paper = Paper.objects.get(meeting=paper_scene)
    assert paper.period_start == D(2024, 7, 25) and paper.narrative == {}


def test_issued_paper_is_frozen_and_downloads_identical_bytes_after_the_register_changes(
    client, liaison_officer, committee_member, paper_scene
):
    client.force_login(liaison_officer)
    client.get(reverse("papers:preview", args=[paper_scene.pk]))
    assert client.post(reverse("papers:issue", args=[paper_scene.pk])).status_code == 302
    paper = Paper.objects.get(meeting=paper_scene)
    assert paper.status == "issued" and paper.content["closures"]["total"] == 171  # no chosen date: every closure
    first_docx = client.get(reverse("papers:download", args=[paper_scene.pk, "docx"])).content
    first_pdf = client.get(reverse("papers:download", args=[paper_scene.pk, "pdf"])).content

    from oversight.reports.models import Report

    report = Report.objects.get(title="Activism and impartiality in policing")
    FindingFactory(report=report, ref="99")  # the register moves on
    client.force_login(committee_member)
    assert client.get(reverse("papers:download", args=[paper_scene.pk, "docx"])).content == first_docx
    assert client.get(reverse("papers:download", args=[paper_scene.pk, "pdf"])).content == first_pdf
    page = client.get(reverse("papers:preview", args=[paper_scene.pk])).content.decode()
    assert "22 recommendations were made in total" in page
    assert "Edit the paper" not in page


def test_an_issued_paper_cannot_be_edited(client, liaison_officer, paper_scene):
    client.force_login(liaison_officer)
    client.get(reverse("papers:preview", args=[paper_scene.pk]))
    client.post(reverse("papers:issue", args=[paper_scene.pk]))
    client.post(reverse("papers:edit", args=[paper_scene.pk]),
                {"period_start": "2024-01-01", "period_end": "2024-12-05", "purpose": "Changed"})
    assert Paper.objects.get(meeting=paper_scene).content["purpose"] != "Changed"


def test_committee_members_cannot_read_a_draft(client, committee_member, jac):
    client.force_login(committee_member)
    assert client.get(reverse("papers:preview", args=[jac.pk])).status_code == 403
    assert client.get(reverse("papers:download", args=[jac.pk, "pdf"])).status_code == 403
    assert not Paper.objects.exists()


def test_reviewers_cannot_issue(client, reviewer, jac):
    client.force_login(reviewer)
    assert client.post(reverse("papers:issue", args=[jac.pk])).status_code == 403


def test_another_organisations_meeting_is_not_found(client, other_org_liaison, jac):
    client.force_login(other_org_liaison)
    assert client.get(reverse("papers:preview", args=[jac.pk])).status_code == 404


def test_download_of_a_draft_is_a_preview_in_word(client, liaison_officer, jac):
    client.force_login(liaison_officer)
    response = client.get(reverse("papers:download", args=[jac.pk, "docx"]))
    assert response["Content-Disposition"].endswith('-preview.docx"')
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "JOINT AUDIT COMMITTEE" in text


def test_a_hostile_template_upload_is_refused_and_nothing_is_stored(client, liaison_officer, force):
    client.force_login(liaison_officer)
    upload = SimpleUploadedFile("ours.docm", word.default_template_bytes())
    response = client.post(reverse("papers:template"), {"file": upload, "organisation": force.pk})
    assert response.status_code == 422 and "macro-enabled" in response.content.decode()
    upload = SimpleUploadedFile("ours.docx", docx_with("{{ budget }}"))
    response = client.post(reverse("papers:template"), {"file": upload, "organisation": force.pk})
    assert "{{ budget }}" in response.content.decode()
    assert not PaperTemplate.objects.exists()


def test_the_organisations_template_is_used_for_the_paper(client, liaison_officer, force, jac):
    client.force_login(liaison_officer)
    upload = SimpleUploadedFile("ours.docx", docx_with("House style paper for {{ committee }} on {{ meeting_date }}"))
    assert client.post(reverse("papers:template"), {"file": upload, "organisation": force.pk}).status_code == 302
    response = client.get(reverse("papers:download", args=[jac.pk, "docx"]))
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert text == "House style paper for Joint Audit Committee on 5 December 2024"


def test_a_template_broken_after_upload_gives_a_default_preview_and_refuses_to_issue(
    client, liaison_officer, force, jac
):
    from django.core.files.base import ContentFile

    template = PaperTemplate(organisation=force, original_name="ours.docx")
    template.file.save("ours.docx", ContentFile(docx_with("{{ budget }}")))
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:preview", args=[jac.pk])).content.decode()
    assert "{{ budget }}" in page and "cannot be issued" in page
    response = client.get(reverse("papers:download", args=[jac.pk, "docx"]))
    assert "JOINT AUDIT COMMITTEE" in "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    client.post(reverse("papers:issue", args=[jac.pk]))
    paper = Paper.objects.get(meeting=jac)
    assert paper.status == "draft" and not paper.docx and paper.content == {}


@pytest.mark.parametrize("fmt", ["xlsx", "docm"])
def test_unknown_download_formats_are_not_found(client, liaison_officer, jac, fmt):
    client.force_login(liaison_officer)
    assert client.get(reverse("papers:download", args=[jac.pk, fmt])).status_code == 404


def test_committees_of_other_meetings_do_not_leak(client, liaison_officer, other_force):
    MeetingFactory(committee=CommitteeFactory(organisation=other_force, name="Police and Crime Panel"))
    client.force_login(liaison_officer)
    assert "Police and Crime Panel" not in client.get(reverse("papers:list")).content.decode()


def test_the_force_liaison_writes_the_paper_for_the_pcc_committee_and_its_members_read_it(
    client, liaison_officer, committee_member, pcc_office, paper_scene
):
    # The demo (and seed 003) hold the Joint Audit Committee under the PCC office, which oversees the force.
    jac = MeetingFactory(committee=CommitteeFactory(organisation=pcc_office, name="Joint Audit Committee"),
                         held_on=D(2024, 12, 5))
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:preview", args=[jac.pk])).content.decode()
    assert "22 recommendations were made in total" in page  # the force's register, for the PCC's committee
    assert client.post(reverse("papers:issue", args=[jac.pk])).status_code == 302
    client.force_login(committee_member)
    assert client.get(reverse("papers:download", args=[jac.pk, "pdf"])).status_code == 200
    assert client.post(reverse("papers:add_meeting"), {"committee": jac.committee.pk,
                                                       "held_on": "2025-03-20"}).status_code == 422
