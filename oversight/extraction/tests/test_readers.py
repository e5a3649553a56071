"""Readers tell the format by content and refuse what they cannot read with one clear reason."""

import io
import zipfile

import pytest

from oversight.extraction.readers import UnreadableDocument, read, sniff

from .documents import docx_from_html, encrypted_pdf, pdf_from_html, scanned_pdf

HTML = "<html><body><h2>Areas for improvement</h2><p>The force should improve its call handling.</p></body></html>"


def zip_of(name, content=b"x"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"%PDF-1.7\n%garbage that is not a PDF", "damaged"),
        (zip_of("notes.txt"), "not a Word document"),
        (b"PK\x03\x04 this is not really a zip", "damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Old Word"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a PDF, Word"),
    ],
    ids=["empty", "blank", "corrupt-pdf", "zip-not-word", "corrupt-zip", "old-doc", "image"],
)
def test_unreadable_input_is_refused_with_its_reason(data, reason):
    with pytest.raises(UnreadableDocument, match=reason):
        read(data, "report.pdf")


def test_an_encrypted_pdf_is_refused_as_encrypted():
    with pytest.raises(UnreadableDocument, match="encrypted"):
        read(encrypted_pdf(), "report.pdf")


def test_a_scanned_pdf_whose_picture_holds_no_text_is_refused_after_ocr():
    with pytest.raises(UnreadableDocument, match="OCR found no text"):
        read(scanned_pdf(), "report.pdf")


def test_without_tesseract_a_scan_is_refused_with_what_to_do(monkeypatch):
    monkeypatch.setattr("oversight.extraction.readers.tesseract", lambda: None)
    with pytest.raises(UnreadableDocument, match="OCR is not installed"):
        read(scanned_pdf(), "report.pdf")


def test_a_word_file_with_macros_is_refused():
    data = docx_from_html(HTML)
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/vbaProject.bin", b"macro")
    with pytest.raises(UnreadableDocument, match="macros"):
        read(buffer.getvalue(), "report.docx")


def test_the_format_comes_from_the_content_not_the_file_name():
    assert sniff(pdf_from_html(HTML)) == "pdf"
    assert sniff(docx_from_html(HTML)) == "docx"
    assert sniff(HTML.encode()) == "html"
    assert sniff(b"Areas for improvement\nThe force should act.") == "text"
    document = read(pdf_from_html(HTML), "report.txt")
    assert document.format == "pdf"


def test_word_superscript_footnote_markers_are_left_out_of_the_text():
    html = "<html><body><p>The force should record crime accurately.<sup>12</sup> It should act.</p></body></html>"
    document = read(docx_from_html(html), "report.docx")
    assert document.pages[0][1] == ["The force should record crime accurately. It should act."]


def test_pdf_running_headers_and_page_numbers_are_removed():
    html = "<html><body>" + "".join(f"<p>Paragraph {n} of the narrative.</p>" for n in range(150)) + "</body></html>"
    document = read(pdf_from_html(html), "report.pdf")
    text = " ".join(p for _, paragraphs in document.pages for p in paragraphs)
    assert document.page_count > 3
    assert "OFFICIAL" not in text and "Page 2 of" not in text
    assert "Paragraph 149 of the narrative." in text


def test_word_automatic_numbering_is_written_out_as_printed():
    import docx

    document = docx.Document()
    for text in ["The force should act.", "The force should record."]:
        document.add_paragraph(text, style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    # python-docx's template numbers "List Number" through the style, which Word shows as 1., 2.
    paragraphs = read(buffer.getvalue(), "r.docx").pages[0][1]
    assert [p.split(" ", 1)[1] for p in paragraphs] == ["The force should act.", "The force should record."]


def test_a_finding_carried_over_a_page_past_a_footnote_is_read_whole():
    from oversight.extraction.propose import propose

    narrative = "".join(f"<p>Narrative paragraph {i} about what we found in the force over the period.</p>" for i in range(13))
    html = (
        "<html lang='en'><head><style>.fn { float: footnote; font-size: 7pt }</style></head><body>"
        f"<h2>Areas for improvement</h2>{narrative}<h3>Area for improvement</h3>"
        "<p>The force should make sure that it has enough trained detectives<span class='fn'>Officers who have "
        "passed the national investigators' exam.</span> to investigate serious crime, and that supervisors review "
        "their workloads regularly, so that victims get the service they deserve from the force and its partners in "
        "every part of the county.</p><p>We found that workloads were high.</p></body></html>"
    )
    data = pdf_from_html(html)
    (finding,) = propose(data, "r.pdf")["findings"]
    assert read(data, "r.pdf").page_count == 2
    assert finding["text"] == (
        "The force should make sure that it has enough trained detectives to investigate serious crime, and that "
        "supervisors review their workloads regularly, so that victims get the service they deserve from the force "
        "and its partners in every part of the county."
    )
