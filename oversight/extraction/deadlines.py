"""Deadlines as reports print them ("By 30 November 2021", "Within three months", "Immediately")
and the date each one means, counted from publication where the phrase is relative."""

import calendar
import re
from datetime import date

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATE = (
    rf"(?:(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTHS}\.?,?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|the\s+end\s+of\s+(?:the\s+year\s+)?\d{4}\b)"
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24, "a": 1,
}
PERIOD = (
    r"within\s+(?:the\s+next\s+)?(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?:days?|weeks?|months?|years?)"
    r"(?:\s+of\s+(?:(?:the\s+)?(?:publication|date)\s+of\s+(?:this|the)\s+report|(?:this|the)\s+report[’']s\s+publication"
    r"|publication))?"
)
PHRASE = (
    rf"(?:(?:by|not\s+later\s+than|no\s+later\s+than|before|on\s+or\s+before)\s+{DATE}"
    rf"|{PERIOD}|immediately|with\s+immediate\s+effect)"
)
AT_START = re.compile(rf"^(?P<due>{PHRASE})(?=[\s,:])", re.I)
# At the end only a date or a period of months counts: "… should be made immediately." is urgency and
# "… approved within seven days." a working standard, not deadlines.
AT_END = re.compile(
    rf"(?<=[\s,])(?P<due>(?:by|not\s+later\s+than|no\s+later\s+than|before|on\s+or\s+before)\s+{DATE}"
    rf"|{PERIOD.replace('days?|weeks?|', '')})[.;]?$",
    re.I,
)
# A deadline set off inside the sentence, between commas or before the colon of a lead-in.
SET_OFF = re.compile(
    rf"(?:,\s*|\bthat\s+)(?P<due>{PHRASE.replace('days?|weeks?|', '')})\s*(?:,|:$)", re.I
)  # a period of days or weeks is a working standard ("contacted, within 24 hours, by …"), as at the end
ALONE = re.compile(rf"^(?P<due>{PHRASE}):?$", re.I)
_PERIOD_PARTS = re.compile(r"within\s+(?:the\s+next\s+)?(\S+)\s+(day|week|month|year)", re.I)


def due_at_start(text):
    """The deadline phrase a finding opens with, or None."""
    m = AT_START.match(text)
    return m.group("due") if m else None


def due_at_end(text):
    """The deadline phrase a finding closes with, or None."""
    m = AT_END.search(text)
    return m.group("due") if m else None


def due_set_off(text):
    """A deadline phrase set off by commas inside the sentence ("… should, by March 2023, review …"), or None."""
    m = SET_OFF.search(text)
    return m.group("due") if m else None


def due_alone(text):
    """The phrase if the whole line is a deadline heading (old HMIC lists group findings under them)."""
    m = ALONE.match(text.strip())
    return m.group("due") if m else None


def resolve(due_text, published_on=None):
    """The date a deadline phrase means; relative phrases count from publication, else None."""
    if not due_text:
        return None
    phrase = " ".join(due_text.split())
    lowered = phrase.lower()
    if lowered in {"immediately", "with immediate effect"}:
        return published_on
    period = _PERIOD_PARTS.match(phrase)
    if period:
        if not published_on:
            return None
        amount = period.group(1).lower()
        count = int(amount) if amount.isdigit() else NUMBER_WORDS.get(amount)
        if count is None:
            return None
        unit = period.group(2).lower() + "s"
        return published_on + relativedelta(**{unit: count})
    return _absolute(phrase)


def _absolute(phrase):
    found = re.search(DATE, phrase, re.I)
    if not found:
        return None
    words = found.group(0)
    year_only = re.fullmatch(r"the\s+end\s+of\s+(?:the\s+year\s+)?(\d{4})", words, re.I)
    if year_only:
        return date(int(year_only.group(1)), 12, 31)  # "by the end of 2024"
    words = re.sub(r"^the\s+end\s+of\s+", "", words, flags=re.I)
    has_day = bool(re.match(r"\d{1,2}(?:st|nd|rd|th)?\s", words)) or "/" in words
    try:
        parsed = dateparser.parse(words, dayfirst=True, default=date(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    if has_day:
        return parsed.date() if hasattr(parsed, "date") else parsed
    # "By November 2021" means by the end of that month.
    last = calendar.monthrange(parsed.year, parsed.month)[1]
    return date(parsed.year, parsed.month, last)
