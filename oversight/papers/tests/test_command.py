import io

import pytest
from django.core.management import CommandError, call_command
from docx import Document

from oversight.papers import services
from oversight.papers.models import Paper


def test_paper_command_writes_a_word_preview(paper_scene, tmp_path):
    out = tmp_path / "paper.docx"
    stdout = io.StringIO()
    call_command("paper", committee="Joint Audit Committee", meeting="2024-12-05", format="docx", out=str(out),
                 stdout=stdout)
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "3.1 Since the last meeting 4 reports have been published." in text
    assert "Wrote the preview" in stdout.getvalue()


def test_paper_command_writes_the_frozen_pdf_of_an_issued_paper(paper_scene, liaison_officer, tmp_path):
    paper = services.issue(services.paper_for(paper_scene), by=liaison_officer).paper
    out = tmp_path / "paper.pdf"
    call_command("paper", committee="joint audit committee", meeting="2024-12-05", format="pdf", out=str(out),
                 stdout=io.StringIO())
    with paper.pdf.open("rb") as f:
        assert out.read_bytes() == f.read()
    assert Paper.objects.get().status == "issued"


def test_paper_command_names_a_missing_meeting(jac, tmp_path):
    with pytest.raises(CommandError, match="No meeting of 'Joint Audit Committee' on 6 December 2024"):
        call_command("paper", committee="Joint Audit Committee", meeting="2024-12-06", out=str(tmp_path / "x"))
    with pytest.raises(CommandError, match="must be a date"):
        call_command("paper", committee="Joint Audit Committee", meeting="5/12/24", out=str(tmp_path / "x"))


def test_paper_command_writes_the_public_html_of_an_issued_paper(paper_scene, liaison_officer, tmp_path):
    issued = services.issue(services.paper_for(paper_scene), by=liaison_officer).paper.issues.get()
    out = tmp_path / "paper.html"
    call_command("paper", committee="Joint Audit Committee", meeting="2024-12-05", format="html", public=True,
                 out=str(out), stdout=io.StringIO())
    with issued.public_html.open("rb") as f:
        assert out.read_bytes() == f.read()
    assert b"Public version" in out.read_bytes()
