import datetime as dt
import io
import zipfile

import pypdfium2
import pytest
from docx import Document

from oversight.papers import docx as word
from oversight.papers import pdf
from oversight.papers.content import build_content

D = dt.date


@pytest.fixture
def content(paper_scene):
    return build_content(paper_scene, D(2024, 7, 25), D(2024, 12, 5), {"closures_since": "2023-08-01",
                         "contact_name": "T/CI Fiona Fletcher", "include_reports": [paper_scene.ipa.pk]},
                         today=D(2024, 11, 20))


def word_text(data):
    document = Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return document, "\n".join(lines)


def pdf_text(data):
    document = pypdfium2.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def test_word_paper_carries_the_closure_table_gradings_and_counts(content):
    document, text = word_text(word.render(content))
    assert "Total | 170 (+4) | 4 | 4" in text
    assert "AFI Lv3 | 15" in text and "Recommendation Lv2 | 91" in text
    assert "Protecting vulnerable people | Requires improvement | 2018 | ↑" in text
    assert "Investigating crime | Good | 2016 | ↔" in text
    assert "14 recommendations were made in total, of which 5 were applicable to chief constables." in text
    assert "24 November 2023: Entered Engage" in text
    assert "18 September 2024: Returned to the default phase of monitoring" in text
    assert "Name: T/CI Fiona Fletcher" in text


def test_word_paper_navigates_by_numbered_headings(content):
    document, _ = word_text(word.render(content))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == [
        "1. PURPOSE OF REPORT", "2. BACKGROUND",
        "3. RECOMMENDATIONS, CAUSES OF CONCERN AND AREAS FOR IMPROVEMENT",
    ]
    sub = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert sub[0].startswith("3.1.1 An inspection report on progress") and sub[0].endswith("(Published 22/8/24)")
    assert len(document.tables) >= 4  # gradings, red, overdue, closures, open findings are real tables
    assert not any("{{" in p.text or "{%" in p.text for p in document.paragraphs)


def test_word_paper_escapes_text_from_the_register(content):
    content["purpose"] = "Fish & chips <b>bold</b>"
    _, text = word_text(word.render(content))
    assert "1.1 Fish & chips <b>bold</b>" in text


def test_pdf_paper_carries_the_same_figures(content):
    text = pdf_text(pdf.render(content))
    assert "170 (+4)" in text
    assert "Requires improvement" in text and "↑" in text and "↔" in text
    assert "14 recommendations were made in total, of which 5 were applicable to chief constables." in " ".join(text.split())
    assert "24 November 2023" in text and "18 September 2024" in text


def test_pdf_paper_is_tagged_for_screen_readers(content):
    tagged = pdf.render(content, uncompressed_pdf=True)  # uncompressed, so the structure tree shows in the bytes
    assert b"/StructTreeRoot" in tagged and b"/Lang (en-GB)" in tagged


def test_word_paper_carries_the_chart_as_a_picture(content):
    document, _ = word_text(word.render(content))
    assert len(document.inline_shapes) == 1


def docx_with(xml_body, extra_files=()):
    """A minimal .docx whose body holds `xml_body` (a hostile or broken template)."""
    source = io.BytesIO(word.default_template_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                head, _, rest = data.decode().partition("<w:body>")
                # Keep the page set-up (A4, margins, footer) as an organisation's template has its own.
                section = rest[rest.rfind("<w:sectPr"):rest.rfind("</w:sectPr>") + len("</w:sectPr>")]
                data = (head + "<w:body><w:p><w:r><w:t>" + xml_body + "</w:t></w:r></w:p>" + section
                        + "</w:body></w:document>").encode()
            zout.writestr(item, data)
        for name, data in extra_files:
            zout.writestr(name, data)
    return out.getvalue()


def test_an_unknown_placeholder_is_refused_by_name(content):
    with pytest.raises(word.TemplateProblem, match=r"\{\{ budget \}\}"):
        word.render(content, docx_with("{{ budget }}"), "ours.docx")


def test_an_unknown_field_of_a_known_placeholder_is_refused(content):
    with pytest.raises(word.TemplateProblem, match="placeholder the paper does not have"):
        word.render(content, docx_with("{{ closures.grand_total }}"), "ours.docx")


def test_the_sandbox_refuses_reaching_python_internals(content):
    with pytest.raises(word.TemplateProblem):
        word.render(content, docx_with("{{ title.__class__.__mro__ }}"), "ours.docx")


def test_a_macro_enabled_template_is_refused(content):
    with pytest.raises(word.TemplateProblem, match="macro"):
        word.render(content, word.default_template_bytes(), "ours.docm")
    with pytest.raises(word.TemplateProblem, match="macros"):
        word.render(content, docx_with("{{ title }}", [("word/vbaProject.bin", b"\0")]), "ours.docx")


def test_a_file_that_is_not_a_word_document_is_refused(content):
    with pytest.raises(word.TemplateProblem, match="not a Word document"):
        word.render(content, b"%PDF-1.7 not a docx", "paper.docx")
    with pytest.raises(word.TemplateProblem, match="not a Word document"):
        word.render(content, word.default_template_bytes(), "paper.pdf")


def test_badly_formed_placeholders_are_refused(content):
    with pytest.raises(word.TemplateProblem, match="not well formed"):
        word.render(content, docx_with("{{ title "), "ours.docx")


def test_the_shipped_default_template_is_what_its_script_builds(tmp_path):
    from oversight.papers.templates_docx import build_default

    built = build_default.build(tmp_path / "default.docx")
    assert built.read_bytes() == word.default_template_bytes()
