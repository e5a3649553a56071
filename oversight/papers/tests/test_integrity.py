"""A template can neither change what a paper says nor hang or overload the server; every refusal is a
clear 4xx message and nothing is stored or issued."""

import copy
import io
import json
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from oversight.papers import docx as word
from oversight.papers import pdf
from oversight.papers.content import build_content
from oversight.papers.models import Paper, PaperTemplate
from oversight.papers.tests.test_documents import D, docx_with, pdf_text

ATTACK = "{{ reports.clear() or '' }}{{ closures.update({'total_text':'999 (+0)'}) or '' }}{{ title }}"


@pytest.fixture
def content(paper_scene):
    return build_content(paper_scene, D(2024, 7, 25), D(2024, 12, 5), {"closures_since": "2023-08-01"},
                         today=D(2024, 11, 20))


def test_a_template_cannot_change_the_content_it_renders(content):
    before = copy.deepcopy(content)
    with pytest.raises(word.TemplateProblem):
        word.render(content, docx_with(ATTACK), "ours.docx")
    assert content == before
    # Appending to a list or setting a key is refused the same way.
    for attack in ["{{ reports.append(1) }}", "{% set x = closures.__setitem__('total', 1) %}",
                   "{{ open_findings.rows.pop() }}"]:
        with pytest.raises(word.TemplateProblem):
            word.render(content, docx_with(attack), "ours.docx")
    assert content == before
    text = " ".join(pdf_text(pdf.render(content)).split())
    assert "170 (+4)" in text and "999" not in text and "4 reports have been published" in text


def test_including_another_file_is_a_clear_refusal(content):
    with pytest.raises(word.TemplateProblem, match="include or import files"):
        word.render(content, docx_with("{% include '/etc/passwd' %}"), "ours.docx")
    with pytest.raises(word.TemplateProblem, match="include or import files"):
        word.render(content, docx_with("{% import 'x.html' as x %}"), "ours.docx")


def test_a_huge_loop_is_refused_quickly(content):
    started = time.perf_counter()
    with pytest.raises(word.TemplateProblem, match="range"):
        word.render(content, docx_with("{% for i in range(100000) %}{% for j in range(3000) %}x{% endfor %}"
                                       "{% endfor %}"), "ours.docx")
    assert time.perf_counter() - started < 3


def test_a_long_running_template_is_stopped_by_its_time_limit(content, monkeypatch):
    monkeypatch.setattr(word, "RENDER_SECONDS", 0.5)
    started = time.perf_counter()
    with pytest.raises(word.TemplateProblem, match="too long"):
        word.render(content, docx_with("{% for i in range(9000) %}{% for j in range(9000) %}{{ i + j }}"
                                       "{% endfor %}{% endfor %}"), "ours.docx")
    assert time.perf_counter() - started < 5


def test_huge_strings_are_refused(content):
    with pytest.raises(word.TemplateProblem, match="too large"):
        word.render(content, docx_with("{{ 'x' * 100000000 }}"), "ours.docx")


def test_an_oversized_template_is_refused_before_it_is_read(content):
    big = docx_with("{{ title }}", [("word/media/huge.bin", b"\0" * (word.MAX_TEMPLATE_BYTES + 1))])
    with pytest.raises(word.TemplateProblem, match="at most"):
        word.render(content, big, "ours.docx")


def test_hostile_uploads_are_answered_4xx_and_nothing_is_stored(client, liaison_officer, force, jac):
    client.force_login(liaison_officer)
    for body in [ATTACK, "{% include '/etc/passwd' %}",
                 "{% for i in range(100000) %}{% for j in range(3000) %}x{% endfor %}{% endfor %}"]:
        upload = SimpleUploadedFile("ours.docx", docx_with(body))
        response = client.post(reverse("papers:template"), {"file": upload, "organisation": force.pk})
        assert response.status_code == 422, body
        assert "template" in response.content.decode().lower()
    assert not PaperTemplate.objects.exists()


def test_the_issued_word_pdf_and_json_come_from_the_same_frozen_content(client, liaison_officer, force, jac,
                                                                        paper_scene):
    from docx import Document

    client.force_login(liaison_officer)
    assert client.post(reverse("papers:issue", args=[jac.pk])).status_code == 302
    paper = Paper.objects.get(meeting=jac)
    assert paper.status == Paper.Status.ISSUED
    frozen = paper.content
    assert json.loads(json.dumps(frozen)) == frozen
    with paper.docx.open("rb") as f:
        word_text = "\n".join(p.text for p in Document(io.BytesIO(f.read())).paragraphs)
    with paper.pdf.open("rb") as f:
        pdf_words = " ".join(pdf_text(f.read()).split())
    for r in frozen["reports"]:
        assert r["counts_sentence"] in word_text and r["counts_sentence"] in pdf_words
    assert frozen["closures"]["total_text"] in pdf_words


@pytest.mark.skipif(not pdf.can_convert_word(), reason="LibreOffice is not installed (make system-deps)")
def test_the_organisations_word_template_governs_the_issued_pdf_too(client, liaison_officer, force, jac):
    import pypdfium2

    client.force_login(liaison_officer)
    upload = SimpleUploadedFile("ours.docx", docx_with("House style paper for {{ committee }} on {{ meeting_date }}"))
    assert client.post(reverse("papers:template"), {"file": upload, "organisation": force.pk}).status_code == 302
    assert client.post(reverse("papers:issue", args=[jac.pk])).status_code == 302
    paper = Paper.objects.get(meeting=jac)
    with paper.pdf.open("rb") as f:
        data = f.read()
    text = " ".join(pdf_text(data).split())
    assert text == "House style paper for Joint Audit Committee on 5 December 2024 Page 1 of 1"  # its footer too
    document = pypdfium2.PdfDocument(data)
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 from the template
    assert b"/StructTreeRoot" in data and b"/Lang" in data  # tagged, with its language
    assert document.get_metadata_dict()["Title"] == "Joint Audit Committee 5 December 2024: HMICFRS Update"
