"""One template, both formats: the PDF is the paper's Word file converted by LibreOffice, the default
template's as well as an organisation's own; A4, page numbers, repeating header rows, rows kept whole,
en-GB, the real creation date and title; tagged for screen readers; a DRAFT watermark on previews only.
Without LibreOffice, WeasyPrint makes the PDF from the page and the paper says so."""

import io
from datetime import UTC, datetime, timedelta

import pypdfium2
import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from oversight.papers import docx as word
from oversight.papers import pdf, services
from oversight.papers.content import build_content
from oversight.papers.tests.test_documents import D, pdf_text

needs_libreoffice = pytest.mark.skipif(not pdf.can_convert_word(), reason="LibreOffice is not installed")


@pytest.fixture
def content(paper_scene):
    return build_content(paper_scene, D(2024, 7, 25), D(2024, 12, 5), {"closures_since": "2023-08-01"},
                         today=D(2024, 11, 20))


def structure(data):
    """The tagged PDF's structure: tag counts, and each figure's alt text."""
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    tags, alts = {}, []

    def walk(node):
        node = node.get_object()
        if not hasattr(node, "keys"):
            return
        tag = node.get("/S")
        if tag:
            tags[tag] = tags.get(tag, 0) + 1
            if tag == "/Figure":
                alts.append(node.get("/Alt"))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                walk(kid)

    walk(root["/StructTreeRoot"])
    return reader, root, tags, alts


def test_the_default_word_file_is_a4_en_gb_dated_now_with_page_numbers_and_whole_repeating_rows(content):
    before = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
    document = Document(io.BytesIO(word.render(content)))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    core = document.core_properties
    assert core.language == "en-GB" and core.created.replace(tzinfo=UTC) >= before
    assert core.title == "Joint Audit Committee 5 December 2024: HMICFRS Update"
    assert "python-docx" not in (core.comments or "") and core.author == "West Midlands Police"
    lang = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"
    for table in document.tables:
        first = table.rows[0]._tr.trPr
        assert first is not None and first.find(qn("w:tblHeader")) is not None  # header row repeats
        assert all(r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
    pictures = document.inline_shapes._body.xpath(".//wp:docPr")
    assert pictures and "findings open on 5 December 2024" in pictures[0].get("descr")  # the chart's alt text


def test_a_preview_carries_a_draft_watermark_and_an_issued_paper_none(content):
    draft = Document(io.BytesIO(word.render(content)))
    assert "PowerPlusWaterMarkObject" in draft.sections[0].header._element.xml
    issued = Document(io.BytesIO(word.render({**content, "draft": False})))
    assert all("PowerPlusWaterMarkObject" not in s.header._element.xml for s in issued.sections)


@needs_libreoffice
def test_the_default_templates_pdf_is_its_word_file_converted_and_tagged(content, force):
    data, problem = services.render_pdf({**content, "draft": False}, force, strict=True)
    assert problem == ""
    reader, root, tags, alts = structure(data)
    assert reader.metadata["/Producer"].startswith("LibreOffice")  # from the Word file, not WeasyPrint
    assert root["/Lang"] == "en-GB"
    assert reader.metadata["/Title"] == "Joint Audit Committee 5 December 2024: HMICFRS Update"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert tags.get("/H1", 0) >= 8 and tags.get("/Table", 0) >= 4 and tags.get("/TH", 0) >= 4
    assert alts and "findings open on 5 December 2024" in alts[0]
    width, height = pypdfium2.PdfDocument(data)[0].get_size()
    assert (round(width), round(height)) == (595, 842)
    text = " ".join(pdf_text(data).split())
    assert "Page 1 of" in text and "170 (+4)" in text
    assert "14 recommendations were made in total, of which 5 were applicable to chief constables." in text


@needs_libreoffice
def test_the_preview_pdf_shows_the_watermark(content, force):
    data, _ = services.render_pdf(content, force, strict=False)
    page = pypdfium2.PdfDocument(data)[0].render(scale=0.5).to_pil().convert("L")
    width, height = page.size
    # The grey diagonal DRAFT crosses the page's middle: some pixels there are neither white nor black text.
    band = [page.getpixel((width // 2 + dx, height // 2 + dy)) for dx in range(-80, 81, 4) for dy in (-8, 0, 8)]
    assert any(120 < p < 235 for p in band)


def test_without_libreoffice_weasyprint_makes_the_pdf_and_says_so(content, force, monkeypatch):
    monkeypatch.setattr(pdf, "SOFFICE", "/nonexistent/soffice")
    data, problem = services.render_pdf(content, force, strict=False)
    assert "LibreOffice is not installed" in problem and "WeasyPrint" in problem
    assert data.startswith(b"%PDF-") and "170 (+4)" in pdf_text(data)
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB" and "/StructTreeRoot" in reader.trailer["/Root"]


def test_the_papers_page_says_when_the_pdf_cannot_follow_the_word_file(client, liaison_officer, jac, monkeypatch):
    from django.urls import reverse

    monkeypatch.setattr(pdf, "SOFFICE", "/nonexistent/soffice")
    client.force_login(liaison_officer)
    page = client.get(reverse("papers:preview", args=[jac.pk])).content.decode()
    assert "LibreOffice is not installed on this server" in page
