"""Layouts the ninth blind part (test9) showed the reader missing, each in a short made-up text of its own."""

from oversight.extraction.propose import propose


def findings_of(data, name="page.txt"):
    return propose(data.encode() if isinstance(data, str) else data, name, split_items=True)["findings"]


def test_a_lead_in_with_its_deadline_between_commas_after_should_gives_one_finding_an_item():
    found = findings_of("Recommendations\nThe chief constable should, by 30 April 2028, make sure that:\n"
                        "1. Every report of a missing adult is reviewed by a sergeant within an hour.\n"
                        "2. Every return interview is recorded on the same system.\n"
                        "We recommend that the College of Policing and the National Police Chiefs’ Council should, "
                        "by 31 May 2029:\n• publish guidance on searching for missing adults; and\n"
                        "• agree a national risk assessment.\n")
    assert [(f["text"], f["due_text"]) for f in found] == [
        ("Every report of a missing adult is reviewed by a sergeant within an hour.", "by 30 April 2028"),
        ("Every return interview is recorded on the same system.", "by 30 April 2028"),
        ("publish guidance on searching for missing adults", "by 31 May 2029"),
        ("agree a national risk assessment.", "by 31 May 2029"),
    ]


def test_sentences_run_together_after_dashes_under_a_kind_heading_are_one_finding_each():
    found = findings_of("<html><body><p>Areas for improvement – The service should check its hydrants every year. "
                        "– The service needs to answer emergency calls more quickly.</p></body></html>",
                        "page.html")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("area_for_improvement", "The service should check its hydrants every year."),
        ("area_for_improvement", "The service needs to answer emergency calls more quickly."),
    ]


def test_the_welsh_text_printed_before_each_english_finding_does_not_end_the_list():
    found = findings_of("Meysydd i’w gwella / Areas for improvement\n"
                        "Dylai’r heddlu wella sut mae’n ateb galwadau.\nThe force should improve how it answers calls.\n"
                        "Dylai’r heddlu sicrhau bod pob dioddefwr yn cael ei asesu.\n"
                        "The force should make sure that every victim is assessed.\n")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("area_for_improvement", "The force should improve how it answers calls."),
        ("area_for_improvement", "The force should make sure that every victim is assessed."),
    ]


def test_a_cause_announced_before_it_or_named_after_it_is_the_parent_of_its_recommendations():
    found = findings_of(
        "We have concluded that the following is a cause of concern.\n"
        "The force is not answering 999 calls quickly enough, and callers wait for up to ten minutes.\n"
        "To address this cause of concern, we recommend that the force should immediately:\n"
        "• put more call handlers on at night; and\n• publish its answering times every month.\n"
        "We reviewed 40 cases.\n"
        "The force does not record why it closes crime reports without an investigation. This is our second cause "
        "of concern.\nOur recommendation to address it is as follows.\n"
        "By 31 March 2029, the force should audit every crime closed without an investigation.\n")
    first = "The force is not answering 999 calls quickly enough, and callers wait for up to ten minutes."
    second = "The force does not record why it closes crime reports without an investigation."
    texts = {f["id"]: f["text"] for f in found}
    assert [(f["kind"], f["text"], texts.get(f["parent"])) for f in found] == [
        ("cause_of_concern", first, None),
        ("recommendation", "put more call handlers on at night", first),
        ("recommendation", "publish its answering times every month.", first),
        ("cause_of_concern", second, None),
        ("recommendation", "By 31 March 2029, the force should audit every crime closed without an investigation.", second),
    ]


def test_a_letter_titled_with_a_kind_and_the_organisations_name_does_not_make_the_name_a_finding():
    found = findings_of("<html><body><h1>Accelerated cause of concern: Ashwold Fire and Rescue Service</h1>"
                        "<h2>Cause of concern</h2><p>The service does not have enough trained control room staff.</p>"
                        "</body></html>", "letter.html")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("cause_of_concern", "The service does not have enough trained control room staff."),
    ]


def test_a_status_table_that_names_recommendations_by_number_proposes_nothing():
    found = findings_of("Closures\nReport\nRecommendation\nHMICFRS status\nDate\nVetting 2026\nRecommendation 2\n"
                        "Closed\n12 September 2028\nVetting 2026\nRecommendation 5\nPending sign-off\n—\n")
    assert found == []


def test_a_tracker_cell_merged_down_two_rows_keeps_the_columns_of_the_row_below():
    found = findings_of(
        "<html><body><table><tr><th>Ref</th><th>Source report</th><th>Recommendation</th><th>Update</th></tr>"
        '<tr><td>A1</td><td rowspan="2">Custody 2027</td><td>The force should review every strip search.</td>'
        "<td>Done.</td></tr><tr><td>A2</td><td>The force should record why handcuffs are used.</td>"
        "<td>Form changed.</td></tr></table></body></html>", "tracker.html")
    assert [f["text"] for f in found] == [
        "The force should review every strip search.", "The force should record why handcuffs are used.",
    ]


def test_what_we_found_and_why_it_matters_subheadings_are_part_of_a_findings_explanation():
    found = findings_of("<html><body><h2>Areas for improvement</h2>"
                        "<h3>The force should answer non-emergency calls more quickly.</h3><h4>What we found</h4>"
                        "<p>Callers waited 20 minutes on average.</p><h4>Why it matters</h4>"
                        "<p>People give up and do not report crime.</p>"
                        "<h3>The force should improve how it records hate crime.</h3><h4>What we found</h4>"
                        "<p>A third of the cases we reviewed were not flagged.</p></body></html>", "page.html")
    assert [(f["kind"], f["text"]) for f in found] == [
        ("area_for_improvement", "The force should answer non-emergency calls more quickly."),
        ("area_for_improvement", "The force should improve how it records hate crime."),
    ]


def test_a_print_footnote_inside_a_web_page_finding_is_not_part_of_its_text():
    found = findings_of('<html><body><h2>Recommendation</h2><p>The force should apply for a stalking protection '
                        'order<sup>2</sup><span style="float: footnote">Stalking Protection Act 2019.</span> in every '
                        "case that meets the test.</p></body></html>", "page.html")
    assert [f["text"] for f in found] == [
        "The force should apply for a stalking protection order in every case that meets the test."]


def test_bodies_listed_between_the_halves_of_a_joint_lead_in_are_its_addressees():
    found = findings_of("<html><body><h2>What needs to improve</h2><p>We recommend that:</p><ul><li>Ashwold Police</li>"
                        "<li>Ashwold Council</li><li>the Ashwold Integrated Care Board</li></ul>"
                        "<p>should, within three months, work together to:</p><ul><li>agree how they share referrals;"
                        " and</li><li>review every case of a child missing from care.</li></ul></body></html>", "page.html")
    assert [(f["text"], f["due_text"], f["addressees"][:2]) for f in found] == [
        ("agree how they share referrals", "within three months", ["Ashwold Police", "Ashwold Council"]),
        ("review every case of a child missing from care.", "within three months", ["Ashwold Police", "Ashwold Council"]),
    ]
