"""A report file in, its proposed findings out, in the form `oversight extract` prints."""

import re
from pathlib import Path

from dateutil import parser as dateparser

from . import deadlines, parser
from .blocks import blocks_from_paragraphs
from .readers import read

PUBLISHED = re.compile(
    r"\b(?:published(?:\s+on)?|publication\s+date|date\s+of\s+publication|first\s+published|sent\s+on)\s*:?\s*"
    rf"(?P<date>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{deadlines.MONTHS}\.?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})",
    re.I,
)


def published_on(blocks):
    """The publication date printed near the start of the report, or None."""
    for block in blocks[:80]:
        m = PUBLISHED.search(block.text)
        if m:
            try:
                return dateparser.parse(m.group("date"), dayfirst=True).date()
            except (ValueError, OverflowError):
                return None
    return None


def propose(data, name="", *, with_theme=False, split_items=False):
    """The report's title, publication date, page count and findings, as `oversight extract` prints them.

    `with_theme` adds the section each finding was printed under, which the review page keeps.
    """
    document = read(data, name)
    blocks = blocks_from_paragraphs(document.pages)
    published = published_on(blocks)
    findings = parser.find(blocks, split_items=split_items)
    ids = {id(finding): f"F{n}" for n, finding in enumerate(findings, start=1)}
    return {
        "source": Path(name).name if name else None,
        "title": clean_title(document.title),
        "published_on": published.isoformat() if published else None,
        "pages": document.page_count,
        "findings": [
            {
                "id": ids[id(finding)],
                "kind": finding.kind,
                "ref": finding.ref,
                "text": finding.text,
                "addressees": finding.addressees,
                "due_text": finding.due_text,
                "due_on": iso(deadlines.resolve(finding.due_text, published)),
                "parent": ids.get(id(finding.parent)) if finding.parent is not None else None,
                "page": finding.page,
                **({"theme": finding.theme} if with_theme else {}),
            }
            for finding in findings
        ],
    }


def clean_title(title):
    if not title:
        return None
    title = " ".join(title.replace("*", " ").split()).strip(" #")
    return title[:500] or None


def iso(value):
    return value.isoformat() if value else None
