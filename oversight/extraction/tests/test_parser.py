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


def test_areas_for_improvement_listed_under_section_names_are_all_read_and_a_practice_heading_ends_them():
    got = findings(
        "Areas for improvement\nLeadership and partnerships\nThe force should train custody staff.\n"
        "In custody: booking in, individual needs and legal rights\nCustody staff should protect privacy.\n"
        "Housekeeping points\nShowers should be cleaned regularly."
    )
    assert [g[2] for g in got] == ["The force should train custody staff.", "Custody staff should protect privacy."]


def test_a_sentence_heading_after_the_list_opens_the_narrative():
    got = findings(
        "Areas for improvement\nThe service should share risk information.\nWe set out our findings below.\n"
        "The service has a good understanding of risk\nThe service should continue its work with partners."
    )
    assert [g[2] for g in got] == ["The service should share risk information."]


def test_the_inspections_expectation_of_every_service_is_not_a_finding():
    got = findings(
        "Areas for improvement\nThe service should make sure it has enough staff.\n"
        "Fire and rescue services should manage their budgets properly."
    )
    assert [g[2] for g in got] == ["The service should make sure it has enough staff."]


def test_a_glossary_definition_is_not_a_finding():
    assert findings("Cause of concern\nA cause of concern is a serious shortcoming in a force's practice.") == []


def test_quoted_findings_and_a_finding_after_an_inline_lead_in_are_read_without_the_quotes():
    got = findings(
        "We identified the following cause of concern:\n“The force isn’t managing the risk posed by sex offenders.”\n"
        "We have identified an area for improvement: the force should improve its use of body-worn video."
    )
    assert [(g[0], g[2]) for g in got] == [
        ("cause_of_concern", "The force isn’t managing the risk posed by sex offenders."),
        ("area_for_improvement", "the force should improve its use of body-worn video."),
    ]


def test_addressee_headings_with_a_colon_and_whole_recommendations_as_inline_bullets():
    got = propose(b"To chief constables:\nChief constables should record stalking as a crime.", "r.txt")["findings"]
    assert [(f["text"], f["addressees"]) for f in got] == [
        ("Chief constables should record stalking as a crime.", ["chief constables"]),
    ]
    got = findings("Recommendations • The force should review its policy. • The force should train call handlers.")
    assert [g[2] for g in got] == ["The force should review its policy.", "The force should train call handlers."]


def test_a_footnote_after_a_lead_ins_bullets_is_not_part_of_the_recommendation():
    got = findings("Recommendations\nThe force should:\n• review its policy; and\n• train its staff.\n12 Home Office data, 2023.")
    assert [g[2] for g in got] == ["The force should: • review its policy; and • train its staff."]


def test_a_cause_of_concern_keeps_its_this_means_sentence_and_may_lack_a_full_stop():
    got = findings(
        "Cause of concern\nThe force isn’t answering calls quickly enough\nThis means that callers give up.\n"
        "Recommendation\nThe force should recruit call handlers."
    )
    assert [g[2] for g in got] == [
        "The force isn’t answering calls quickly enough This means that callers give up.",
        "The force should recruit call handlers.",
    ]


def test_register_history_printed_straight_after_the_text_is_left_out():
    got = findings("Report (9401)\nRecommendation • The force should review its decisions.[on]23rd June 2023 [status]x[/status][/on]")
    assert [g[2] for g in got] == ["The force should review its decisions."]


def test_a_summary_copy_ending_with_its_paragraph_reference_is_the_same_finding():
    got = findings(
        "Recommendation\n2.12 The force should ensure that use of force is monitored.\n"
        "Main recommendations\n7.1 The force should ensure that use of force is monitored. (2.12)"
    )
    assert [(g[1], g[2]) for g in got] == [("2.12", "The force should ensure that use of force is monitored.")]


def test_a_number_printed_on_its_own_before_a_finding_is_its_ref_but_a_question_number_is_nothing():
    got = findings("Recommendations\n1\nThe force should recruit call handlers.\n2\nThe force should review its triage.")
    assert [(g[1], g[2]) for g in got] == [("1", "The force should recruit call handlers."), ("2", "The force should review its triage.")]
    assert findings("Questions for Effectiveness\n1\nHow effective is the force at preventing crime?\nGood") == []
