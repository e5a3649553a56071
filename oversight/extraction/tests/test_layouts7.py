"""Layouts the seventh blind part (test7) showed the reader missing, each in a short made-up text of its own."""

from oversight.extraction.propose import propose


def findings_of(data, name="page.txt"):
    return propose(data.encode() if isinstance(data, str) else data, name, split_items=True)["findings"]


def test_a_lead_in_ending_with_a_dash_gives_its_items_its_deadline_and_addressee():
    found = findings_of("Recommendation\nWe recommend that, within nine months, Ashdown Police should —\n"
                        "• publish its missing persons policy on its website; and\n"
                        "• review every high-risk missing person case within 24 hours.\n")
    assert [(f["text"], f["due_text"], f["addressees"]) for f in found] == [
        ("publish its missing persons policy on its website", "within nine months", ["Ashdown Police"]),
        ("review every high-risk missing person case within 24 hours.", "within nine months", ["Ashdown Police"]),
    ]


def test_a_lead_in_with_its_dashed_items_run_together_on_one_line_gives_one_finding_an_item():
    found = findings_of("Custody\nRecommendation By March 2028, the force should: – give every detainee a copy of "
                        "their rights in a language they understand; and – record each use of handcuffs in custody.\n")
    assert [(f["text"], f["due_text"]) for f in found] == [
        ("give every detainee a copy of their rights in a language they understand", "By March 2028"),
        ("record each use of handcuffs in custody.", "By March 2028"),
    ]


def test_numbered_recommendations_run_together_after_their_heading_are_one_finding_each():
    found = findings_of("Summary\nRecommendations 1. The force should make sure that stop and search records give "
                        "the grounds for each search. 2. Northvale Police should train its supervisors to review body-worn "
                        "video of searches.\n")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("recommendation", "The force should make sure that stop and search records give the grounds for each search."),
        ("recommendation", "Northvale Police should train its supervisors to review body-worn video of searches."),
    ]


def test_a_cause_announced_at_the_start_of_its_paragraph_is_the_parent_of_what_follows():
    found = findings_of("Findings\nWe have identified a cause of concern. The force is not reviewing the risk posed by "
                        "people on bail in time to protect the victims of domestic abuse.\n"
                        "To address this cause of concern, we recommend that, within three months, the force should:\n"
                        "• review every bail decision in a domestic abuse case; and\n"
                        "• tell each victim when a suspect's bail conditions change.\n")
    assert [(f["kind"], f["parent"]) for f in found] == [
        ("cause_of_concern", None), ("recommendation", "F1"), ("recommendation", "F1")]
    assert found[0]["text"].startswith("The force is not reviewing")


def test_a_cause_named_in_prose_is_the_cause_and_the_directives_after_its_evidence_are_its_recommendations():
    found = findings_of("Findings\nOur second cause of concern is that the force does not check the welfare of children "
                        "held in custody overnight. Staff told us the checks were often missed at night.\n"
                        "Eastleigh Police should record every welfare check on a child in custody.\n"
                        "Eastleigh Police should audit the records each month.\n")
    assert [(f["kind"], f["text"], f["parent"]) for f in found] == [
        ("cause_of_concern", "the force does not check the welfare of children held in custody overnight.", None),
        ("recommendation", "Eastleigh Police should record every welfare check on a child in custody.", "F1"),
        ("recommendation", "Eastleigh Police should audit the records each month.", "F1"),
    ]


def test_a_footnote_a_copy_ran_on_to_a_finding_is_not_part_of_it():
    found = findings_of("Areas for improvement\nThe force should make sure that its officers record the age of every "
                        "victim.Office for National Statistics, Crime in England and Wales, 2025.\n"
                        "The force should improve the quality of its victim needs assessments. See annex B of the "
                        "2024 inspection.\n")
    assert [f["text"] for f in found] == [
        "The force should make sure that its officers record the age of every victim.",
        "The force should improve the quality of its victim needs assessments.",
    ]


def test_findings_a_count_announces_one_a_sentence_in_flattened_text_are_found():
    found = findings_of("COUNTY PANEL 3 March 2027 Agenda item 4 Report of the Chief Executive 4. Background 4.1 The "
                        "inspectorate visited the force in the autumn and published its report in January. "
                        "5. Findings 5.1 The inspection found two areas for improvement. The first is that the force "
                        "should improve how it supervises investigations of fraud. The second is that the force needs to "
                        "tell victims of fraud how their case is progressing. 5.2 The force has accepted them.\n")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("area_for_improvement", "the force should improve how it supervises investigations of fraud."),
        ("area_for_improvement", "the force needs to tell victims of fraud how their case is progressing."),
    ]


def test_a_flattened_tracker_with_a_finding_and_a_type_column_gives_each_row_its_kind():
    found = findings_of("Tarnside Police action log Ref Finding Type Owner Latest position RAG AB-01 The force should "
                        "make sure that every burglary victim is visited within 48 hours. Recommendation Supt Crime "
                        "Visits now within 48 hours in 90 per cent of cases. Amber AB-02 The force should publish its "
                        "response times each quarter. Area for improvement Supt Response First figures published in "
                        "May. Green\n")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("recommendation", "The force should make sure that every burglary victim is visited within 48 hours."),
        ("area_for_improvement", "The force should publish its response times each quarter."),
    ]


TRACKER = (
    "<table><tr><th>Ref</th><th>Recommendation or AFI</th><th>Type</th><th>Update</th></tr>"
    "<tr><td>1</td><td>The service should make sure that every fire engine carries a working thermal camera.</td>"
    "<td>Recommendation</td><td>Cameras bought.</td></tr>"
    "<tr><td>2</td><td>The service should review how it shares risk information with</td><td>AFI</td>"
    "<td>Review started.</td></tr>"
    "<tr><td></td><td>neighbouring services.</td><td></td><td></td></tr></table>"
)


def test_a_column_naming_two_kinds_with_a_type_column_is_the_finding_column_and_a_wrapped_row_carries_on():
    found = findings_of(f"<html><body><h1>Action plan</h1>{TRACKER}</body></html>", "plan.html")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("recommendation", "The service should make sure that every fire engine carries a working thermal camera."),
        ("area_for_improvement", "The service should review how it shares risk information with neighbouring services."),
    ]


def test_a_pdf_tracker_row_cut_by_a_page_break_is_joined_cell_by_cell():
    # The cells as the PDF reader gives them: the header printed again on the next page, then the rest of
    # the cut row with its ref cell empty, its finding and its type cell each broken mid-word.
    from oversight.extraction.blocks import Block
    from oversight.extraction.parser import find

    cells = ["Ref", "Recommendation or area for improvement", "Type", "Update",
             "A1", "The service should review how its control room", "Area for im\u2010", "Review begun in",
             "Ref", "Recommendation or area for improvement", "Type", "Update",
             "—", "handles calls from people at risk of harm.", "provement", "May.",
             "A2", "The service should publish the outcome of its equality audit.", "Area for improvement", "Done."]
    blocks = [Block(text, 1 if n < 8 else 2, "cell") for n, text in enumerate(cells)]
    found = find(blocks, split_items=True)
    assert [(f.kind, f.text, f.update) for f in found] == [
        ("area_for_improvement", "The service should review how its control room handles calls from people at risk of harm.",
         "Review begun in May."),
        ("area_for_improvement", "The service should publish the outcome of its equality audit.", "Done."),
    ]


def test_two_bodies_joined_by_and_are_two_addressees_and_a_name_with_and_is_one():
    found = findings_of("Recommendations\nBy June 2028, the College of Policing and the Home Office should:\n"
                        "• publish guidance on the use of drones; and\n• fund a national evaluation of it.\n"
                        "Areas for improvement\nThe Vale and Downs Constabulary should improve its call handling.\n")
    assert [f["addressees"] for f in found] == [
        ["the College of Policing", "the Home Office"], ["the College of Policing", "the Home Office"],
        ["The Vale and Downs Constabulary"]]


def test_a_period_counted_from_the_reports_publication_is_the_whole_deadline():
    found = findings_of("Recommendations\nWithin six months of this report’s publication, chief constables should:\n"
                        "• review their use of covert cameras; and\n• publish the results.\n")
    assert [(f["due_text"], f["addressees"]) for f in found] == [
        ("Within six months of this report’s publication", ["chief constables"])] * 2
