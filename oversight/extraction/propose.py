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


def propose(data, name="", *, with_theme=False, split_items=False, with_source=False):
    """The report's title, publication date, page count and findings, as `oversight extract` prints them.

    `with_theme` adds the section each finding was printed under, which the review page keeps;
    `with_source` adds where each is printed (page, offsets, the text around it), a confidence and the
    progress update a tracker printed beside it; `split_items` proposes a lead-in's items one a finding.
    """
    document = read(data, name)
    blocks = blocks_from_paragraphs(document.pages)
    published = published_on(blocks)
    findings = parser.find(blocks, split_items=split_items)
    ids = {id(finding): f"F{n}" for n, finding in enumerate(findings, start=1)}
    position = {id(block): n for n, block in enumerate(blocks)}
    return {
        "source": Path(name).name if name else None,
        "title": clean_title(document.title),
        "published_on": published.isoformat() if published else None,
        "pages": document.page_count,
        **({"ocr": document.ocr, "damaged_lines": document.damaged_lines, "gradings": [
            {"area": area, "grade": grade, "page": block.page,
             "source": {"page": block.page, "start": block.start, "end": block.end}}
            for area, grade, block in parser.gradings(blocks)
        ]} if with_source else {}),
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
                **({
                    "source": source_of(finding, blocks, position),
                    "confidence": confidence_of(finding, blocks, position),
                    "progress_update": finding.update,
                } if with_source else {}),
                **({"theme": finding.theme} if with_theme else {}),
            }
            for finding in findings
        ],
    }


CONTEXT = 300


def locate(finding, blocks, position):
    """(block, offset of the finding's text in it) for the block the finding was taken from, else (None, -1)."""
    block = finding.block
    if block is None or id(block) not in position:
        return None, -1
    head = finding.text[:40]
    return block, block.text.find(head)


def source_of(finding, blocks, position):
    """Where the finding is printed: its page, character offsets in the page's text, and the text around it.

    The page's text is its blocks joined by blank lines (Block.start/end); `before`, `text` and `after`
    let the review page show the source beside the proposal with the span highlighted.
    """
    block, at = locate(finding, blocks, position)
    if block is None:
        return None
    n = position[id(block)]
    at = max(at, 0)
    length = len(finding.text)
    whole = block.text
    # A lead-in's items were taken from the blocks after it: the span runs on over them.
    end_block = n
    while len(whole) - at < length and end_block + 1 < len(blocks) and blocks[end_block + 1].page == block.page:
        end_block += 1
        whole += "\n\n" + blocks[end_block].text
    before = "\n\n".join(b.text for b in blocks[max(0, n - 2):n])[-CONTEXT:]
    after = "\n\n".join(b.text for b in blocks[end_block + 1:end_block + 3])[:CONTEXT]
    printed = whole[at:at + max(length, 1)]
    return {
        "page": block.page, "start": block.start + at, "end": block.start + at + len(printed),
        "before": before + ("\n\n" if before else "") + whole[:at], "text": printed,
        "after": whole[at + len(printed):] + ("\n\n" if after else "") + after,
    }


def confidence_of(finding, blocks, position):
    """How sure the reader is, 0–1, so the review shows the doubtful first.

    Lower where the text was rebuilt rather than read from one block, is very long (two findings
    merged?), carries another label inside it, or stops without a full stop (cut off?).
    """
    score = finding.confidence
    block, at = locate(finding, blocks, position)
    if block is None or at < 0:
        score -= 0.2
    if len(finding.text) > 700:
        score -= 0.3
    if re.search(r"[;.]\s*(?:and\s+)?(?:recommendation|area for improvement|cause of concern)\s*\d", finding.text, re.I):
        score -= 0.3
    if finding.text[-1:] not in ".;:!?)”’\"" and not (block is not None and block.role == "heading"):
        score -= 0.15
    return round(max(0.05, min(1.0, score)), 2)


def clean_title(title):
    if not title:
        return None
    title = " ".join(title.replace("*", " ").split()).strip(" #")
    return title[:500] or None


def iso(value):
    return value.isoformat() if value else None
