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
DATE_SPLIT = re.compile(
    r"\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)[,.]?$"
)
SENTENCE_START = re.compile(
    r"^(?:the|this|these|those|that|we|it|its|in|our|there|they|he|she|i|a|an|as|however|when|where|while|"
    r"although|if|for|since|but|and|so|each|every|all|some|most|many|no|one|two|three|overall|during|after|before|"
    r"of|only|across|between|from|around|about|nearly|almost|more|fewer|less|half|none|just)\b",
    re.I,
)
OWN_CLAUSE = re.compile(
    r"^[A-Z][\w’'-]*\s+(?:[\w’'-]+\s+){0,2}(?:told|said|found|saw|showed|reported|explained|described|were|was|are|is|have|has|had|did|do|does)\s+"
    r"(?:us|that|not|no|a|an|the|they|it|we|their|its|been|to)\b"
)
STATUS_CELL = re.compile(r"^(?:red|amber|green|blue|grey|complete[d]?|ongoing|closed|open|on\s+track|off\s+track|behind|"
                         r"at\s+risk|delayed|not\s+started|in\s+progress|\d{1,2}/\d{1,2}/\d{2,4})$", re.I)
DIRECTIVE_WORD = re.compile(r"\b(?:should|must|needs?\s+to)\b", re.I)


class Para(str):
    """A paragraph as a reader found it, with the role its format gave it: "heading", "cell", "item" or None."""

    role = None
    at = None  # (table, row, column) of a table cell, where the format gives its grid

    def __new__(cls, text, role=None):
        value = super().__new__(cls, text)
        value.role = role
        return value


@dataclass
class Block:
    """One paragraph, heading or list item as printed, whitespace normalised, and its page.

    `role` is what the format said it is (a heading in HTML, Word or by type size in a PDF, a table
    cell); `start` and `end` are its offsets in the page's text (the page's blocks joined by blank lines).
    """

    text: str
    page: int | None = None
    role: str | None = None
    start: int = 0
    end: int = 0
    cells: dict | None = None  # a tracker table's row: {"kind", "ref", "update"}
    at: tuple | None = None  # (table, row, column) where the format says so (HTML, Word): the table's grid


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


def is_continuation(previous, line, last_length=None):
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
    if re.match(r"^\d[\d,.%]*\s+[a-z]", line) and previous[-1] == ",":
        return True  # "… Since then," / "4 areas for improvement have been closed.": a count wrapped to the line start
    if line[0].islower():
        # A table's status cell ("Green") printed on a line of its own does not run on into the next cell.
        return not STATUS_CELL.match(previous) and not is_name_cell(previous)
    if is_name_cell(line):
        return False  # a table's owner cell after a finding cell ("… who hold the" / "Head of Protection")
    if DATE_SPLIT.search(previous + " " + line.split()[0]):
        return True  # a date wrapped inside itself: "… we recommend that, by 31" / "March 2027, the service:"
    # Text wrapped by hand at a capital: "… in line with the" / "Victims' Code, and …".
    if WRAPPED_AT.search(previous):
        return True
    # A line much longer than the one before it is not its wrapped tail: a heading sentence and its explanation.
    if last_length is not None and len(line) > 1.3 * last_length + 10:
        return False
    # A directive wrapped by hand before a word that is capitalised anyway ("known as" / "THRIVE, on every
    # call.", "In the year to March" / "2024, …"); a line opening with an ordinary capitalised word is a
    # sentence of its own (the explanation under a heading sentence that has no full stop).
    first = line.split()[0].strip("“‘\"'(,.;:")
    last = previous.split()[-1].strip("”’\"'),")
    # … or a name wrapped inside itself ("the Crown Prosecution" / "Service to build cases.").
    if not (first[:1].isdigit() or (len(first) >= 2 and first.isupper()) or last[:1].isupper()):
        return False
    return bool(
        len(previous) >= 50 and DIRECTIVE_WORD.search(previous) and line[-1] in ".;"
        and not DIRECTIVE_WORD.search(" ".join(line.split()[:7])) and not SENTENCE_START.match(line)
        # "Victims told us they were not told …" under a finding's heading is a sentence of its own.
        and not OWN_CLAUSE.match(line)
    )


def is_name_cell(text):
    """A table's owner or lead cell ("Head of Professional Standards"): two to seven words in title case.
    The lower-case line after it is another cell's wrapped tail, not part of the name."""
    words = text.split()
    small = {"of", "and", "for", "the", "&"}
    return 2 <= len(words) <= 7 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or w in small for w in words
    ) and not any(w[-1:] in TERMINAL + "," for w in words)


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
    blocks, last_length = [], None
    for number, paragraphs in pages:
        for raw in paragraphs:
            role = getattr(raw, "role", None)
            text = clean_line(raw)
            if not text:
                continue
            for part in run_together(text):
                previous = blocks[-1] if blocks else None
                if (
                    previous is not None and role not in ("heading", "cell") and previous.role not in ("heading", "cell")
                    and is_continuation(previous.text, part, last_length)
                ):
                    previous.text = join(previous.text, part)
                else:
                    blocks.append(Block(part, number, role, at=getattr(raw, "at", None)))
                last_length = len(part)
    # A run of bullets a PDF wrapped over lines ("• a • b" / "c. • d") is whole only once its lines are joined.
    blocks = [piece for block in blocks for piece in split_run_together(block)]
    blocks = bodies_listed(blocks)
    mend_breaks(blocks)
    offsets = {}
    for block in blocks:
        block.start = offsets.get(block.page, 0)
        block.end = block.start + len(block.text)
        offsets[block.page] = block.end + 2
    return blocks


RUN_TOGETHER = re.compile(r"\s+[•●▪]\s+")
# "Neighbourhood policing Areas for improvement • …": a section name and a kind heading before the bullets.
KIND_AT_END = re.compile(r"^(?P<before>.*?)\s*(?<![\w-])(?P<kind>Recommendations?|Areas?\s+for\s+improvement|Causes?\s+of\s+concern)$")
# "• The force isn't … behaviour. Recommendation • …": the next list's kind heading after a bullet's sentence.
ITEM_THEN_KIND = re.compile(r"^(?P<item>.*[.!?”])\s+(?P<kind>Recommendations?|Areas?\s+for\s+improvement|Causes?\s+of\s+concern)$")


def split_run_together(block):
    if block.role in ("heading", "cell"):
        return [block]
    if not RUN_TOGETHER.search(block.text[1:]) and not DASH_ITEM.search(block.text) and \
            len(NUMBERED_RUN.findall(block.text)) < 2 and not DASH_RUN.search(block.text):
        return [block]
    parts = run_together(block.text)
    if len(parts) == 1:
        return [block]
    return [Block(part, block.page, block.role, at=block.at) for part in parts]


# A lead-in printed with a dash for its colon: "HMICFRS recommends that, within six months, the force should —".
DASH_LEAD_IN = re.compile(
    r"^(?P<head>.*(?:\b(?:should|must|needs?\s+to)(?:\s+\w+){0,3}|\brecommends?\s+that(?:[^.;:]{0,80})?))\s*[—–]$", re.I
)
# "…: – a; and – b.": a lead-in's items run together after dashes, each after the colon or a semicolon.
DASH_ITEM = re.compile(r"(?<=[:;])\s+(?:(?:and|or)\s+)?[–—-]\s+")
# "Recommendations 1. The force should … 2. The force should …": numbered items run together on one line.
NUMBERED_RUN = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+(?=[A-Z])")


# "Areas for improvement – The service should … – The service should …": sentences run together after dashes.
DASH_RUN = re.compile(r"\s+[–—]\s+(?=[A-Z])")


def dashed_sentences(text):
    """A kind heading then dashed sentences on one line, written with bullets for run_together; None otherwise
    (a dash inside a sentence is punctuation, so each part must be a sentence of its own)."""
    parts = DASH_RUN.split(text)
    head, items = parts[0].strip(), [p.strip() for p in parts[1:]]
    if not items or not KIND_AT_END.match(head):
        return None
    if any(item[-1:] not in ".!?”" or len(item.split()) < 4 for item in items):
        return None
    return " • ".join([head, *items])


def dash_lead_in(text):
    """The line with a lead-in's dash made its colon, as the parser reads lead-ins; the line as it is otherwise."""
    m = DASH_LEAD_IN.match(text)
    return m.group("head") + ":" if m else text


def numbered_run(text):
    """A kind heading then numbered sentences run together ("Recommendations 1. The force should … 2. …"):
    the heading, then one block an item; None unless the numbers run 1, 2, 3 … and each item is a sentence."""
    starts = list(NUMBERED_RUN.finditer(text))
    if len(starts) < 2 or [int(m.group("n")) for m in starts] != list(range(1, len(starts) + 1)):
        return None
    head = text[:starts[0].start()].strip().rstrip(":").strip()
    if head and not KIND_AT_END.match(head) or head and KIND_AT_END.match(head).group("before"):
        return None
    items = [text[a.start():b.start() if b else len(text)].strip() for a, b in zip(starts, starts[1:] + [None], strict=True)]
    if any(len(item.split()) < 5 or item[-1:] not in ".!?”" for item in items):
        return None
    return ([head] if head else []) + items


def dashed_items(text):
    """A lead-in and its dashed items run together ("… should: – a; and – b."): the lead-in, then one block
    an item; None for any other line."""
    colon = text.find(":")
    if colon < 0 or not re.match(r"\s*[–—-]\s", text[colon + 1:]):
        return None
    parts = DASH_ITEM.split(text)
    head, items = parts[0], [p.strip() for p in parts[1:]]
    return lead_in_run(head.strip(), items)


def run_together(text):
    """A line of bullets run together ("• The force should … • The force should …"): one block a bullet.

    Only when what comes before the first bullet is a short heading or nothing, and every part is a
    sentence of its own; a lead-in's bullets ("… should: • a • b") stay with it for the parser.
    """
    text = dash_lead_in(text)
    parts = RUN_TOGETHER.split(" " + text if text[:1] in "•●▪" else text)
    if len(parts) == 1:
        dashes = dashed_sentences(text)
        if dashes:
            return run_together(dashes)
        return dashed_items(text) or numbered_run(text) or [text]
    head = parts[0].strip()
    kind_head = KIND_AT_END.match(head)
    if len(parts) < 3 and not (len(parts) == 2 and (not head or kind_head)):
        return [text]
    items = [p.strip() for p in parts[1:]]
    lead_in = lead_in_run(head, items)
    if lead_in:
        return lead_in
    if (len(head.split()) > 6 and not (kind_head and len(head.split()) <= 16)) or head.endswith(":") \
            or any(len(item.split()) < 4 for item in items):
        return [text]
    if any(item.endswith(":") for item in items[:-1]):
        return [text]
    out = []
    if kind_head and kind_head.group("before"):
        out += [kind_head.group("before"), kind_head.group("kind")]
    elif head:
        out.append(head)
    for item in items:
        then = ITEM_THEN_KIND.match(item)
        out += ["• " + then.group("item"), then.group("kind")] if then else ["• " + item]
    return out


# "Recommendation By 31 May 2027, the service should:": a kind label printed before a lead-in on its line.
KIND_THEN_LEAD_IN = re.compile(r"^(?P<kind>Recommendations?|Areas?\s+for\s+improvement|Causes?\s+of\s+concern)\s+(?P<rest>[A-Z].*)$")
LEAD_IN_HEAD = re.compile(r"(?:\b(?:should|must|needs?\s+to)|\brecommends?\s+that|\bwe\s+recommend\s+that)[^.;]*:$", re.I)


def lead_in_run(head, items):
    """A lead-in and its bullets run together on one line ("By 31 May 2027, the service should: • a; • b; and
    • c."): the lead-in, then one block a bullet, as the page would print them over lines; None otherwise."""
    if len(items) < 2 or not LEAD_IN_HEAD.search(head) or len(head.split()) > 40:
        return None
    if any(len(item.split()) < 3 or item.endswith(":") for item in items):
        return None
    labelled = KIND_THEN_LEAD_IN.match(head)
    out = [labelled.group("kind"), labelled.group("rest")] if labelled else [head]
    return out + ["• " + item for item in items]


RECOMMEND_THAT = re.compile(r"\b(?:we\s+)?recommends?\s+that\s*:$", re.I)
BODY_NAME = r"(?P<name>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|and|of|for|the|&))*)"
BODY_ITEM = re.compile(rf"^(?:[•●▪–-]\s*)?{BODY_NAME}\s*(?:,|;|,?\s+and|;\s+and)?$")
LAST_BODY_THEN_REST = re.compile(rf"^(?:[•●▪–-]\s*)?{BODY_NAME}\s+(?P<rest>(?:should|must|needs?\s+to)\b.*:)$")
REST_OF_LEAD_IN = re.compile(r"^(?:should|must|needs?\s+to|each\s+should|together\s+should)\b.*:$", re.I)


def bodies_listed(blocks):
    """A joint inspection's lead-in with the bodies it addresses printed as a list between its halves ("We
    recommend that:" • Northmoor Police • Northmoor County Council "should, within six months, work together
    to:"): one lead-in, the bodies named in it, as a page printing it on one line would be."""
    out, i = [], 0
    while i < len(blocks):
        block = blocks[i]
        names, j = [], i + 1
        if RECOMMEND_THAT.search(block.text) and block.role != "cell":
            while j < len(blocks) and (m := BODY_ITEM.match(blocks[j].text.strip())) and len(m.group("name").split()) <= 10:
                names.append(m.group("name"))
                j += 1
        rest = blocks[j].text.strip() if names and j < len(blocks) else ""
        last = LAST_BODY_THEN_REST.match(rest)
        if last:  # the page joined the last body and the lead-in's second half into one item
            names.append(last.group("name"))
            rest = last.group("rest")
        if len(names) >= 2 and REST_OF_LEAD_IN.match(rest):
            bodies = ", ".join(names[:-1]) + " and " + names[-1]
            out.append(Block(f"{block.text[:-1].rstrip()} {bodies} {rest}", block.page, block.role, at=block.at))
            i = j + 1
            continue
        out.append(block)
        i += 1
    return out


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
