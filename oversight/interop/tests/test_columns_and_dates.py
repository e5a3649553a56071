import datetime

import pytest

from oversight.interop.columns import guess_mapping
from oversight.interop.dates import NotADate, parse_date


def test_common_register_headers_are_recognised():
    headers = ["Rec No", "Recommendation", "AFI", "Owner", "Portfolio", "Lead", "Status", "RAG", "Due date",
               "Update", "Report", "Date published", "Notes"]
    mapping = guess_mapping(headers)
    assert mapping["Rec No"] == "ref"
    assert mapping["Recommendation"] == "text"
    assert mapping["AFI"] == ""  # the text field is taken by the first column that claims it
    assert mapping["Owner"] == "owner" and mapping["Lead"] == ""
    assert mapping["Portfolio"] == "portfolio"
    assert mapping["Status"] == "status" and mapping["RAG"] == "rag"
    assert mapping["Due date"] == "due_on" and mapping["Update"] == "update"
    assert mapping["Report"] == "report_title" and mapping["Date published"] == "published_on"
    assert mapping["Notes"] == ""


def test_headers_match_whatever_their_case_and_punctuation():
    assert guess_mapping(["REC. NO", "rag_status", "Target Date"]) == {
        "REC. NO": "ref", "rag_status": "rag", "Target Date": "target_on"}


def test_an_organisations_saved_mapping_wins_over_the_guess():
    assert guess_mapping(["Lead", "Notes"], saved={"Notes": "update", "Lead": "business_area"}) == {
        "Lead": "business_area", "Notes": "update"}


@pytest.mark.parametrize("value", [
    "30/11/2021", "30th November 2021", "30 Nov 2021", "2021-11-30", "By 30th November 2021", 44530,
    "44530", datetime.datetime(2021, 11, 30, 0, 0), datetime.date(2021, 11, 30), "30/11/21", "November 30, 2021",
])
def test_dates_are_read_in_the_forms_forces_type(value):
    assert parse_date(value) == datetime.date(2021, 11, 30)


@pytest.mark.parametrize("value", [None, "", "   "])
def test_a_blank_date_is_none(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("value", ["soon", "31/02/2021", 12, "Within six months"])
def test_text_that_is_not_a_date_is_refused_with_the_text_quoted(value):
    with pytest.raises(NotADate, match="not a date"):
        parse_date(value)
