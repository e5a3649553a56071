"""The layouts reports print findings in, one rule each (short texts in the style of the real ones)."""

from oversight.extraction.propose import propose


def findings(text):
    return [(f["kind"], f["ref"], f["text"], f["due_text"], f["parent"]) for f in propose(text.encode(), "r.txt")["findings"]]


def test_old_hmic_cause_of_concern_with_recommends_that_immediately_and_bullets_is_one_recommendation():
    got = findings(
        "Cause of concern\nHMIC is concerned that the force is not identifying vulnerable victims.\nRecommendations\n"
        "To address this cause of concern, HMIC recommends that the force should immediately:\n"
        "• take steps to ensure that call handlers identify vulnerability; and\n• ensure that incidents are graded correctly."
    )
    assert got == [
        ("cause_of_concern", None, "HMIC is concerned that the force is not identifying vulnerable victims.", None, None),
        ("recommendation", None, "To address this cause of concern, HMIC recommends that the force should immediately: "
         "• take steps to ensure that call handlers identify vulnerability; and • ensure that incidents are graded "
         "correctly.", "immediately", "F1"),
    ]


def test_register_entries_are_read_under_their_titles_and_status_history_is_not_a_finding():
    got = findings(
        "Crime data integrity 2014 - Exampleshire (5021)\n"
        "Within three months, the force should establish an audit process for cancelled crimes.\n"
        "[on]4th September 2014\nThe force should provide further evidence before this can be closed.\n[/comment][/on]"
    )
    assert [g[2] for g in got] == ["Within three months, the force should establish an audit process for cancelled crimes."]


def test_findings_printed_without_their_subject_are_read_under_a_kind_heading():
    got = findings("Areas for improvement\nImprove how it supervises investigations.\nMake sure that victims are updated.")
    assert [g[:3] for g in got] == [
        ("area_for_improvement", None, "Improve how it supervises investigations."),
        ("area_for_improvement", None, "Make sure that victims are updated."),
    ]


def test_a_papers_own_numbered_paragraph_is_not_taken_into_the_finding_before_it():
    got = findings(
        "Recommendations\n1. The force should publish its response times.\n3.1 The purpose of this report is to inform."
    )
    assert [g[2] for g in got] == ["The force should publish its response times."]


def test_a_heading_that_says_there_are_no_findings_gives_none():
    assert findings("Areas for improvement\nWe found no areas for improvement.\nThe force should be proud of this.") == []


def test_a_plural_label_with_its_text_inline_is_a_finding_but_a_sentence_about_findings_is_not():
    assert findings("Recommendations • The force should ensure all staff are vetted.")[0][2] == (
        "The force should ensure all staff are vetted.")
    assert findings("Recommendations are regularly reviewed by the force and its partners.") == []


def test_we_recommend_that_without_should_is_a_recommendation_with_its_deadline():
    (got,) = findings("Recommendation 2\nWe recommend that, by 31 March 2023, the College of Policing amends its guidance.")
    assert got[:2] == ("recommendation", "2") and got[3] == "by 31 March 2023"


def test_the_last_finding_of_a_page_cut_short_is_kept_as_stored():
    got = findings("Areas for improvement\n  • The force should record crime accurately.\n  • The force should make sure that superv")
    assert got[-1][2] == "The force should make sure that superv"


def test_a_lead_in_naming_causes_of_concern_introduces_its_list():
    got = findings("In 2022 we identified the following causes of concern:\n- The force isn’t answering calls quickly enough.\n"
                   "- The force doesn’t supervise investigations.\nWe made four recommendations.")
    assert [g[:3] for g in got] == [
        ("cause_of_concern", None, "The force isn’t answering calls quickly enough."),
        ("cause_of_concern", None, "The force doesn’t supervise investigations."),
    ]
