"""Layouts the eighth blind part (test8) showed the reader missing, each in a short made-up text of its own."""

from oversight.extraction.propose import propose


def findings_of(data, name="page.txt"):
    return propose(data.encode() if isinstance(data, str) else data, name, split_items=True)["findings"]


def test_findings_printed_as_headings_with_no_kind_heading_above_them_are_areas_for_improvement():
    page = ("<html><body><h1>Tollbury Police: PEEL 2027</h1>"
            "<h3>The force needs to make sure it reviews missing children cases every day</h3>"
            "<p>We found cases left for a week. Supervisors should check them; the force needs to know why.</p>"
            "<h3>Tollbury Police should improve how it records hate crime</h3>"
            "<p>Officers should flag each one. Some told us they did not.</p></body></html>")
    for found in (findings_of(page, "page.html"),
                  findings_of("Tollbury Police: PEEL 2027\nThe force needs to make sure it reviews missing children "
                              "cases every day\nWe found cases left for a week. Supervisors should check them.\n"
                              "Tollbury Police should improve how it records hate crime\nOfficers should flag each one.\n")):
        assert [(f["kind"], f["text"]) for f in found] == [
            ("area_for_improvement", "The force needs to make sure it reviews missing children cases every day"),
            ("area_for_improvement", "Tollbury Police should improve how it records hate crime"),
        ]


def test_a_heading_that_is_not_a_directive_to_the_organisation_is_still_a_section():
    headline = findings_of("Ashby Police must improve how it answers emergency calls, says inspectorate\nThe report is "
                           "published today.\n")
    assert headline == []
    found = findings_of("Working with partners to keep people safe\nThe council should share data, officers told us.\n"
                        "Areas for improvement\nThe force should improve how it shares data with the council.\n")
    assert [f["text"] for f in found] == ["The force should improve how it shares data with the council."]


def test_a_lead_in_with_a_single_item_gives_that_item_as_the_finding():
    found = findings_of("Area for improvement\nTo improve how it treats detainees, the force needs to:\n"
                        "• give every detainee a meal within four hours.\n")
    assert [(f["kind"], f["text"], f["addressees"]) for f in found] == [
        ("area_for_improvement", "give every detainee a meal within four hours.", ["the force"]),
    ]


def test_a_cause_stated_after_we_have_a_cause_of_concern_colon_is_the_parent_of_the_items_below():
    found = findings_of("We have a cause of concern: Dunmere Police is not protecting victims of stalking well "
                        "enough.\nTo address this cause of concern, within six months the force should:\n"
                        "• train its call handlers to recognise stalking; and\n• review every open stalking case.\n")
    cause = "Dunmere Police is not protecting victims of stalking well enough."
    assert [(f["kind"], f["text"]) for f in found][0] == ("cause_of_concern", cause)
    parents = {f["id"]: f["text"] for f in found}
    assert [(f["text"], parents.get(f["parent"]), f["due_text"]) for f in found[1:]] == [
        ("train its call handlers to recognise stalking", cause, "within six months"),
        ("review every open stalking case.", cause, "within six months"),
    ]


def test_a_heading_in_two_languages_names_the_kind_of_what_follows():
    found = findings_of("<html><body><h2>Maes i'w wella / Area for improvement</h2>"
                        "<p>The service should make sure that its fire safety audits are done on time.</p>"
                        "<h2>Recommendation / Argymhelliad</h2>"
                        "<p>The service should publish its response times.</p></body></html>", "page.html")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("area_for_improvement", "The service should make sure that its fire safety audits are done on time."),
        ("recommendation", "The service should publish its response times."),
    ]


def test_a_lead_in_to_several_agencies_with_no_heading_above_it_gives_one_recommendation_an_item():
    found = findings_of("Joint inspection of Westwick\nThe Chief Constable of Westwick Police, Westwick Council and the "
                        "probation service should:\n• agree who leads on child exploitation; and\n"
                        "• share their records of missing children.\n")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("recommendation", "agree who leads on child exploitation"),
        ("recommendation", "share their records of missing children."),
    ]
    assert found[0]["addressees"][0] == "The Chief Constable of Westwick Police"


def test_an_announced_recommendation_in_the_same_paragraph_as_its_announcement_is_found():
    found = findings_of("Revisit letter\nRecommendation 2 of our earlier report is now closed.\n"
                        "We make one new recommendation. Ashby Police should audit its crime records every month.\n")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("recommendation", "Ashby Police should audit its crime records every month."),
    ]


def test_a_ruled_pdf_tracker_with_its_number_column_last_is_read_a_row_a_number():
    """LibreOffice rules a tracker's rows with borders and no white space between them; where the "No."
    column is the last one, its numbers still say where each row starts (z05 in test8's LibreOffice PDF)."""
    from .documents import pdf_from_html

    tight = "padding:0 4px;border:1px solid #000;vertical-align:top;line-height:1.15"

    def row(*cells):
        return "<tr>" + "".join(f'<td style="{tight}">{c}</td>' for c in cells) + "</tr>"

    page = ('<html><body><h1>Recommendations tracker</h1><table style="border-collapse:collapse;width:100%">'
            + row("RAG", "Force update", "Recommendation", "No.")
            + row("Amber", "Training booked for all call handlers in January.",
                  "Hallam Police should train its call handlers to use the THRIVE assessment.", "1")
            + row("Green", "Audit of 120 cases started.",
                  "By 31 May 2027, Hallam Police should audit its missing persons risk assessments.", "2")
            + "</table></body></html>")
    found = findings_of(pdf_from_html(page), "tracker.pdf")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("recommendation", "Hallam Police should train its call handlers to use the THRIVE assessment."),
        ("recommendation", "By 31 May 2027, Hallam Police should audit its missing persons risk assessments."),
    ]
