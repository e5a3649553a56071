"""The accessible HTML version of a paper, and the public version for the PCC's website, which leaves out
what the writer marked restricted (a finding, a report's commentary, a free section) and any section
the committee's layout keeps off the public version; nothing restricted appears in its Word, PDF or HTML."""

import io

import pytest
from django.urls import reverse
from docx import Document

from oversight.papers import services
from oversight.papers.models import Paper, PaperIssue
from oversight.papers.public import public_content
from oversight.papers.tests.test_documents import pdf_text
from oversight.reports.models import Finding, Report
from oversight.responses.models import Response

SECRET_NARRATIVE = "Covert source handling is reviewed weekly"
SECRET_FREE = "The hot debrief named three teams"
SECRET_COMMENTARY = "The Chief Constable disputes the finding"
PUBLIC_FREE = "The DCC chairs a monthly HMIC Oversight Board"


@pytest.fixture
def restricted_paper(paper_scene, liaison_officer):
    afi = Finding.objects.get(ref="AFI1")
    soteria = Report.objects.get(title__startswith="An inspection report on progress")
    paper = services.paper_for(paper_scene)
    changes = {
        f"finding_narrative.{afi.pk}": SECRET_NARRATIVE, f"restricted.finding-{afi.pk}": True,
        f"commentary.{soteria.pk}": SECRET_COMMENTARY, f"restricted.commentary-{soteria.pk}": True,
        "free_sections": [{"title": "Hot debrief", "text": SECRET_FREE},
                          {"title": "Oversight", "text": PUBLIC_FREE}],
        "restricted.free-1": True,
    }
    services.save_part(paper, by=liaison_officer, expected_version=paper.edit_version, changes=changes)
    paper_scene.afi = afi
    return paper_scene


def texts(files):
    docx_text = "\n".join(p.text for p in Document(io.BytesIO(files["docx"])).paragraphs)
    return {"docx": docx_text, "pdf": " ".join(pdf_text(files["pdf"]).split()), "html": files["html"].decode()}


def assert_public(text, afi_text):
    for secret in (SECRET_NARRATIVE, SECRET_FREE, SECRET_COMMENTARY, afi_text, "Restricted"):
        assert secret not in text
    assert PUBLIC_FREE in text and "Public version" in text


def test_nothing_restricted_is_in_the_public_word_pdf_or_html_and_all_is_in_the_paper(restricted_paper, force):
    paper = Paper.objects.get(meeting=restricted_paper)
    content = services.build(paper)
    files = services.render_files(content, force, strict=True)
    full = texts({"docx": files.docx, "pdf": files.pdf, "html": files.html})
    public = texts({"docx": files.public_docx, "pdf": files.public_pdf, "html": files.public_html})
    afi_text = restricted_paper.afi.text
    for fmt in ("docx", "pdf", "html"):
        assert_public(public[fmt], afi_text)
        for item in (SECRET_NARRATIVE, SECRET_FREE, SECRET_COMMENTARY, PUBLIC_FREE):
            assert item in full[fmt], (fmt, item)
        assert "Restricted" in full[fmt]
    # The public figures stay: HMICFRS's counts and the register's totals are not restricted.
    assert "14 recommendations were made in total" in public["docx"] and "(+4)" in public["html"]


def test_restricted_findings_leave_the_red_overdue_and_appendix_tables_of_the_public_version(restricted_paper):
    paper = Paper.objects.get(meeting=restricted_paper)
    layout = {"sections": [{"key": "red_overdue"}, {"key": "appendix", "on": True}]}
    restricted_paper.committee.layout = layout
    restricted_paper.committee.save()
    content = services.build(paper)
    label = restricted_paper.afi.label
    assert Response.objects.get(finding=restricted_paper.afi).rag == "red"
    assert any(row["restricted_findings"] for row in content["red"])
    assert any(row["restricted"] for row in content["appendix"])
    public = public_content(content)
    assert all(not row["restricted_findings"] for row in public["red"])
    assert all(label not in row["findings"] for row in public["red"] + public["overdue"])
    assert all(not row["restricted"] for row in public["appendix"])
    assert len(public["appendix"]) == len(content["appendix"]) - 1


def test_a_section_the_layout_keeps_off_the_public_version_is_left_out_and_the_rest_renumber(paper_scene):
    paper_scene.committee.layout = {"sections": [
        {"key": "purpose"}, {"key": "closures", "public": False}, {"key": "reports"}, {"key": "recommendation"}]}
    paper_scene.committee.save()
    content = services.build(services.paper_for(paper_scene))
    assert [s["key"] for s in content["sections"]] == ["purpose", "closures", "reports", "recommendation"]
    public = public_content(content)
    assert [(s["key"], s["number"]) for s in public["sections"]] == [("purpose", 1), ("reports", 2),
                                                                      ("recommendation", 3)]
    assert public["reports"][0]["number"] == "2.1.1" and content["reports"][0]["number"] == "3.1.1"
    html = services.pdf.html(public)
    assert "Submissions for closure" not in html and "170" not in html


def test_the_issue_stores_the_html_and_public_files_and_readers_download_them(
        client, restricted_paper, liaison_officer, committee_member):
    client.force_login(liaison_officer)
    assert client.post(reverse("papers:issue", args=[restricted_paper.pk])).status_code == 302
    issued = PaperIssue.objects.get()
    assert issued.html and issued.public_docx and issued.public_pdf and issued.public_html
    client.force_login(committee_member)
    html = client.get(reverse("papers:download", args=[restricted_paper.pk, "html"]))
    assert html["Content-Type"].startswith("text/html") and SECRET_NARRATIVE in html.content.decode()
    page = html.content.decode()
    assert '<html lang="en-GB">' in page and "<title>" in page and 'scope="col"' in page and "<h1" in page
    with issued.public_html.open("rb") as f:
        stored = f.read()
    public = client.get(reverse("papers:download_public", args=[restricted_paper.pk, "html"]))
    assert public.content == stored and public["Content-Disposition"].endswith('-public.html"')
    assert_public(public.content.decode(), restricted_paper.afi.text)
    for fmt in ("docx", "pdf"):
        reply = client.get(reverse("papers:download_public", args=[restricted_paper.pk, fmt]))
        assert reply.status_code == 200 and reply.content == getattr(issued, f"public_{fmt}").open("rb").read()


def test_a_finding_restricted_in_the_last_paper_starts_restricted_in_the_next(restricted_paper):
    from oversight.papers.tests.factories import MeetingFactory
    from oversight.papers.tests.test_documents import D

    later = MeetingFactory(committee=restricted_paper.committee, held_on=D(2025, 3, 20))
    paper = services.paper_for(later)
    assert paper.narrative == {"restricted": {f"finding-{restricted_paper.afi.pk}": True}}
