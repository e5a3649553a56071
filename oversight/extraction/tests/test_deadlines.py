"""Deadline phrases as printed, and the dates they mean."""

from datetime import date

import pytest

from oversight.extraction import deadlines


@pytest.mark.parametrize(
    "text,due",
    [
        ("By 30th November 2021, the NCA should consider", "By 30th November 2021"),
        ("Not later than 31 March 2015 those forces should", "Not later than 31 March 2015"),
        ("Immediately, police forces should ensure", "Immediately"),
        ("With immediate effect, the NCA must ensure", "With immediate effect"),
        ("Within three months, the force should:", "Within three months"),
        ("By the end of 2024, chief constables should", "By the end of 2024"),
        ("The force should act quickly.", None),
        ("By the time we revisited, the force had acted.", None),
    ],
)
def test_a_deadline_at_the_start_is_found_as_printed(text, due):
    assert deadlines.due_at_start(text) == due


@pytest.mark.parametrize(
    "text,due",
    [
        ("The Home Office should review funding, by 31 March 2025.", "by 31 March 2025"),
        ("The force should act within six months of the publication of this report.",
         "within six months of the publication of this report"),
        ("Changes should be made immediately.", None),
        ("A supervisor should approve the plan within seven days.", None),
    ],
)
def test_only_a_date_or_a_period_of_months_counts_as_a_deadline_at_the_end(text, due):
    assert deadlines.due_at_end(text) == due


@pytest.mark.parametrize(
    "phrase,published,expected",
    [
        ("By 30th November 2021", None, date(2021, 11, 30)),
        ("By September 2014", None, date(2014, 9, 30)),
        ("by the end of March 2022", None, date(2022, 3, 31)),
        ("By the end of 2024", None, date(2024, 12, 31)),
        ("Within three months", date(2024, 6, 6), date(2024, 9, 6)),
        ("Within three months", None, None),
        ("Immediately", date(2024, 3, 14), date(2024, 3, 14)),
        ("within 12 months of the publication of this report", date(2023, 1, 31), date(2024, 1, 31)),
    ],
)
def test_a_deadline_resolves_to_a_date_counting_relative_ones_from_publication(phrase, published, expected):
    assert deadlines.resolve(phrase, published) == expected


@pytest.mark.parametrize(
    "text,due",
    [
        ("The College of Policing should, by the end of December 2022, update its guidance.", "by the end of December 2022"),
        ("Chief constables should make sure that, within six months of the publication of this report:",
         "within six months of the publication of this report"),
        ("The force should make sure that victims are contacted, within 24 hours, by an officer.", None),
        ("The force should review, with its partners, how it shares information.", None),
    ],
)
def test_a_deadline_set_off_by_commas_inside_the_sentence_is_found(text, due):
    assert deadlines.due_set_off(text) == due
