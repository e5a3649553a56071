"""From the lines a reader found to blocks: one paragraph, heading or list item each, with its page.

Every reader gives pages of lines; this module mends what printing broke (a sentence carried over a
page or column break, a word hyphenated at the line end) so the parser sees whole paragraphs.
"""

import re
from collections import Counter
from dataclasses import dataclass

TERMINAL = ".:;?!"
SOFT_HYPHENS = "\u2010\u00ad\x02"
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
EMPHASIS_EDGES = re.compile(r"^(?:\*\*|\*|__|_)+|(?:\*\*|\*|__|_)+$")
LIST_START = re.compile(
    r"^(?:[•●▪◦■‣∙·\-–—*o]\s|\(?[0-9]{1,3}[.)]\s|\(?[ivxlcIVXLC]{1,6}[.)]\s|\(?[a-zA-Z][.)]\s|\(\w{1,4}\)\s)"
)


# A line that stops on a word no sentence or heading ends with was wrapped: the next line carries on.
WRAPPED_AT = re.compile(
    r"\s(?:the|a|an|of|to|in|with|and|or|for|by|on|at|from|that|its|their|is|are|be|which|who|whether|"
    r"than|into|under|including|such)$"
)
SENTENCE_START = re.compile(
    r"^(?:the|this|these|those|that|we|it|its|in|our|there|they|he|she|i|a|an|as|however|when|where|while|"
    r"although|if|for|since|but|and|so|each|every|all|some|most|many|no|one|two|three|overall|during|after|before)\b",
    re.I,
)
DIRECTIVE_WORD = re.compile(r"\b(?:should|must|needs?\s+to)\b", re.I)


@dataclass
class Block:
    """One paragraph, heading or list item as printed, whitespace normalised, and its page."""

    text: str
    page: int | None = None


def clean_line(line):
    """A line without the markup some text exports carry (markdown headings, links and emphasis)."""
    line = line.replace("\u00a0", " ").replace("\u2002", " ").replace("\u2003", " ")
    line = " ".join(line.split())
    line = re.sub("\u00ad(?=.)", "", line)
    line = re.sub("\x02(?![A-Za-z])", "", line)
    line = MARKDOWN_HEADING.sub("", line)
    line = MARKDOWN_LINK.sub(r"\1", line)
    line = line.replace("**", "")
    line = EMPHASIS_EDGES.sub("", line).strip()
    # "- *AFI1. The force …*": emphasis just inside a list marker.
    m = re.match(r"^([•●▪\-–]\s+)[*_]+(.*?)[*_]*$", line)
    if m:
        line = m.group(1) + m.group(2)
    return line


def is_continuation(previous, line):
    """Whether this line carries on the previous block rather than starting a new one."""
    if not previous or not line:
        return False
    if previous[-1] in SOFT_HYPHENS:
        return True
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha() and line[0].islower():
        return True
    if previous[-1] in TERMINAL or previous.rstrip("”’\"')")[-1:] in TERMINAL:
        return False
    if LIST_START.match(line) and not re.match(r"^(?:i\.e\.|e\.g\.)", line):
        return False
    if line[0].islower():
        return True
    # Text wrapped by hand at a capital: "… in line with the" / "Victims' Code, and …".
    if WRAPPED_AT.search(previous):
        return True
    return bool(
        len(previous) >= 50 and DIRECTIVE_WORD.search(previous) and line[-1] in ".;"
        and not DIRECTIVE_WORD.search(" ".join(line.split()[:7])) and not SENTENCE_START.match(line)
    )


def join(previous, line):
    """Join two pieces of one paragraph: a typesetter's hyphen goes, a printed hyphen stays."""
    if previous[-1] == "\x02" and line[:1].isalpha():
        return previous + line
    if previous[-1] in SOFT_HYPHENS:
        return previous[:-1] + line
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha() and line[:1].islower():
        return previous + line
    return previous + " " + line


def blocks_from_paragraphs(pages):
    """Blocks from pages of paragraphs, joining a paragraph that a page or column break cut in two."""
    blocks = []
    for number, paragraphs in pages:
        for raw in paragraphs:
            text = clean_line(raw)
            if not text:
                continue
            if blocks and is_continuation(blocks[-1].text, text):
                blocks[-1].text = join(blocks[-1].text, text)
                continue
            blocks.append(Block(text, number))
    mend_breaks(blocks)
    return blocks


LINE_END_HYPHEN = re.compile(r"([A-Za-z]+)\x02([A-Za-z]+)")


def mend_breaks(blocks):
    """Decide each hyphen a PDF printed at a line end ("risk-|based", "investi-|gating").

    The PDF reader marks such a hyphen without saying whether the word carries it (a typesetter's own
    hyphens come as soft hyphens). The rest of the document decides: "investigating" printed whole
    elsewhere drops it; otherwise the hyphen was printed, as in a compound ("risk-based"), and stays.
    """
    if not any("\x02" in block.text for block in blocks):
        return
    whole = " ".join(LINE_END_HYPHEN.sub(" ", block.text) for block in blocks).lower()
    words = Counter(re.findall(r"[a-z]+(?:-[a-z]+)*", whole))

    def mend(match):
        left, right = match.group(1), match.group(2)
        joined = (left + right).lower()
        if words[joined] and not words[(left + "-" + right).lower()]:
            return left + right
        return left + "-" + right

    for block in blocks:
        if "\x02" in block.text:
            block.text = LINE_END_HYPHEN.sub(mend, block.text).replace("\x02", "")
