"""Issue 11: layouts that defeated the reader, scans by OCR, bad input, and the source kept with each proposal."""

import io
import zipfile

import pytest

from oversight.extraction.propose import propose
from oversight.extraction.readers import UnreadableDocument, decode, read

from .corpus import docx_from_html, measure, text_from_html
from .documents import pdf_from_html


def texts(proposal):
    return [f["text"] for f in proposal["findings"]]


def test_one_stray_byte_in_utf8_costs_no_curly_quotes_elsewhere():
    data = "The force doesn’t answer calls.\nIt isn’t safe\xff.\nVictims’ Code.".encode().replace(b"\xc3\xbf", b"\xff")
    text = decode(data)
    assert text.splitlines()[0] == "The force doesn’t answer calls."
    assert text.splitlines()[2] == "Victims’ Code."
    assert "â€" not in text


def test_a_web_page_nested_too_deep_is_refused_not_a_recursion_error():
    page = ("<html><body>" + "<div>" * 5000 + "<p>The force should act.</p>" + "</div>" * 5000 + "</body></html>").encode()
    with pytest.raises(UnreadableDocument, match="nests its elements"):
        read(page, "bomb.html")


def test_a_word_file_that_unpacks_too_large_is_refused(monkeypatch):
    monkeypatch.setattr("oversight.extraction.readers.MAX_UNZIPPED", 10_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + " " * 50_000 + "</w:document>")
    with pytest.raises(UnreadableDocument, match="unpacks to more than"):
        read(buffer.getvalue(), "bomb.docx")


LEAD_IN = """<html><body><h2>Cause of concern</h2><p>The service doesn’t make sure its firefighters are competent.</p>
<h3>Recommendations</h3><p>By 31 August 2021, the service should:</p>
<ul><li>make sure all staff have an incident command qualification; and</li><li>record the competence of each firefighter.</li></ul>
</body></html>"""


@pytest.mark.parametrize("build", [lambda h: h.encode(), text_from_html, docx_from_html, pdf_from_html], ids=["html", "txt", "docx", "pdf"])
def test_a_lead_ins_items_are_findings_carrying_its_deadline_addressee_and_parent(build):
    proposal = propose(build(LEAD_IN), "r", split_items=True)
    cause, first, second = proposal["findings"]
    assert [first["text"], second["text"]] == [
        "make sure all staff have an incident command qualification", "record the competence of each firefighter."]
    assert {first["due_text"], second["due_text"]} == {"By 31 August 2021"}
    assert first["addressees"] == second["addressees"] == ["the service"]
    assert first["parent"] == second["parent"] == cause["id"]


def test_without_split_items_a_lead_in_stays_one_finding_as_the_seed_labels_have_it():
    assert len(propose(LEAD_IN.encode(), "r.html")["findings"]) == 2


TRACKER = """<html><body><h1>Tracker</h1><table>
<tr><th><p>No.</p></th><th><p>Recommendation</p></th><th><p>Force update</p></th><th><p>RAG</p></th></tr>
<tr><td><p>1</p></td><td><p>The force should make sure that it has enough call handlers.</p></td><td><p>Twenty recruited.</p></td><td><p>Amber</p></td></tr>
<tr><td><p>2</p></td><td><p>The force should review how it manages missing people.</p></td><td><p>Review complete.</p></td><td><p>Green</p></td></tr>
</table><p>Recommendation: That Members note the report.</p></body></html>"""


@pytest.mark.parametrize("build", [lambda h: h.encode(), text_from_html, docx_from_html], ids=["html", "txt", "docx"])
def test_a_tracker_tables_recommendation_column_gives_findings_and_its_update_column_progress(build):
    found = propose(build(TRACKER), "t", with_source=True)["findings"]
    assert [(f["ref"], f["text"], f["progress_update"]) for f in found] == [
        ("1", "The force should make sure that it has enough call handlers.", "Twenty recruited."),
        ("2", "The force should review how it manages missing people.", "Review complete."),
    ]


def test_recommendation_2_and_recommendation_3_on_one_line_are_two_findings():
    page = b"Recommendations\nRecommendation 2: The force should review its vetting; and Recommendation 3: The force should train its vetting staff.\n"
    assert texts(propose(page, "p.txt")) == ["The force should review its vetting", "The force should train its vetting staff."]


def test_a_findings_heading_is_the_finding_and_its_explanation_is_not():
    page = (b"<html><body><h2>Areas for improvement</h2><h3>Cleveland Police should improve the way it flags vulnerable people</h3>"
            b"<p>We found that call handlers did not record it. The force should be aware of this.</p>"
            b"<h3>Cleveland Police needs to attend calls for service within its published times</h3><p>It met the target in 62 percent.</p>"
            b"</body></html>")
    assert texts(propose(page, "p.html")) == [
        "Cleveland Police should improve the way it flags vulnerable people",
        "Cleveland Police needs to attend calls for service within its published times",
    ]


def test_text_with_no_line_breaks_is_read_by_sentence():
    page = (b"Audit Committee 4 June 2024 Recommendation: That Members note the report. The report made 12 findings. "
            b"It included two 'Areas for Improvement' (AFIs) in our area: The force should make sure that its crime data is "
            b"accurate. The force should improve how it manages demand in its control room. The force has an action plan "
            b"and progress is overseen by the chief constable at the monthly board.\n")
    found = propose(page, "p.txt")["findings"]
    assert [(f["kind"], f["text"]) for f in found] == [
        ("area_for_improvement", "The force should make sure that its crime data is accurate."),
        ("area_for_improvement", "The force should improve how it manages demand in its control room."),
    ]


def test_every_proposal_keeps_its_source_span_and_a_confidence():
    proposal = propose(pdf_from_html(LEAD_IN), "r.pdf", with_source=True, split_items=True)
    for finding in proposal["findings"]:
        source = finding["source"]
        assert source["page"] == 1 and source["end"] > source["start"] >= 0
        assert source["text"].startswith(finding["text"][:30])
        assert 0 < finding["confidence"] <= 1
    assert "By 31 August 2021, the service should:" in proposal["findings"][1]["source"]["before"]


def scan_of(pdf, dpi=150):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = [document[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(document))]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buffer.getvalue()


def test_a_scanned_pdf_is_read_by_ocr_and_says_so():
    from oversight.extraction.readers import tesseract

    if tesseract() is None:
        pytest.fail("tesseract-ocr is not installed: run make setup (it installs it) or apt-get install tesseract-ocr")
    proposal = propose(scan_of(pdf_from_html(LEAD_IN)), "scan.pdf", with_source=True, split_items=True)
    assert proposal["ocr"] is True
    assert [f["kind"] for f in proposal["findings"]] == ["cause_of_concern", "recommendation", "recommendation"]
    assert proposal["findings"][1]["due_text"] == "By 31 August 2021"


def test_the_corpus_dev_part_stays_at_its_measured_level():
    result = measure("dev", split_items=True)
    assert result["documents"] >= 40
    assert result["total"].recall >= 0.99 and result["total"].precision >= 0.99, result["total"]


def test_the_corpus_test_part_is_measured_and_no_worse_than_when_this_was_written():
    result = measure("test", split_items=True)
    assert result["documents"] >= 40
    assert result["total"].recall >= RECORDED_TEST[0] and result["total"].precision >= RECORDED_TEST[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST[2], result["parent_right"]


RECORDED_TEST = (1.00, 1.00, 148)  # the test part as last measured (never tuned on): R 148/148, P 148/148 (round four)


def test_the_corpus_test2_part_is_measured_and_no_worse_than_when_this_was_written():
    """test2 was labelled and committed before the parser first read it, scored once (R 0.90, P 0.96), and
    never tuned on; this keeps its level as last measured, so a change that loses on it is seen."""
    result = measure("test2", split_items=True)
    assert result["documents"] >= 40
    assert result["total"].recall >= RECORDED_TEST2[0] and result["total"].precision >= RECORDED_TEST2[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST2[2], result["parent_right"]


RECORDED_TEST2 = (1.00, 0.97, 175)  # R 175/175, P 175/179, parents right 175 of 175 (after round four, dev-only tuning)


def test_the_corpus_test3_part_is_measured_and_no_worse_than_when_this_was_written():
    """test3 was labelled and committed (6c74754) before the parser first read it and scored once, blind
    (R 0.94, P 0.97, parents 146 of 156); this keeps its level as last measured, so a loss on it is seen."""
    result = measure("test3", split_items=True)
    assert result["documents"] >= 40
    assert result["total"].recall >= RECORDED_TEST3[0] and result["total"].precision >= RECORDED_TEST3[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST3[2], result["parent_right"]


RECORDED_TEST3 = (1.00, 1.00, 166)  # R 166/166, P 166/166, parents right 166 of 166 (after round five's dev-only tuning)


def test_the_corpus_test4_part_is_measured_and_no_worse_than_when_it_was_last_measured():
    """test4 was written and labelled by a second engineer who never read the parser, committed (3813d10)
    before the parser first read it, and scored once, blind (R 0.93 P 0.97, parents 227 of 230, reader at
    b52c8f9). Four of its layouts were then rebuilt as dev documents and fixed there: it is no longer blind."""
    result = measure("test4", split_items=True)
    assert result["documents"] >= 50
    assert result["total"].recall >= RECORDED_TEST4[0] and result["total"].precision >= RECORDED_TEST4[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST4[2], result["parent_right"]


RECORDED_TEST4 = (1.00, 1.00, 247)  # R 247/247, P 247/247, parents right 247 (after round six's dev-only fixes)


def test_the_corpus_test5_part_is_measured_and_no_worse_than_when_it_was_last_measured():
    """test5 was written and labelled by a third engineer who never read the parser, committed (7a5160d)
    before the parser first read it, and scored once, blind: R 0.76 P 0.89 (253 of 331, 253 of 283), parents
    right 247 of 253. Its misses were then read and the reader fixed (tables, bullets on one line): it is a
    tuning part since, and the figure below is a floor, not a measure of what the reader has not seen."""
    result = measure("test5", split_items=True)
    assert result["documents"] >= 70
    assert result["total"].recall >= RECORDED_TEST5[0] and result["total"].precision >= RECORDED_TEST5[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST5[2], result["parent_right"]


RECORDED_TEST5 = (1.00, 1.00, 331)  # R 331/331, P 331/331, parents right 331 of 331 (after extract6: past recommendations, wrapped cells, repeated headers)


GRADED = """<html><body><h1>PEEL 2023–25: Exampleshire Police</h1><table><tr><th><p>Area</p></th><th><p>Grade</p></th></tr>
<tr><td><p>Responding to the public</p></td><td><p>Inadequate</p></td></tr>
<tr><td><p>Investigating crime</p></td><td><p>Requires improvement</p></td></tr></table>
<h2>Responding to the public</h2><h3>Area for improvement</h3><p>The force should answer calls more quickly.</p></body></html>"""


@pytest.mark.parametrize("build", [lambda h: h.encode(), text_from_html, docx_from_html, pdf_from_html], ids=["html", "txt", "docx", "pdf"])
def test_a_gradings_table_is_proposed_as_gradings_and_the_section_is_the_heading_not_a_grade(build):
    proposal = propose(build(GRADED), "g", with_source=True, with_theme=True)
    assert [(g["area"], g["grade"]) for g in proposal["gradings"]] == [
        ("Responding to the public", "Inadequate"), ("Investigating crime", "Requires improvement")]
    assert [f["theme"] for f in proposal["findings"]] == ["Responding to the public"]


def test_the_corpus_test6_part_is_measured_and_no_worse_than_when_it_was_last_measured():
    """test6 was written and labelled by a fourth engineer who never read the parser, committed (f77d6ab)
    before the parser first read it, and scored once, blind: R 0.87 P 0.96 (303 of 349, 303 of 316), parents
    right 263 of 303. Its misses were then read and the reader fixed: it is a tuning part since, and the figure
    below is a floor, not a measure of what the reader has not seen."""
    result = measure("test6", split_items=True)
    assert result["documents"] >= 82
    assert result["total"].recall >= RECORDED_TEST6[0] and result["total"].precision >= RECORDED_TEST6[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST6[2], result["parent_right"]


RECORDED_TEST6 = (0.98, 0.98, 329)  # R 344/349, P 344/349, parents 329 of 344: z14 labels a cause without the evidence sentence after it in its paragraph; the independent sets label such a paragraph whole (left as it is)


def test_the_corpus_test7_part_is_measured_and_no_worse_than_when_it_was_last_measured():
    """test7 was written and labelled by a fifth engineer who never read the parser, committed (55c1f15)
    before the parser first read it, and scored once, blind: R 0.75 P 0.91 (351 of 468, 351 of 387), parents
    right 341 of 351 (b5e0132). Its misses were then read and the reader fixed by layout (branch extract8): it
    is a tuning part since, and the figure below is a floor, not a measure of what the reader has not seen."""
    result = measure("test7", split_items=True)
    assert result["documents"] >= 102
    assert result["total"].recall >= RECORDED_TEST7[0] and result["total"].precision >= RECORDED_TEST7[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST7[2], result["parent_right"]


RECORDED_TEST7 = (0.97, 0.98, 456)  # R 456/468, P 456/461, parents 456 of 456 (branch extract8)


def test_the_corpus_test8_part_is_measured_and_no_worse_than_when_it_was_last_measured():
    """test8 was written and labelled by a sixth engineer who never read the parser, committed (85074c3)
    before the reader first read it; scored once blind (R 0.75 P 0.96), a tuning part since."""
    result = measure("test8", split_items=True)
    assert result["documents"] >= 82
    assert result["total"].recall >= RECORDED_TEST8[0] and result["total"].precision >= RECORDED_TEST8[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST8[2], result["parent_right"]


RECORDED_TEST8 = (0.97, 1.00, 184)  # R 184/189, P 184/184, parents 184 of 184 (stop 24, second session)


def test_the_corpus_test9_part_is_measured_and_no_worse_than_when_it_was_last_measured():
    """test9 was written and labelled by a seventh engineer who never read the parser, merged (3bcedb5) before
    the reader first read it; scored once blind (R 0.70 P 0.81), a tuning part since."""
    result = measure("test9", split_items=True)
    assert result["documents"] >= 89
    assert result["total"].recall >= RECORDED_TEST9[0] and result["total"].precision >= RECORDED_TEST9[1], result["total"]
    assert result["parent_right"] >= RECORDED_TEST9[2], result["parent_right"]


RECORDED_TEST9 = (0.89, 0.95, 295)  # R 298/333, P 298/312, parents 295 of 298 (stop 24, second session)


def findings_of(text, **options):
    return propose(text.encode(), "page.txt", split_items=True, **options)["findings"]


def test_a_connective_before_we_recommend_that_still_opens_a_lead_in():
    found = findings_of("Custody\nBecause of this, we recommend that by 30 June 2028 the force should:\n"
                        "• make sure that an inspector authorises every strip search of a child;\n"
                        "• publish the number of strip searches it carries out each quarter.\n")
    assert [(f["text"], f["due_text"], f["addressees"]) for f in found] == [
        ("make sure that an inspector authorises every strip search of a child", "by 30 June 2028", ["the force"]),
        ("publish the number of strip searches it carries out each quarter.", "by 30 June 2028", ["the force"]),
    ]


def test_an_item_keeps_its_own_deadline_and_the_others_are_not_given_it():
    found = findings_of("National recommendations\nHMICFRS recommends that:\n"
                        "(1) Chief constables should make sure that custody records show who was present;\n"
                        "(2) The College of Policing should include strip search in its training by 31 December 2028.\n")
    assert [f["due_text"] for f in found] == [None, "by 31 December 2028"]


def test_a_flattened_tracker_with_coded_refs_gives_every_row():
    text = ("Westermoor Police HMICFRS recommendations tracker Quarter 3 Ref Recommendation Force update RAG WP-01 The "
            "force should review its use of out-of-court disposals for domestic abuse. A review was completed in "
            "October. Green WP-02 Within three months, the force should train all frontline officers to use "
            "body-worn video. Training is 84 per cent complete. Amber WP-03 The force should improve the supervision "
            "of its missing person investigations. A new template is being tested. Amber " * 1)
    found = findings_of(text * 3)  # long enough to read as flattened text
    assert [(f["ref"], f["text"][:30]) for f in found] == [
        ("WP-01", "The force should review its us"), ("WP-02", "Within three months, the force"),
        ("WP-03", "The force should improve the s"),
    ]


def test_a_flattened_lead_in_is_one_finding_an_item():
    text = ("Lenholm Police Investigating crime Recommendations By 31 May 2028, the force should: make sure that every "
            "burglary is allocated to an investigator with the right skills; make sure that supervisors review these "
            "investigations every 14 days; and improve how it gathers forensic evidence at the scene. " * 1) + \
        "We will check the force’s progress in our next inspection of its work. " * 6
    found = findings_of(text)
    assert [f["text"] for f in found] == [
        "make sure that every burglary is allocated to an investigator with the right skills",
        "make sure that supervisors review these investigations every 14 days",
        "improve how it gathers forensic evidence at the scene.",
    ]
    assert {f["due_text"] for f in found} == {"By 31 May 2028"}


def test_a_letter_that_sets_its_causes_out_below_with_its_recommendations_gives_the_causes_as_parents():
    found = findings_of(
        "Dear Chief Fire Officer,\nDuring our inspection we identified two causes of concern. We set these out below "
        "with our recommendations.\nThe service hasn’t done enough to make sure that its control room can handle calls.\n"
        "By 31 October 2027, the service should:\n• set a minimum number of staff for every shift; and\n"
        "• put in place a tested arrangement with another control room.\n")
    kinds = [(f["kind"], f["parent"]) for f in found]
    assert kinds[0] == ("cause_of_concern", None)
    assert kinds[1:] == [("recommendation", found[0]["id"])] * 2


def test_a_two_page_text_export_loses_its_running_header_and_footer_inside_a_finding():
    text = ("Kelvedon Constabulary – neighbourhood policing 3\n\nAreas for improvement\n\nThe constabulary should make "
            "sure that abstractions to\nresponse\n\nOFFICIAL – Sensitive\n\fKelvedon Constabulary – neighbourhood "
            "policing 4\n\nduties are recorded each month.\n\nOFFICIAL – Sensitive\n")
    assert [f["text"] for f in findings_of(text)] == [
        "The constabulary should make sure that abstractions to response duties are recorded each month."]
