"""Dates as forces type them in registers: "30/11/2021", "30th November 2021", Excel serials."""

import datetime
import functools
import re

from openpyxl.utils.datetime import from_excel

FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d %B %y",
           "%d %b %y", "%B %d %Y", "%b %d %Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]
ORDINAL = re.compile(r"(\d{1,2})(st|nd|rd|th)\b", re.IGNORECASE)
# Excel serials for 1 Jan 1960 .. 31 Dec 2099: a bare number outside this is not a date.
SERIAL_RANGE = (21916, 73415)


class NotADate(ValueError):
    pass


def parse_date(value):
    """A date from a cell, or None for a blank one; NotADate says what could not be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if SERIAL_RANGE[0] <= value <= SERIAL_RANGE[1]:
            return from_excel(value).date()
        raise NotADate(f"{value} is not a date")
    return _parse_text(str(value).strip())


@functools.lru_cache(maxsize=4096)  # a register repeats its dates; strptime is slow (issue 14: 7 tries a cell)
def _parse_text(text):
    if not text:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return parse_date(float(text))
    cleaned = ORDINAL.sub(r"\1", text).replace(",", " ")
    cleaned = re.sub(r"^(by|on|due)\s+", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    for fmt in FORMATS:
        try:
            return datetime.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise NotADate(f'"{text}" is not a date; use a form such as 30/11/2021 or 30 November 2021')
