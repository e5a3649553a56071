"""Find the findings a report presents as such: recommendations, areas for improvement, causes of concern.

A finding is taken only where the document presents one (shared/samples/reports/README.md):
under a kind heading ("Areas for improvement"), after a lead-in that announces it ("we identified a
cause of concern:"), behind a label ("Recommendation 3:", "AFI2."), or as a dated directive
("Not later than 31 March 2015 those forces … should …"). Narrative that merely says "should",
counts of findings and the force's own responses are not findings.
"""

import re
from dataclasses import dataclass, field

from . import deadlines, headers
from .blocks import Block, join

RECOMMENDATION, AFI, CAUSE = "recommendation", "area_for_improvement", "cause_of_concern"

KIND_WORDS = re.compile(
    r"\b(?P<rec>recommendations?)\b|\b(?P<afi>areas?\s+for\s+improvement|afis?)\b|"
    r"\b(?P<coc>causes?\s+(?:of|for)\s+concern)\b",
    re.I,
)
LABEL = re.compile(
    r"^(?:(?P<rec>recommendations?)|(?P<afi>areas?\s+for\s+improvement|afi)|"
    r"(?P<coc>(?:accelerated\s+)?causes?\s+(?:of|for)\s+concern|coc))(?![a-z])"
    r"\s*(?P<ref>\d{1,3}(?:\.\d{1,2}|[a-z]\b|\([a-z]\))?|[IVXLC]{1,6}\b|[A-Za-z]\b)?"
    r"(?P<sep>\s*[:.)\-–—•]\s*|\s+(?=[A-Z\"“‘'(])|\s*$)(?P<rest>.*)$",
    re.I | re.S,
)
KIND_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?"
    # "Appendix A: Areas for improvement", "Annex B – recommendations in full", "Appendix 1 – full text of the …"
    r"(?:(?:appendix|annexe?|schedule)\s+[a-z0-9]{1,3}\s*[:.–—-]?\s*(?:the\s+)?"
    r"(?:(?:full\s+)?(?:text|wording|list|details?)\s+of\s+(?:the\s+)?(?:inspection['’]s\s+)?)?)?"
    r"(?:summary\s+of\s+|our\s+|list\s+of\s+)?(?:(?:main|key|other|further|additional|new)\s+)?"
    r"(?:(?P<rec>recommendations?)|(?P<afi>areas?\s+for\s+improvement)|"
    r"(?P<coc>(?:accelerated\s+)?causes?\s+(?:of|for)\s+concern))\b",
    re.I,
)
ADDRESSEE_HEADING = re.compile(r"^(?:recommendations?\s+)?(?:to|for)\s+(?P<who>(?:the\s+)?[A-Za-z][\w'’ ,&-]{2,80})$", re.I)
RESPONSE_LABEL = re.compile(
    r"^(?:(?:the\s+)?(?:force|service|constabulary|organisation|pcc|opcc|our|management)(?:'s|’s)?\s+)?"
    r"(?:response|update|progress(?:\s+update)?|comments?|action\s+taken)"
    # "Update from the force", "Response of the service", "Update (June 2025):"
    r"(?:\s+(?:from|of|by)\s+(?:the\s+)?(?:force|service|constabulary|chief\s+constable|chief\s+fire\s+officer))?"
    r"(?:\s*\([^()]{1,30}\))?\s*(?::|$|\s*[-–]\s)",
    re.I,
)
RECOMMENDS = re.compile(
    r"^(?:to\s+address\s+th(?:is|ese)\s+causes?\s+of\s+concern,?\s+)?"
    # "Because of this, we recommend that …": a connective that ties the lead-in to the evidence before it.
    r"(?:(?:because\s+of\s+(?:this|these\s+findings)|for\s+(?:this|these)\s+reasons?|as\s+a\s+result|therefore|"
    r"consequently|in\s+(?:the\s+)?light\s+of\s+(?:this|these\s+findings))\s*,?\s+)?"
    r"(?:hmic|hmicfrs|we|the\s+inspectorate|his\s+majesty's\s+inspectorate[\w\s&]*?)\s+"
    r"(?:(?:also|therefore|now|further)\s+)?recommends?\s+that,?\s*",
    re.I,
)
MODAL = r"(?:should|must|needs?\s+to|ought\s+to|(?:is|are)\s+required\s+to|will\s+need\s+to)"
SUBJECT = re.compile(rf"^(?P<subject>[^.;:?!]{{1,200}}?)\s*,?\s+{MODAL}\b", re.I)
LOOSE_DIRECTIVE = re.compile(rf"\b{MODAL}\b|\brecommends?\b", re.I)
NARRATIVE_STARTS = re.compile(
    r"^(?:we|it|this|that|these|there|in|our|as|if|when|where|while|although|however|i|you|he|she|"
    r"they|hmic|hmicfrs|the\s+(?:report|inspection|inspectorate|review|committee|panel|board)|"
    r"members|each\s+(?:fire|police|force)|all\s+forces?\s+in\s+england)\b",
    re.I,
)
COMMITTEE_NOTE = re.compile(r"\b(?:note|notes|noted|approve|consider)\s+(?:the\s+)?(?:contents?|this\s+report|the\s+report)", re.I)
MARKER = re.compile(
    r"^(?P<bullet>[•●▪◦■‣∙·\-–—*o](?:\s+|$))?"
    r"(?:(?P<num>\(?(?P<ref>\d{1,3}(?:\.\d{1,3})*|[ivxlcIVXLC]{1,6}|[a-zA-Z])(?:[.)]|(?<=\d)(?=\s)))(?:\s+|$))?",
)
PLURAL_KIND_THEN_LEAD_IN = re.compile(
    r"^(?P<kind>Recommendations|Areas\s+for\s+improvement|Causes\s+of\s+concern)\s+(?P<rest>(?:By|Within|The|We|HMICFRS)\b.{10,})$"
)
# A tracker's own reference printed before its finding: "WP-01 The force should …", "NYP/3 By 30 June, …".
CODED_REF = re.compile(r"^(?P<ref>[A-Z]{1,4}[-/–]\d{1,3}[a-z]?)\s+(?P<rest>[A-Z].{15,})$", re.S)
# Findings printed without their subject: "Improve how it supervises investigations." (seed 002 labels them).
IMPERATIVE = re.compile(
    r"^(?:improve|make\s+sure|ensure|review|develop|introduce|establish|engage|identify|assign|begin|take|"
    r"work\s+with|consider|continue|put|provide|publish|reduce|strengthen|understand|evaluate|implement|adopt|"
    r"assess|record|monitor|set\s+up|carry\s+out|act|address|increase|use|update)\b[^.]{10,}",
    re.I,
)
# A heading that is a sentence: "The service has a good understanding of risk".
FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|isn[’']t|aren[’']t|hasn[’']t|haven[’']t|doesn[’']t|don[’']t|"
    r"needs?\s+to|should|must|can|could|will|would|makes|gives|takes|understands)\b",
    re.I,
)
# A definition of a kind, as glossaries print it: "A cause of concern is a serious … shortcoming".
DEFINITION = re.compile(
    r"^(?:an?|the\s+term)\s+(?:(?:accelerated\s+)?cause\s+(?:of|for)\s+concern|area\s+for\s+improvement|"
    r"recommendation)\s+(?:is|are|means|describes|sets\s+out|will\s+always)\b",
    re.I,
)
# The register's event history, printed straight after an entry's text: "… guidelines.[on]2nd May 2019 [status]…".
REGISTER_MARKUP = re.compile(r"\[/?(?:on|status|comment)\]")
QUOTED = re.compile(r"^[“\"‘'](?P<inner>[^“”\"]{20,})[”\"’'][.]?$")
# "We have identified a cause of concern: the force isn't …", the finding printed after the colon.
INLINE_LEAD_IN = re.compile(
    r"^(?:(?:as\s+a\s+result|therefore|so|consequently|overall|in\s+summary)\s*,?\s+)?(?:we|hmic|hmicfrs)\s+"
    r"(?:(?:have\s+|has\s+)?(?:identified|found|made|issued|raised)|have|has)\s+"  # "We have a cause of concern: …"
    r"(?:an?|one|the\s+following|this)\s+[^:]{0,40}?(?:causes?\s+(?:of|for)\s+concern|areas?\s+for\s+improvement|"
    r"recommendations?)\s*:\s*(?P<text>\S.{15,})$",
    re.I,
)
# "The first is that the force should …", "The second is that …": findings a count announced, one a sentence.
ORDINAL_THAT = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|next|last|final|other|remaining)\s+"
    r"(?:(?:one|area|recommendation)\s+)?is\s+that\s+(?P<text>[a-z].{15,})$",
    re.I,
)
# "Our second cause of concern is that the constabulary does not …": a cause named in running prose.
CAUSE_IS_THAT = re.compile(
    r"(?:our|the|a|one)\s+(?:(?:first|second|third|fourth|fifth|next|other|final|last|further|remaining|main)\s+)?"
    r"causes?\s+(?:of|for)\s+concern\s+(?:is|was)\s+that",
    re.I,
)
# A paragraph ending by announcing a cause, printed in the paragraph after it ("… We have identified a
# second cause of concern.").
ANNOUNCES_CAUSE = re.compile(
    r"\b(?:we|hmic|hmicfrs|the\s+inspectorate)\s+(?:have\s+|has\s+)?(?:therefore\s+|also\s+|now\s+)?identified\s+"
    r"(?:an?|one|two|three|four|five|the\s+following)\s+(?:(?:second|third|fourth|further|new|accelerated|other)\s+)?"
    r"causes?\s+(?:of|for)\s+concern\s*[.]$"
    # "We also have a cause of concern about how the force protects vulnerable people."
    r"|^(?:we|hmic|hmicfrs)\s+(?:also\s+|still\s+)?(?:have|has|had)\s+(?:an?|another|one|a\s+(?:second|further|serious))\s+"
    r"(?:(?:second|further|serious)\s+)?causes?\s+(?:of|for)\s+concern\s+(?:about|over|regarding|with|in)\b[^.:;]{5,160}[.]$"
    # "We have concluded that the following is a cause of concern."
    r"|^(?:we|hmic|hmicfrs)\s+(?:have\s+)?(?:therefore\s+)?(?:concluded|decided|judged)\s+that\s+the\s+following\s+"
    r"(?:is|are)\s+(?:an?\s+|one\s+)?causes?\s+(?:of|for)\s+concern\s*[.]$"
    # "Our second cause of concern is that" (the cause itself printed after it: see announced_causes).
    rf"|^{CAUSE_IS_THAT.pattern}$",
    re.I,
)
# "… the recommendations we have made, which are set out below.": what the paragraph names is printed next.
ANNOUNCES_BELOW = re.compile(
    r"\b(?:(?:set\s+(?:(?:these|them|this|it|each)\s+)?out|shown|listed|given|described|printed|included)\s+below"
    # "We set these out below with our recommendations."
    r"(?:\s+(?:with|together\s+with|alongside)\s+[^.:;]{3,60})?|as\s+follows|(?:are|is)\s+below)\s*[.]$", re.I
)
# The subheadings of a finding's explanation on the HMICFRS website, under each finding's own heading.
EXPLANATION_HEADING = re.compile(
    r"^(?:what\s+we\s+(?:found|saw|expect(?:ed)?\s+to\s+(?:see|find))|why\s+(?:it|this)\s+matters|"
    r"why\s+this\s+is\s+important|the\s+evidence|our\s+evidence|what\s+this\s+means)[.:]?$",
    re.I,
)
# "<the cause>. This is our second cause of concern.": the statement before the sentence is the cause.
CAUSE_NAMED_AFTER = re.compile(
    r"^(?P<cause>[A-Z][^:;]{20,400}?[.])\s+(?:this|that)\s+is\s+(?:our|a|the)\s+"
    r"(?:(?:first|second|third|fourth|fifth|further|new|other|main)\s+)?cause\s+(?:of|for)\s+concern\s*[.]$",
    re.I,
)
# "In addition, we identified one area for improvement.": the finding it announces is printed next.
ANNOUNCES_KIND = re.compile(
    r"\b(?:we|hmic|hmicfrs|the\s+inspectorate)\s+(?:have\s+|has\s+)?(?:also\s+)?(?:identified|found|made|make|raised)\s+"
    r"(?:an?|one|two|three|the\s+following)\s+(?:(?:further|additional|new|other)\s+)?"
    r"(?:areas?\s+for\s+improvement|recommendations?)\s*[.]$",
    re.I,
)
# A sentence pointing back at findings just named and announcing them: "…, and they are as follows:".
ANAPHORA = re.compile(
    r"\b(?:they|these|those|the\s+ones?|which|the\s+others?|them)\b[^:]{0,80}:$|"
    r"\b(?:as\s+follows|read|reads|include|includes|remains?\s+open|still\s+open\s+are|are\s+listed)\s*:$",
    re.I,
)
NOT_ANAPHORA = re.compile(r"\b(?:response|update|comments?|position|actions?|progress|steps|measures|plan)\b", re.I)
# Those a national report addresses ("Chief constables should …"): never the force's own words in its response.
NATIONAL_ADDRESSEE = re.compile(
    r"^(?:all\s+)?(?:chief\s+constables|chief\s+fire\s+officers|(?:police\s+)?forces|fire\s+and\s+rescue\s+services|"
    r"police\s+and\s+crime\s+commissioners|the\s+home\s+office|the\s+college\s+of\s+policing|the\s+npcc|"
    r"the\s+national\s+police\s+chiefs[’']\s+council)$",
    re.I,
)
REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|told\s+(?:us|them|me)|found\s+that|reported\s+that|explained|believed?|thought|felt|suggested|stated|"
    r"concluded)\b", re.I
)
# "To address this cause of concern, within six months the force should:": a recommendation's preamble.
ADDRESS_CAUSE = re.compile(r"^to\s+address\s+th(?:is|ese)\s+causes?\s+(?:of|for)\s+concern,?\s+", re.I)
# "To improve how it protects children, the constabulary must:": the purpose comes before the subject.
PURPOSE = re.compile(
    r"^(?:in\s+order\s+)?to\s+(?!(?:the|a|an|all|each|every|its|their|our|address\s+th(?:is|ese))\b)(?-i:[a-z]+)\b"
    r"[^,;:.]{3,120},\s+",
    re.I,
)
CONSEQUENCE = re.compile(r"^(?:this\s+(?:means|is\s+because|has\s+meant|results?\s+in)|as\s+a\s+result)\b[^:]*[.]$", re.I)
# Parts of a report that are not lists of findings: a heading naming one ends the list before it.
OTHER_PART = re.compile(
    r"^(?:section\s+\d+\.?\s+)?(?:housekeeping|(?:good|innovative|promising|notable|positive)\s+practice|main\s+findings|"
    r"findings|summary|conclusions?|next\s+steps|background|introduction|methodology|about\b|annex|appendix|"
    r"glossary|footnotes|references|contents|progress|force\s+response|our\s+judgments?)",
    re.I,
)
NOT_ADDRESSEE = re.compile(
    r"^(?:address|ensure|make|improve|help|support|achieve|meet|reduce|deal|do|be|this|that|these|date|note|"
    r"summarise|conclude)\b|.*\b(?:recommends?|should|must)\b",
    re.I,
)
REGISTER_TITLE = re.compile(r"\(\d{3,6}\)$")
# A committee paper's own recommendation: "That Members note the report", "That the Board note the progress".
COMMITTEE_OWN = re.compile(
    r"^that\s+(?:the\s+)?(?:members?|committee|board|panel|commissioner|[\w\s]{0,40}?(?:committee|board|panel))\s+"
    r"(?:is\s+asked\s+to\s+)?(?:notes?|approves?|considers?|agrees?|endorses?|receives?)\b"
    # "the Panel is asked to:", "Members are requested to scrutinise …": the paper asks its own audience.
    r"|^(?:that\s+)?(?:the\s+)?(?:members?|committee|board|panel|commissioner|pcc|authority|"
    r"[\w\s,]{0,40}?(?:committee|board|panel|commissioner))\s+(?:is|are|be)\s+"
    r"(?:asked|invited|recommended|requested|requested)\s+to\b"
    # "That the report be noted."
    r"|^that\s+the\s+(?:report|update|paper|contents?|information)\b[^.]{0,60}\bbe\s+(?:noted|received|approved|considered)\b",
    re.I,
)
# A response talking about a finding ("… meet this recommendation by the deadline") is not the finding.
REFERS_TO_FINDING = re.compile(
    r"\b(?:this|that|the|these|those|each|its|our)\s+(?:recommendations?|areas?\s+for\s+improvement|causes?\s+of\s+concern)\b",
    re.I,
)
# "Recommendation 2: …; and Recommendation 3: …", two labelled findings printed as one.
NEXT_LABEL = re.compile(
    r"\s*;?\s*(?:and\s+)?(?=(?:recommendation|area\s+for\s+improvement|afi|cause\s+of\s+concern)\s*\d{1,3}\s*[:.)\-–—])",
    re.I,
)
# A lead-in whose items each complete it: "By 31 August 2021, the service should:", "HMIC recommends that:".
LEAD_IN_END = re.compile(
    rf"(?:\b{MODAL}(?:,\s*[^:,]{{1,60}}(?:,|(?=\s*:$)))?(?:\s+\w+){{0,3}}|\brecommends?\s+that(?:[^:]{{0,80}})?|\bensure\s+that\s+(?:its|their)\s+forces?)\s*:$",
    re.I,
)
# "In 2024 we recommended that …", "the inspectorates recommended that …": an earlier finding recalled as
# history (often with its outcome, "That recommendation has been achieved"), not one this report makes.
PAST_RECOMMENDATION = re.compile(
    r"\b(?:we|hmic|hmicfrs|hmicfrs['’]s?\s+report|the\s+inspectorates?|inspectors|the\s+(?:previous\s+|last\s+|earlier\s+)?"
    r"(?:report|inspection))\s+(?:had\s+|previously\s+|also\s+|then\s+)?recommended\s+that\b",
    re.I,
)
TRAILING_JOINER = re.compile(r"\s*(?:;\s*(?:and|or)?|,\s*(?:and|or))\s*$", re.I)


@dataclass
class Finding:
    """One proposed finding, as printed, before anyone has reviewed it."""

    kind: str
    ref: str | None
    text: str
    page: int | None
    addressees: list = field(default_factory=list)
    due_text: str | None = None
    parent: "Finding | None" = None
    marker: str | None = None
    absorbing: bool = False
    lead_in: bool = False
    heading_addressees: list | None = None
    heading_due: str | None = None
    item_marker: str | None = None
    theme: str = ""
    items: list = field(default_factory=list)  # [(ref, text)] of a lead-in's items, as absorbed
    update: str | None = None  # the progress update printed beside it in a tracker table
    confidence: float = 1.0
    block: object = None  # the block it was taken from (its page and offsets)


def kind_of(match):
    """The kind named by whichever group of a kind regex matched."""
    if match.group("rec"):
        return RECOMMENDATION
    if match.group("afi"):
        return AFI
    return CAUSE


def last_kind_mentioned(text):
    """The finding kind a lead-in sentence names last ("… a cause of concern and this recommendation:").

    A kind said to be absent ("… and no causes of concern") is not announced."""
    kinds = [kind_of(m) for m in KIND_WORDS.finditer(text)
             if not re.search(r"\b(?:no|nor|without)\s+(?:new\s+|further\s+|other\s+)?$", text[: m.start()], re.I)]
    return kinds[-1] if kinds else None


def split_marker(text):
    """(marker type, ref, rest) for a list item; (None, None, text) for a paragraph."""
    if re.match(r"^(?:i\.e\.|e\.g\.)", text, re.I):
        return None, None, text
    coded = CODED_REF.match(text)
    if coded and (is_directive(coded.group("rest")) or IMPERATIVE.match(coded.group("rest"))):
        return "coded", coded.group("ref"), coded.group("rest")
    m = MARKER.match(text)
    if not m or not m.group(0).strip():
        return None, None, text
    rest = text[m.end():]
    if not rest or (m.group("num") and not m.group("bullet") and not re.match(r"[A-Za-z\"“‘'(]", rest)):
        if not rest:
            return None, None, text
    if m.group("num"):
        ref = m.group("ref")
        return marker_type(ref), ref, rest
    if m.group("bullet").strip() == "o" and not rest[:1].isalpha():
        return None, None, text
    return "bullet", None, rest


def marker_type(ref):
    if ref.isdigit():
        return "decimal"
    if re.fullmatch(r"\d+(?:\.\d+)+", ref):
        return "dotted"
    if re.fullmatch(r"[IVXLC]+", ref):
        return "upper_roman"
    if re.fullmatch(r"[ivxlc]+", ref):
        return "lower_roman"
    return "upper_alpha" if ref.isupper() else "lower_alpha"


def strip_due_and_preamble(text):
    """The text from its subject on: without "HMIC recommends that" and a leading deadline phrase."""
    rest = RECOMMENDS.sub("", ADDRESS_CAUSE.sub("", text, count=1), count=1)
    rest = PURPOSE.sub("", rest, count=1)
    due = deadlines.due_at_start(rest)
    if due:
        rest = rest[len(due):].lstrip(" ,")
    return rest, due


def subject_of(text):
    """Who a directive is addressed to ("The force", "chief constables"), or None if it is not one."""
    rest, due = strip_due_and_preamble(text)
    m = SUBJECT.match(rest)
    if not m:
        return None
    subject = m.group("subject").strip(" ,")
    if len(subject.split()) > 22:
        return None
    if not due and not rest[:1].isupper() and not RECOMMENDS.match(text) and not PURPOSE.match(text):
        return None
    if NARRATIVE_STARTS.match(subject) and not RECOMMENDS.match(text):
        return None
    if REPORTED_SPEECH.search(subject):
        return None  # "The inspectors said they should …": someone's words reported, not a directive
    return subject


def is_directive(text):
    """A sentence that tells someone to act: "The force should …", "We recommend that chief constables …"."""
    if COMMITTEE_NOTE.search(text):
        return False
    return subject_of(text) is not None or bool(RECOMMENDS.match(text) and len(text.split()) > 6)


def paraphrase(text):
    """A directive someone is reported to have given: "Put simply, the inspectors said the force should …"."""
    modal = re.search(rf"\b{MODAL}\b", text, re.I)
    return bool(modal and REPORTED_SPEECH.search(text[: modal.start()]))


# A news headline's attribution: "X Police must improve how it answers calls, says inspectorate".
ATTRIBUTED = re.compile(r",\s+(?:says|said|warns|warned|finds|found|according\s+to)\b", re.I)


# Words of Welsh prose that English prose never prints: Welsh bodies print each finding in Welsh beside its
# English text, and the Welsh sentence is the same finding, not explanation that ends the list.
WELSH_WORDS = frozenset(
    "y yr ac yn mae bod ei eu gan dylai dylai’r dylai'r dylid sicrhau wella gwella heddlu gwasanaeth erbyn ein "
    "hyn sut cael pob bob gyda neu fel wedi ddylai i’r i'r o’r o'r ar gyfer mewn drwy trwy hefyd".split())
ENGLISH_WORDS = frozenset("the of and to should must needs is are that with for".split())


def is_name(text):
    """A proper name and nothing else ("Hensby Fire and Rescue Service", "West Midlands Police")."""
    found = text.strip().rstrip(".").split()
    return 0 < len(found) <= 10 and found[0][:1].isupper() and all(
        w[:1].isupper() or w in ("and", "of", "the", "for", "&") for w in found)


def is_welsh(text):
    """A paragraph or item in Welsh: a third of its words Welsh function words, and no English ones."""
    found = re.findall(r"[\w’']+", text.lower())
    if len(found) < 3 or any(w in ENGLISH_WORDS for w in found):
        return False
    return sum(w in WELSH_WORDS for w in found) * 3 >= len(found)


def bilingual_kind_heading(text):
    """A heading printed in two languages ("Argymhelliad / Recommendation", "Area for improvement / Maes i'w wella"):
    the side that names a kind of finding. Welsh bodies print every heading so."""
    if " / " not in text or not is_heading(text):
        return None
    return next(filter(None, (KIND_HEADING.fullmatch(side.strip()) for side in text.split(" / "))), None)


def is_heading(text):
    """A short line with no closing punctuation: a title, question or section name."""
    words = text.split()
    return 0 < len(words) <= 14 and text[-1] not in ".,;:!" and not text[0].islower()


# A footnote a text copy runs on to the sentence that calls it (issue 11, layout 10): glued to its full
# stop ("… correctly.College of Policing, …"), or a source after it ("… evidence. See chapter 4 of …",
# "… . Home Office, Hate crime, 2024 to 2025.").
GLUED_NOTE = re.compile(r"(?<=[a-z)][.])(?=[A-Z][a-z][^.]*(?:\.[^.]+)?\.?$)")
CITATION = re.compile(
    r"(?<=[a-z)][.])\s+(?:(?:[Ss]ee|[Ss]ource:?)\s+[^.]{3,160}|[A-Z][^.;:]{3,160},\s*(?:19|20)\d{2}(?:\s*(?:to|[–/-])\s*(?:19|20)?\d{2})?)\.$"
)


def without_note(text):
    """A finding's sentence without the footnote a copy ran on to it; the text as it is otherwise."""
    glued = GLUED_NOTE.search(text)
    if glued and is_directive(text[:glued.start()]) and not is_directive(text[glued.start():]):
        return text[:glued.start()]
    cited = CITATION.search(text)
    if cited and is_directive(text[:cited.start()]):
        return text[:cited.start()]
    return text


def finish_text(text):
    """The finding's text as printed, without a trailing list joiner ("; and") or a footnote run on to it."""
    text = " ".join(REGISTER_MARKUP.split(text)[0].split())
    return without_note(TRAILING_JOINER.sub("", text))


class Parser:
    """Walks the blocks once, keeping what the document has announced so far."""

    def __init__(self):
        self.findings = []
        self.last_block = False
        self.reset()
        self.cause = None
        self.section = ""
        self.chained = False  # the previous block was a kind heading or a finding taken under it
        self.number_cell = self.cell_ref = None
        self.current = self.previous_block = None
        self.fed, self.response_opened = 0, None
        self.recent_kind = (None, -9)  # the kind last named or taken, and when: "… and they are as follows:"

    def reset(self):
        self.context = None  # (kind, source) where source is "heading", "colon" or "mention"
        self.context_fresh = False  # nothing taken since the context began
        self.addressees = None
        self.due_heading = None
        self.in_response = False
        self.pending = None  # (kind, ref) from a label printed on its own line
        self.grouped = False  # the list under the kind heading is divided by section names
        self.open = None
        self.headed = False  # findings here are headings, each followed by paragraphs of explanation
        self.explaining = None  # the kind of the findings a run of explanation paragraphs sits between
        self.typed = False  # a flattened tracker whose type cell, printed after each finding, gives its kind

    def section_break(self, heading=None):
        self.reset()
        self.cause = None
        if heading:
            self.section = heading[:200]

    def feed(self, block):
        self.fed += 1
        self.current = block
        text, page = block.text, block.page
        if getattr(block, "cells", None):
            # A tracker table's row: its finding column, ref and progress update.
            cells, self.open = block.cells, None
            if cells["kind"] is None:
                return  # a row the page cut before its finding, and nothing carried it on
            _, _, rest = split_marker(text)
            before = len(self.findings)
            self.take(cells["kind"], cells["ref"], rest, page, marker=None)
            if len(self.findings) > before:
                self.findings[-1].update = cells["update"]
                self.findings[-1].confidence = 0.85
                self.open = None
            return
        if is_welsh(split_marker(text)[2]):
            return  # the Welsh text of a finding printed again in English beside it
        typed = headers.ROW_KIND.match(re.sub(r"\s+", "", text)) if self.typed else None
        if typed and self.findings and self.findings[-1].block is self.previous_block:
            # The type cell after a flattened tracker's finding ("… monthly. Area for improvement"): its kind.
            self.findings[-1].kind = kind_of(typed)
            self.previous_block = block
            return
        self.previous_block = block
        marker, ref, rest = split_marker(text)
        chained, self.chained = self.chained, False
        self.cell_ref, self.number_cell = self.number_cell, None
        if self.context and re.fullmatch(r"\(?(\d{1,3}(?:\.\d{1,3})*|[ivxIVX]{1,5})[.)]?", text):
            # A table's number cell, or a number printed on its own line: the ref of a finding that follows it.
            self.number_cell = re.sub(r"[().]+$|^\(", "", text)
            self.chained = chained
            return

        if self.open and self.open.absorbing and marker and marker != self.open.marker and self.is_sub_item(marker):
            self.open.text += " " + text
            self.open.items.append([ref if marker != "bullet" else None, rest, block])
            return
        if self.open and self.open.absorbing and not marker and text[:1].islower():
            self.open.text += " " + text
            if self.open.items:
                self.open.items[-1][1] += " " + text
            else:
                self.open.items.append([None, text, block])
            return
        if self.open and self.open.kind == CAUSE and not marker and CONSEQUENCE.match(text):
            # A cause of concern whose second sentence was printed on a line of its own: "This means that …".
            self.open.text += " " + text
            return
        self.open = None

        if self.pending:
            kind, pref = self.pending
            self.pending = None
            if not LABEL.match(rest) and not KIND_HEADING.match(rest):
                self.take(kind, pref, rest if marker == "bullet" else text, page, marker=None)
                return

        bare = rest[:-1].rstrip() if rest.endswith(":") else rest  # "To chief constables:"
        addressee = ADDRESSEE_HEADING.match(bare)
        if addressee and bare is not rest and (len(bare.split()) > 8 or NOT_ADDRESSEE.match(addressee.group("who"))):
            addressee = None  # "To address this cause of concern, we recommend that the force:" is a lead-in
        if addressee and is_heading(bare) and len(bare.split()) <= 10 and not marker:
            # "Recommendations for chief constables", "Recommendation to the Home Office", "To the College of Policing"
            self.addressees = [addressee.group("who").strip()]
            if self.cause is not None and any(f.parent is self.cause for f in self.findings):
                self.cause = None  # "Recommendations for chief constables" after a cause's own: not its children
            self.context, self.context_fresh = (RECOMMENDATION, "heading"), True
            self.in_response = False
            return

        quoted = QUOTED.match(rest)
        if quoted and self.context:
            rest = text = quoted.group("inner").strip()  # a finding quoted in full: “The force should …”

        inline = INLINE_LEAD_IN.match(rest)
        if inline and not marker:
            kind = last_kind_mentioned(rest[: inline.start("text")])
            if kind != RECOMMENDATION:
                self.cause = None
            self.context, self.context_fresh = (kind, "colon"), True
            self.take(kind, None, inline.group("text"), page, marker=None)
            return

        plural_lead = PLURAL_KIND_THEN_LEAD_IN.match(rest)
        if plural_lead and not marker and LEAD_IN_END.search(rest):
            # "Recommendations By 30 November 2027, the service should:": the heading and its lead-in on one line.
            self.feed(type(block)(plural_lead.group("kind"), page))
            self.feed(type(block)(plural_lead.group("rest"), page))
            return

        label = LABEL.match(rest)
        if label and re.fullmatch(r"\([^()]{1,60}\)", label.group("rest").strip()) and label.group("ref"):
            # "Recommendation 3 (previously recommendation 5)": a label on its own line.
            self.pending = (kind_of(label), label.group("ref"))
            return
        if label and not label.group("ref") and label.group("sep").strip() in (":", "–", "—") and is_heading(rest) \
                and not marker and is_name(label.group("rest")):
            # "Accelerated cause of concern: Hensby Fire and Rescue Service": a letter's title, not a finding.
            self.section_break(text)
            return
        if label and not self.looks_like_narrative_label(label):
            kind, lref, body = kind_of(label), label.group("ref"), label.group("rest").strip()
            if lref and re.match(r"^(?:afi|coc)\d", rest, re.I):
                lref = rest[: label.end("ref")]  # a code printed as one token: "AFI2"
            lref = lref or (ref if marker and marker != "bullet" else None)
            if body:
                _, _, body = split_marker(body)
                more = NEXT_LABEL.split(body, maxsplit=1)
                if len(more) == 2 and len(more[0].split()) >= 4:
                    # "Recommendation 2 …; and Recommendation 3: …": the first, then the second as its own block.
                    self.take(kind, lref, more[0], page, marker=marker)
                    self.open = None
                    self.feed(type(block)(more[1], page))
                    return
                parts = re.split(r"\s+[•●▪]\s+", body)
                if len(parts) > 1 and not parts[0].rstrip().endswith(":") and all(map(is_directive, parts)):
                    # "Recommendations • The force should … • The force should …": one finding a bullet.
                    for part in parts:
                        self.take(kind, None, part, page, marker="bullet")
                    return
                self.take(kind, lref, body, page, marker=marker)
                return
            if lref:
                self.pending = (kind, lref)
                return

        if RAG_WORD.match(rest) and not marker:
            return  # a status cell left by a flattened table ("Green"): not a heading, the list goes on
        if GRADE_COLUMN.match(rest) and not marker:
            return  # a grades table's column read as one line ("2026–28 grade Adequate Inadequate"): not a heading
        header_kind = table_header_kind(rest)
        title, trailing_kind = trailing_table_header(rest) if not marker and not header_kind else (None, None)
        if trailing_kind:
            # "Westermoor Police … tracker Quarter 3 Ref Recommendation Force update RAG": a flattened title, then
            # the tracker's header row.
            self.section_break(title)
            header_kind = trailing_kind
        if header_kind:
            # A tracker's header row printed as one line ("No. Recommendation Force update RAG"): its rows follow.
            self.typed = header_kind == TYPED
            header_kind = RECOMMENDATION if self.typed else header_kind
            self.context, self.context_fresh = (header_kind, "heading"), True
            self.in_response, self.addressees, self.chained = False, None, True
            return

        heading = KIND_HEADING.match(rest) or bilingual_kind_heading(rest)
        if heading and (is_heading(rest) or rest.endswith(":")) and not is_directive(rest):
            kind = kind_of(heading)
            if kind != RECOMMENDATION or (self.cause is not None and any(f.parent is self.cause for f in self.findings)):
                # A recommendations heading after the cause's own recommendations starts a list of its own.
                self.cause = None
            self.context, self.context_fresh = (kind, "heading"), True
            self.in_response = False
            self.addressees = None
            self.chained, self.grouped = True, False
            return

        response = RESPONSE_LABEL.match(rest)
        if response:
            # "Force response: …", "3.1 The force's response: …" (a paper's numbered paragraph)
            self.in_response = True
            # A label on its own: the block after it is the response itself, whatever it says.
            self.response_opened = self.fed if response.end() >= len(rest.rstrip()) else None
            return

        due = deadlines.due_alone(rest)
        if due:
            self.due_heading = due
            return

        if REGISTER_TITLE.search(rest) and not marker:
            # A recommendation register entry: its title ends with the register id, "… (4822)".
            self.section_break(rest)
            self.context, self.context_fresh = (RECOMMENDATION, "heading"), True
            return

        if self.next_cause(marker, rest):
            # The next cause of concern of a list of them, after the last one's recommendations.
            self.take(CAUSE, None, rest, page, marker=None)
            return

        if self.try_finding(text, marker, ref, rest, page):
            return

        mentioned = last_kind_mentioned(rest)
        if mentioned:
            self.recent_kind = (mentioned, self.fed)
        elif rest.endswith(":") and not marker and ANAPHORA.search(rest) and not NOT_ANAPHORA.search(rest) \
                and self.fed - self.recent_kind[1] <= 3 and len(rest.split()) <= 25:
            # "Two of these concern custody, and they are as follows:" names the kind named just before.
            mentioned = self.recent_kind[0]
        if mentioned and not marker and (ANNOUNCES_BELOW.search(rest) or ANNOUNCES_KIND.search(rest)):
            rest = rest[:-1] + ":"  # "… which are set out below.", "we identified one area for improvement."
        if mentioned == RECOMMENDATION and rest.endswith(":") and re.search(
            r"\bcauses?\s+of\s+concern\b.{0,80}\brecommendations?\b", rest, re.I
        ):
            mentioned = CAUSE  # "the cause of concern and our recommendations, which were:": the cause is printed first
        named_after = CAUSE_NAMED_AFTER.match(rest) if mentioned == CAUSE and not marker else None
        if named_after:
            self.cause = None
            self.take(CAUSE, None, named_after.group("cause"), page, marker=None)
            self.context, self.context_fresh = (RECOMMENDATION, "mention"), True
            return
        if mentioned == CAUSE and not marker and ANNOUNCES_CAUSE.search(rest):
            mentioned, rest = CAUSE, rest + ":"  # "We have therefore identified a cause of concern.": it follows
        if mentioned and rest.endswith(":"):
            self.context, self.context_fresh = (mentioned, "colon"), True
            self.in_response = False
            if mentioned != RECOMMENDATION:
                self.cause = None
            return
        if self.in_response:
            if is_heading(text) and not marker:
                self.section_break(text)
            return
        if is_heading(text) and not marker and not self.context and self.heading_finding(rest):
            # "The force needs to improve how quickly it answers calls", then its explanation: the HMICFRS
            # website prints its areas for improvement so, with no "Areas for improvement" above them.
            self.take(AFI, None, rest, page, marker=None)
            return
        if is_heading(text) and not marker and self.context and EXPLANATION_HEADING.match(rest):
            return  # "What we found", "Why it matters": parts of a finding's explanation, the list goes on
        if is_heading(text) and not marker:
            if chained and self.is_group_heading(text) and (self.grouped or self.context_fresh):
                # "Areas for improvement" listed under the report's own section names: the list goes on.
                self.section = text[:200]
                self.chained = self.grouped = True
                return
            self.section_break(text)
            return
        if marker in ("decimal", "dotted") and is_heading(rest) and len(rest.split()) <= 10:
            self.section_break(rest)  # a numbered chapter heading: "2. Recognising stalking"
            return
        if mentioned:
            self.context, self.context_fresh = (mentioned, "mention"), True
            return
        if self.headed:
            return  # explanation (and its lists of evidence): the next heading sentence is the next finding
        if self.context and self.context[1] == "heading" and not self.context_fresh and not marker \
                and self.context[0] != CAUSE and self.findings and self.findings[-1].marker is None:
            # A finding under its kind heading, then its explanation: the next finding may follow it.
            self.explaining = self.context[0]
        if self.typed and not marker:
            return  # a flattened tracker's other cells (owner, position): its rows go on
        self.context = None

    def is_group_heading(self, text):
        """A section name inside a list of findings ("Leadership, accountability and partnerships"), not a new part.

        Only areas for improvement and recommendations are listed this way; a heading that reads as a
        sentence ("The service has a good understanding of risk") opens the narrative.
        """
        if not self.context or self.context[1] != "heading" or self.context[0] == CAUSE or self.in_response:
            return False
        return len(text.split()) <= 10 and not FINITE_VERB.search(text) and not OTHER_PART.match(text)

    def is_expectation(self, text):
        """The inspection's expectation of every service or force, printed after one service's findings.

        "Fire and rescue services should manage their budgets …" after "The service should …" findings is
        the standard the service was judged against, not a finding (the samples' README, sample_05).
        """
        subject = subject_of(text)
        if not subject or self.context_fresh or not self.findings:
            return False
        generic = re.fullmatch(r"(?:all\s+)?(?:fire\s+and\s+rescue\s+services|(?:police\s+)?forces|services)", subject, re.I)
        previous = subject_of(self.findings[-1].text) or ""
        return bool(generic) and bool(re.fullmatch(r"the\s+(?:service|force|constabulary)", previous, re.I))

    def is_sub_item(self, marker):
        """Whether a list item belongs inside the open finding: after its lead-in, or one level down."""
        if marker == "dotted":
            return False  # "3.1" numbers the paper's own paragraphs
        if self.open.lead_in:
            # The lead-in's points share one marker; a different one ("12 Home Office data …" after bullets)
            # is a footnote or the next list, unless it goes one level down.
            first = self.open.item_marker
            family = {"lower_roman": "lower_alpha", "upper_roman": "upper_alpha"}  # "(c)" reads as roman too
            if first is None or family.get(marker, marker) == family.get(first, first) or (
                marker in ("lower_alpha", "lower_roman") and first not in ("lower_alpha", "lower_roman")
            ):
                self.open.item_marker = first or marker
                return True
            return False
        return marker in ("lower_alpha", "lower_roman") and self.open.marker in ("decimal", "upper_roman", "upper_alpha")

    def looks_like_narrative_label(self, label):
        """ "Recommendations are regularly reviewed …" names the kind but is not a label."""
        head = label.group(0)[: label.start("ref") if label.group("ref") else label.start("sep")]
        plural = re.search(r"(?:recommendations|areas|causes)\b", head, re.I)
        if plural and (label.group("ref") or not label.group("sep").strip() or not label.group("rest").strip()):
            return True  # "Recommendations are reviewed …", or a heading: not a label
        body = label.group("rest").strip()
        if body and (len(body.split()) < 4 or not re.search(r"\b[a-z]{2,}\b", body)):
            return True  # a table row or a title, not a finding
        if plural and body and len(body.split()) <= 10 and body[-1:] not in ".:;" and not is_directive(split_marker(body)[2]) \
                and not IMPERATIVE.match(split_marker(body)[2]):
            return True  # a title: "Areas for improvement: progress at December 2025"
        if label.group("ref") and label.group("sep").strip() == "" and body[:1].islower() \
                and not is_directive(body) and not IMPERATIVE.match(body):
            return True  # "Recommendation 3 of the 2023 report has been closed": a status, not a label
        if not label.group("ref") and label.group("sep").strip() == "" and label.group("rest"):
            first = label.group("rest").split()[0] if label.group("rest").split() else ""
            return first.lower() in {"is", "was", "were", "are", "has", "had", "in", "of", "from"}
        return False

    def try_finding(self, text, marker, ref, rest, page):
        context = self.context
        ordinal = ORDINAL_THAT.match(rest) if not marker else None
        said = ordinal.group("text") if ordinal else ""
        if ordinal and is_directive(said[:1].upper() + said[1:]) and not self.in_response and (
            context or self.fed - self.recent_kind[1] <= 3
        ) and (context[0] if context else self.recent_kind[0]):
            # "The report identified three areas for improvement. The first is that the force should …"
            self.take(context[0] if context else self.recent_kind[0], None, ordinal.group("text"), page, marker=None)
            return True
        strict = is_directive(rest) or bool(not marker and re.fullmatch(RECOMMENDS.pattern + ":", rest, re.I))
        if context and not self.in_response:
            kind, source = context
            if marker and (LOOSE_DIRECTIVE.search(rest) or kind == CAUSE or strict or IMPERATIVE.match(rest)):
                if not COMMITTEE_NOTE.search(rest) and (kind == CAUSE or not paraphrase(rest)):
                    self.take(kind, ref if marker != "bullet" else None, rest, page, marker=marker, from_list=True)
                    return True
            if self.last_block and source in ("heading", "colon") and rest[-1] not in ".:;!?)" and not is_heading(rest):
                # The stored page ends mid-finding (the samples keep only a page's first characters).
                self.take(kind, ref if marker and marker != "bullet" else None, rest, page, marker=marker)
                return True
            if not marker and source in ("heading", "colon"):
                # A cause may be printed as a bold statement without a full stop: "The force isn't answering calls …".
                statement = not is_heading(rest) or (len(rest.split()) >= 5 and FINITE_VERB.search(rest))
                fresh_cause = kind == CAUSE and self.context_fresh and statement and not rest.endswith(":")
                if self.is_expectation(rest):
                    return False
                if self.headed and not self.next_heading(rest):
                    return False  # the explanation under a finding's heading, not a finding
                if strict or fresh_cause or (kind != CAUSE and IMPERATIVE.match(rest)):
                    self.take(kind, None, rest, page, marker=None)
                    return True
        if self.explaining and not marker and strict and (self.same_addressee(rest) or self.after_cause(rest)):
            # "The force needs to …" after the last finding's explanation: the next finding of the list.
            kind, self.explaining = self.explaining, None
            self.context, self.context_fresh = (kind, "heading"), False
            self.take(kind, None, rest, page, marker=None)
            return True
        if marker in ("decimal", "coded") and strict and self.continues_numbering(ref):
            # "2 By 30 June …" after finding 1 of a flattened tracker, its update printed between them.
            self.take(self.findings[-1].kind, ref, rest, page, marker=marker, from_list=True)
            return True
        if self.in_response and context and strict and not marker and not REFERS_TO_FINDING.search(rest) \
                and self.response_opened != self.fed - 1 \
                and (self.same_addressee(rest) or NATIONAL_ADDRESSEE.match(subject_of(rest) or "")):
            # The next finding after the response to the last one, addressed as it was.
            self.in_response = False
            self.take(context[0], None, rest, page, marker=None)
            return True
        if self.in_response and not context and strict and not marker and self.findings \
                and self.findings[-1].kind == RECOMMENDATION and NATIONAL_ADDRESSEE.match(subject_of(rest) or ""):
            # A paper quoting a national report's recommendations, each with the force's response after it.
            self.in_response = False
            self.take(RECOMMENDATION, None, rest, page, marker=None)
            return True
        if not marker and strict and (deadlines.due_at_start(rest) or RECOMMENDS.match(rest) or ADDRESS_CAUSE.match(rest)
                                      or (LEAD_IN_END.search(rest) and not self.in_response)):
            # A dated directive, "we recommend that …", or a lead-in ("The chief constable, the council and the
            # integrated care board should:"): a recommendation wherever it is printed.
            self.take(RECOMMENDATION, None, rest, page, marker=None)
            return True
        if marker in ("decimal", "bullet") and strict and deadlines.due_at_start(rest) and subject_of(rest):
            # A dated directive in a list ("1. By 31 December 2024, the force should …") is a recommendation
            # wherever it is printed, as it is in a paragraph of its own.
            self.take(RECOMMENDATION, ref if marker == "decimal" else None, rest, page, marker=marker, from_list=True)
            return True
        return False

    def next_cause(self, marker, text):
        """Whether `text` opens the next cause of concern: the last cause's recommendations have been taken
        under it, and it is a statement of what the organisation is failing to do, as causes are worded."""
        if marker or self.cause is None or self.in_response or not text.endswith("."):
            return False
        if not any(f.parent is self.cause for f in self.findings):
            return False
        return bool(CAUSE_STATEMENT.match(text)) and len(text.split()) <= 45

    def after_cause(self, text):
        """Whether a directive to the organisation follows the evidence of the cause of concern just taken
        ("Our second cause of concern is that … . Officers told us …" / "The force should …"): its recommendation."""
        if not self.findings or self.findings[-1] is not self.cause or self.cause is None:
            return False
        subject = subject_of(text) or ""
        return bool(ORGANISATION.fullmatch(subject)) and not self.is_expectation(text)

    def same_addressee(self, text):
        """Whether a directive is addressed as the last finding was, or to the organisation ("The force")."""
        subject = (subject_of(text) or "").lower()
        previous = (subject_of(self.findings[-1].text) or "").lower() if self.findings else ""
        own = re.fullmatch(r"the\s+(?:force|service|constabulary)", subject)
        return bool(subject) and (subject == previous or bool(own) and bool(previous)) and not self.is_expectation(text)

    def heading_finding(self, text):
        """A heading (a line with no closing full stop, as text and PDF keep it) that tells the organisation
        inspected what to do: the finding, its explanation below."""
        subject = subject_of(text) or ""
        return len(text.split()) >= 6 and bool(ORGANISATION.fullmatch(subject)) \
            and not self.is_expectation(text) and not paraphrase(text) and not ATTRIBUTED.search(text)

    def heading_sentence(self, text):
        """A finding printed as a heading: set as one, or a sentence with no full stop on a line of its own
        ("The force needs to make sure that it attends calls … within its published attendance times")."""
        if is_heading(text) or getattr(self.current, "role", None) == "heading":
            return True
        return text[-1:] not in ".,;:!?" and text[:1].isupper() and len(text.split()) <= 30

    def next_heading(self, text):
        """Between explanations, the next finding's heading: set as one, or set with its full stop, its style
        lost (text, PDF), as one short sentence telling the organisation what to do. Evidence paragraphs
        run on, or report what someone said it should do."""
        if self.heading_sentence(text):
            return True
        one_sentence = text.endswith(".") and not re.search(r"[.;:!?]\s", text) and len(text.split()) <= 30
        return one_sentence and bool(ORGANISATION.fullmatch(subject_of(text) or ""))

    def continues_numbering(self, ref):
        """Whether `ref` is the next number after the last finding's, taken from a numbered list."""
        last = self.findings[-1] if self.findings else None
        if not last or last.marker not in ("decimal", "coded") or not last.ref:
            return False
        # "WP-02" after "WP-01": the same code, the next number.
        prefix, number = re.match(r"^(.*?)(\d+)[a-z]?$", ref).groups()
        last_prefix, last_number = (re.match(r"^(.*?)(\d+)[a-z]?$", last.ref) or re.match("()(x)", "x")).groups()
        return prefix == last_prefix and last_number.isdigit() and int(number) == int(last_number) + 1

    def take(self, kind, ref, text, page, *, marker, from_list=False):
        text = finish_text(text)
        if not text or DEFINITION.match(text) or COMMITTEE_OWN.match(text) or PAST_RECOMMENDATION.search(text):
            return
        if len(text.split()) < 4 and not FINITE_VERB.search(text) and not text.endswith(":"):
            return  # "Closed", "Pending sign-off": a status table's cells after "Recommendation 2", not findings
        named_after = CAUSE_NAMED_AFTER.match(text) if kind == CAUSE else None
        if named_after:
            text = named_after.group("cause")  # "… online. This is our second cause of concern."
        ref = ref or self.cell_ref
        self.chained, self.explaining = True, None
        finding = Finding(kind=kind, ref=ref, text=text, page=page, marker=marker)
        finding.block = self.current
        finding.heading_addressees = self.addressees
        finding.heading_due = self.due_heading
        finding.theme = self.section
        finding.lead_in = text.endswith(":")
        finding.absorbing = finding.lead_in or marker in ("decimal", "upper_roman", "upper_alpha")
        self.recent_kind = (kind, self.fed)
        if kind == CAUSE:
            self.cause = finding
            if not from_list:
                self.context = (RECOMMENDATION, "heading")
        elif kind == RECOMMENDATION:
            finding.parent = self.cause
        else:
            self.cause = None
        if self.context:
            self.context_fresh = False
        heading_sentence = not marker and self.heading_sentence(text) and (
            getattr(self.current, "role", None) == "heading" or len(text.split()) >= 6
        )
        self.headed = bool(heading_sentence and subject_of(text) and kind == AFI or (self.headed and heading_sentence))
        self.findings.append(finding)
        self.open = finding


# The organisation inspected, as a finding names it: "The service", "Hartmoor Fire and Rescue Service".
ORGANISATION = re.compile(
    r"the\s+(?:force|service|constabulary)|(?:[A-Z][\w’'-]+\s+){1,4}(?:police|constabulary|fire\s+and\s+rescue\s+service|"
    r"service|authority)",
    re.I,
)
# How a cause of concern is worded: the organisation, then what it isn't doing ("The service doesn't have …").
CAUSE_STATEMENT = re.compile(
    r"^(?:the\s+(?:force|service|constabulary)|(?:[A-Z][\w’'-]+\s+){1,4}(?:police|constabulary|fire\s+and\s+rescue\s+service|"
    r"service|authority))\s+(?:is\s+not|isn[’']t|does\s+not|doesn[’']t|has\s+not|hasn[’']t|cannot|can[’']t|fails?\s+to|"
    r"lacks|(?:still\s+)?needs\s+to\s+(?:improve|do)|is\s+failing|has\s+failed|has\s+no\b|hasn[’']t\s+got)",
    re.I,
)
_GRADE_WORD = r"(?:outstanding|good|adequate|requires\s+improvement|inadequate|not\s+graded)"
GRADE_COLUMN = re.compile(
    rf"^(?:(?:\d{{4}}(?:[–/-]\d{{2,4}})?\s+)?grades?(?:\s+{_GRADE_WORD})+|{_GRADE_WORD}(?:\s+{_GRADE_WORD})+)$", re.I
)
RAG_WORD = re.compile(r"^(?:red|amber|green|blue|grey|complete[d]?|ongoing|closed|not\s+started|in\s+progress)\.?$", re.I)


TYPED = "typed"  # a flattened tracker's header naming a generic finding column and a type column


def table_header_kind(text):
    """The finding kind of a table's header row printed as one line ("No. Recommendation Force update RAG"),
    or None: every word must belong to a header cell, and exactly one cell must name a finding kind."""
    cells = header_cells_of(text)
    kinds = [cell for cell in cells if HEADER_KIND.match(cell)]
    shortest = header_cells_of(text, longest=False)
    if not kinds and (headers.finding_column(cells) or headers.finding_column(shortest)) and len(shortest) >= 3:
        return TYPED  # "Ref Finding Type Owner Latest position RAG": each row's type cell gives its kind
    if len(cells) < 2 or len(kinds) != 1:
        return None
    return kind_of(HEADER_KIND.match(kinds[0]))


def trailing_table_header(text):
    """(the words before, the kind) of a line ending with a tracker's header row of three cells or more, as a
    flattened tracker prints its title and header together; (None, None) for any other line."""
    words = text.split()
    if text[-1:] in TERMINAL_PUNCTUATION or len(words) < 4:
        return None, None
    for start in range(1, len(words) - 2):
        tail = " ".join(words[start:])
        kind = table_header_kind(tail)
        if kind and len(header_cells_of(tail)) >= 3:
            return " ".join(words[:start]), kind
    return None, None


def header_cells_of(text, longest=True):
    """The header cells a line of header words reads as, longest first (as table_header_kind reads them), or
    shortest first ("Finding Type" as the finding column and the type column, not one type column)."""
    words, cells, i = text.split(), [], 0
    while i < len(words):
        ends = range(min(len(words), i + 4), i, -1) if longest else range(i + 1, min(len(words), i + 4) + 1)
        for j in ends:
            if headers.is_tracker_header(" ".join(words[i:j])):
                cells.append(" ".join(words[i:j]))
                i = j
                break
        else:
            return []
    return cells


TERMINAL_PUNCTUATION = ".,;:!?"
HEADER_KIND, HEADER_UPDATE, HEADER_REF = headers.KIND, headers.UPDATE, headers.REF
EMPTY_CELL = "—"  # layout.EMPTY_CELL: a PDF table's cell with nothing in it


def column_kind(text):
    """The kind a finding column's header names, or None for a generic one ("Finding")."""
    match = HEADER_KIND.match(text)
    return kind_of(match) if match else None


def kind_of_row(text, default):
    """A row's kind from its type cell ("AFI", "Recommendation"); the column's kind where the cell is empty;
    None for a row of another kind."""
    # A narrow type column breaks the word over lines ("Recom‐" / "menda‐" / "tion").
    match = headers.ROW_KIND.match(text.strip()) or headers.ROW_KIND.match(re.sub(r"[\s\u2010\u00ad\x02-]", "", text))
    if match:
        return kind_of(match)
    return default if text.strip() in ("", "—") else None


def tracker_rows(blocks):
    """The blocks with each tracker table's rows folded into one block a row (issue 11, layout 5).

    A table whose header names a finding column ("Recommendation", "Area for improvement") beside an
    update, ref or status column: the finding column gives the finding, the update column its proposed
    progress update, the ref column its ref; the rest is ignored. Cells come one block each, row by row.
    """
    out, i = [], 0
    while i < len(blocks):
        if blocks[i].at is not None:
            # The format gives the table's grid (HTML, Word): read it by rows and columns.
            j = i
            while j < len(blocks) and blocks[j].at is not None and blocks[j].at[0] == blocks[i].at[0]:
                j += 1
            out.extend(grid_rows(blocks[i:j]))
            i = j
            continue
        header = []
        j = i
        while j < len(blocks) and len(header) < 8 and blocks[j].role in ("cell", None) and (
            headers.is_tracker_header(blocks[j].text)
        ):
            header.append(blocks[j].text)
            j += 1
        found = headers.finding_column(header)
        if len(header) < 2 or found is None:
            out.append(blocks[i])
            i += 1
            continue
        width, (column, kind_column) = len(header), found
        kind = column_kind(header[column])
        update = next((n for n, h in enumerate(header) if HEADER_UPDATE.match(h)), None)
        ref = next((n for n, h in enumerate(header) if HEADER_REF.match(h)), None)
        rows = []

        def repeats_header(k, width=width, header=header):
            # A page break prints the header row again: the table, and the row it cut, go on after it.
            return [b.text for b in blocks[k:k + width]] == header

        while j + width <= len(blocks):
            if repeats_header(j):
                j += width
                continue
            if ref == 0 and j + 1 < len(blocks) and is_group_heading_cell(blocks[j].text) and \
                    REF_CELL.match(blocks[j + 1].text) and not REF_CELL.match(blocks[j].text):
                j += 1  # a report's name merged across the rows below it ("PEEL 2025 – Investigating crime")
                continue
            cells = blocks[j:j + width]
            if is_group_heading_cell(cells[0].text) and not REF_CELL.match(cells[0].text) \
                    and all(b.text == EMPTY_CELL for b in cells[1:]):
                j += width  # the same, printed by a PDF as a row of its own with the other cells empty
                continue
            if ref == 0 and REF_CELL.match(cells[0].text) and not any(b.text == "—" for b in blocks[j:j + width + 4]):
                # Text has no grid and drops empty cells: a row runs from its ref to the next ref.
                end = next((k for k in range(j + 1, min(len(blocks), j + width + 4)) if REF_CELL.match(blocks[k].text)
                            or blocks[k].role == "heading" or repeats_header(k)), min(len(blocks), j + width + 4))
                if end - j != width:
                    cells = wrapped_row(blocks[j:end], width, column)
                    if cells is None:
                        break
                    rows.append(cells)
                    j = end
                    continue
            # A row with an empty ref cell after rows of the table carries the row above on (a page cut it):
            # its cells are the rest of that row's cells, however short.
            if ref is not None and rows and cells[ref].text == EMPTY_CELL and all(b.role == "cell" for b in cells) \
                    and any(b.text != EMPTY_CELL for b in cells):
                rows[-1] = carried_row(rows[-1], cells)
                j += width
                continue
            # A short finding cell ends the table unless its ref marks the row: the page cut the finding short.
            short = len(cells[column].text.split()) < 5 and not (ref is not None and REF_CELL.match(cells[ref].text.strip()))
            if short or any(HEADER_KIND.match(c.text) for n, c in enumerate(cells) if n != kind_column):
                break
            if ref is not None and len(cells[ref].text.split()) > 3:
                break
            rows.append(cells)
            j += width
        if not rows:
            out.append(blocks[i])
            i += 1
            continue
        previous = next((b for b in reversed(out) if b.cells), None)
        for cells in rows:
            # With no ref column, a row opening in lower case after a finding left mid-sentence carries it on.
            lower_tail = ref is None and previous is not None and cells[column].text[:1].islower() and \
                previous.text.rstrip()[-1:] not in ".;:!?”"
            if (ref is not None and cells[ref].text in ("", "—") or lower_tail) and previous is not None:
                # A row with no ref carries on the one before it: a recommendation wrapped over a row or page.
                if previous.text == "—":
                    previous.text = cells[column].text  # the page printed the row's ref, its finding is here
                else:
                    previous.text = join(previous.text, cells[column].text) if cells[column].text != "—" else previous.text
                if previous.cells["kind"] is None and kind_column is not None:
                    previous.cells["kind"] = kind_of_row(cells[kind_column].text, kind)
                if update is not None and cells[update].text != "—":
                    previous.cells["update"] = join(previous.cells["update"] or "", cells[update].text).strip()
                continue
            row_kind = kind_of_row(cells[kind_column].text, kind) if kind_column is not None else kind
            if row_kind is None and cells[column].text != "—":
                continue  # a kind of row the plan lists beside its findings ("Innovative practice")
            row = cells[column]
            row.cells = {
                "kind": row_kind,
                "ref": re.sub(r"^(?:recommendation|afi|area\s+for\s+improvement|coc|cause\s+of\s+concern)\s*", "",
                              cells[ref].text.strip(" ."), flags=re.I) or None if ref is not None else None,
                "update": cells[update].text if update is not None else None,
            }
            out.append(row)
            previous = row
        i = j
    return out


def carried_row(row, cells):
    """A table row with the cells of the row that carries it on over a page joined to its own, cell by cell
    ("The service should make sure that its pro‐" / "motion …", "Area for im‐" / "provement")."""
    out = []
    for mine, more in zip(row, cells, strict=True):
        if more.text == EMPTY_CELL:
            out.append(mine)
            continue
        text = more.text if mine.text == EMPTY_CELL else join(mine.text, more.text)
        out.append(Block(text, mine.page, mine.role, mine.start, mine.end, at=mine.at))
    return out


def is_group_heading_cell(text):
    """A short title, not a sentence: the name a tracker prints across a group of rows."""
    text = text.strip()
    return 0 < len(text.split()) <= 12 and text[-1:] not in ".:;" and not is_directive(text)


REF_CELL = re.compile(
    r"^(?:(?:r|rec|recommendation|afi|area\s+for\s+improvement|coc|cause\s+of\s+concern)\s*|(?-i:[A-Z]{1,3}))?"
    r"\d{1,3}(?:\.\d{1,2})?[a-z]?\.?$",
    re.I,
)


def wrapped_row(cells, width, column):
    """A text row with more or fewer cells than the header: a lower-case tail is the finding wrapped on to a
    row of its own (its other cells empty, so dropped); missing cells were empty. None if it does not fit."""
    head, tail = list(cells[:width]), cells[width:]
    if len(head) <= column or len(head[column].text.split()) < 5:
        return None
    for extra in tail:
        if extra.text[:1].islower() and head[column].text[-1:] not in ".;":
            head[column] = Block(join(head[column].text, extra.text), head[column].page, head[column].role,
                                 head[column].start, head[column].end)
    while len(head) < width:
        head.append(Block("—", head[-1].page, "cell"))
    return head


def grid_rows(table):
    """A table whose format gives its grid: a tracker's rows folded into one block a row, else the table as is.

    The header row must name one finding column; a row with no ref carries on the row above (a
    recommendation wrapped on to a second row); a cell's paragraphs are one text.
    """
    grid = {}
    for block in table:
        _, r, c = block.at
        grid.setdefault(r, {}).setdefault(c, []).append(block)
    order = sorted(grid)
    header = {c: " ".join(b.text for b in grid[order[0]][c]) for c in grid[order[0]]}
    columns = list(header)
    found = headers.finding_column([header[c] for c in columns])
    if len(header) < 2 or found is None or not all(headers.is_tracker_header(t) for t in header.values()):
        return table
    column, kind_column = columns[found[0]], columns[found[1]] if found[1] is not None else None
    kind = column_kind(header[column])
    update = next((c for c, h in header.items() if HEADER_UPDATE.match(h)), None)
    ref = next((c for c, h in header.items() if HEADER_REF.match(h)), None)
    out, previous = [], None

    def text(row, c):
        return " ".join(b.text for b in row.get(c, []) if b.text != "—").strip()

    for r in order[1:]:
        row = grid[r]
        finding, progress = text(row, column), text(row, update) if update is not None else ""
        if ref is not None and not text(row, ref) and previous is not None:
            if finding:
                previous.text = join(previous.text, finding)
            if progress:
                previous.cells["update"] = join(previous.cells["update"] or "", progress).strip()
            continue
        row_kind = kind_of_row(text(row, kind_column), kind) if kind_column is not None else kind
        if len(finding.split()) < 5 or row_kind is None:
            continue
        first = row[column][0]
        block = Block(finding, first.page, "cell", first.start, first.end, at=first.at)
        block.cells = {
            "kind": row_kind,
            "ref": (re.sub(r"^(?:recommendation|afi|area\s+for\s+improvement|coc|cause\s+of\s+concern)\s*", "",
                           text(row, ref).strip(" ."), flags=re.I) or None) if ref is not None else None,
            "update": progress or None,
        }
        out.append(block)
        previous = block
    return out


# An item completing "HMIC recommends that:": "the force reviews …", "chief constables make sure …".
ITEM_SUBJECT = re.compile(
    r"^((?:the\s+)?(?:force|service|constabulary|chief\s+constables?|chief\s+fire\s+officers?|college\s+of\s+policing|"
    r"home\s+office|national\s+police\s+chiefs[’']\s+council|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}))\s+(?!is\b|has\b)[a-z]+s\b"
)


GRADE = re.compile(r"^(?:outstanding|good|adequate|requires\s+improvement|inadequate|not\s+graded)\.?$", re.I)
GRADE_HEADER = re.compile(r"^(?:grade|graded\s+judgments?|judgments?|rating)$", re.I)
AREA_HEADER = re.compile(r"^(?:area|question|pillar|principle|area\s+of\s+policing)$", re.I)


def gradings(blocks):
    """The graded judgments a report prints, as (area, grade, block): from a gradings table ("Area | Grade")
    or a section heading followed by its grade alone ("Responding to the public" / "Inadequate")."""
    found, seen = [], set()

    def add(area, grade, block):
        key = " ".join(area.lower().split())
        if key not in seen and 0 < len(area.split()) <= 14 and not GRADE.match(area):
            seen.add(key)
            found.append((area, " ".join(grade.rstrip(".").split()).capitalize(), block))

    for n, block in enumerate(blocks):
        if block.role == "cell" and AREA_HEADER.match(block.text) and n + 1 < len(blocks) and GRADE_HEADER.match(blocks[n + 1].text):
            j = n + 2
            while j + 1 < len(blocks) and blocks[j].role == "cell" and GRADE.match(blocks[j + 1].text):
                add(blocks[j].text, blocks[j + 1].text, blocks[j])
                j += 2
        elif block.role != "cell" and n + 1 < len(blocks) and GRADE.match(blocks[n + 1].text) and is_heading(block.text) \
                and blocks[n + 1].role != "cell":
            add(block.text, blocks[n + 1].text, block)
    return found


def split_lead_ins(findings):
    """One finding per item of a lead-in ("By 31 August 2021, the service should: • a; and • b"), each
    carrying the lead-in's deadline, addressee and parent, and the lead-in's kind (issue 11, layout 1).

    Only a lead-in whose items each complete it is split: it ends with its modal ("should:", "needs to:")
    or "recommends that:". "… so that it includes: • how to …" lists the contents of one finding.
    """
    out = []
    for finding in findings:
        lead = finding.text.split(" • ")[0] if finding.items else ""
        lead = finding.text[: finding.text.find(":") + 1] if ":" in finding.text else lead
        finding.items = finding.items or inline_items(finding, lead)
        if not finding.items or not LEAD_IN_END.search(lead):  # one item is a finding as two are
            out.append(finding)
            continue
        # "HMIC recommends that:" names nobody; each item then names its own subject ("the force reviews …").
        lead_subject = subject_of(lead[:-1] + " x") if re.search(rf"\b{MODAL}\b", lead, re.I) else None
        if lead_subject is None and re.search(rf"\b{MODAL}\b", lead, re.I):
            lead_subject = (SUBJECT.match(strip_due_and_preamble(lead)[0]) or [None, None])[1]
        elif lead_subject is None and RECOMMENDS.match(lead):
            # "we recommend that, by 31 March 2026, the constabulary:" names who, its items say what it does.
            named = strip_due_and_preamble(lead)[0].rstrip(":").strip(" ,")
            lead_subject = named if named and len(named.split()) <= 8 and not NOT_ADDRESSEE.match(named) else None
        children = [child for child in findings if child.parent is finding]
        lead_due = due_of(Finding(kind=finding.kind, ref=None, text=lead, page=None, heading_due=finding.heading_due))
        first = None
        for ref, text, block in finding.items:
            text = finish_text(text).rstrip(".") + ("." if text.rstrip().endswith(".") else "")
            item = Finding(kind=finding.kind, ref=ref or finding.ref, text=text, page=getattr(block, "page", finding.page))
            item.parent = finding.parent
            item.theme, item.block = finding.theme, block
            # An item's own deadline ("… by 31 December 2028") is its own; the others take the lead-in's.
            item.due_text = own_due(text) or lead_due
            own = subject_of(text[:1].upper() + text[1:]) or (ITEM_SUBJECT.match(text) or [None, None])[1]
            item.addressees = (
                list(finding.heading_addressees) if finding.heading_addressees
                else bodies_of(lead_subject.strip(" ,")) if lead_subject else [own] if own else []
            )
            item.confidence = 0.9
            out.append(item)
            first = first or item
        for child in children:
            child.parent = first
    return out


def inline_items(finding, lead):
    """The items of a lead-in printed in its own paragraph, as flattened text gives it: "By 31 May 2028, the force
    should: make sure that …; make sure that …; and improve …." (issue 11, layout 3)."""
    if not lead or not LEAD_IN_END.search(lead):
        return []
    parts = re.split(r";\s+(?:and\s+|or\s+)?", finding.text[len(lead):].strip())
    if len(parts) < 2 or not all(part[:1].islower() and len(part.split()) >= 3 for part in parts):
        return []
    return [[None, part, finding.block] for part in parts]


def piece_of(block, start, end):
    """The part of a block from character `start` to `end`, as a block of its own, its offsets kept."""
    text = block.text[start:end].strip()
    shift = start + len(block.text[start:end]) - len(block.text[start:end].lstrip())
    begin = block.start + shift if block.start is not None else None
    return Block(text, block.page, block.role, begin, begin + len(text) if begin is not None else None, at=block.at)


SENTENCE_END = re.compile(r"(?<=[a-z0-9)”’][.])\s+(?=[A-Z“‘])")


def announced_causes(blocks):
    """Paragraphs that announce a cause of concern and state it in the same paragraph, split as a report
    printing them over paragraphs would be (issue 11, layout 6):

    "We have identified a cause of concern. The force is not …" -> the announcement, then the cause;
    "Our second cause of concern is that the force does not … . Officers told us …" -> "Our second cause of
    concern is that", the cause (its first sentence), then the evidence after it.
    """
    out = []
    for block in blocks:
        if block.role in ("heading", "cell") or getattr(block, "cells", None):
            out.append(block)
            continue
        text = block.text
        that = re.match(rf"^{CAUSE_IS_THAT.pattern}\s+(?=[a-z])", text, re.I)
        if that:
            ends = [m.end() for m in SENTENCE_END.finditer(text, that.end())]
            cut = ends[0] if ends else len(text)
            pieces = [(0, that.end()), (that.end(), cut)] + ([(cut, len(text))] if cut < len(text) else [])
            out.extend(piece_of(block, a, b) for a, b in pieces)
            continue
        first = SENTENCE_END.search(text)
        if first and ANNOUNCES_CAUSE.search(text[:first.start()]) and CAUSE_STATEMENT.match(text[first.end():]):
            out.extend([piece_of(block, 0, first.start()), piece_of(block, first.end(), len(text))])
            continue
        if first and ANNOUNCES_KIND.search(text[:first.start()]) and is_directive(text[first.end():]) \
                and not SENTENCE_END.search(text, first.end()):
            # "We make one new recommendation. The force should …": the announcement, then the finding.
            out.extend([piece_of(block, 0, first.start()), piece_of(block, first.end(), len(text))])
            continue
        out.append(block)
    return out


def find(blocks, *, split_items=False):
    """Every finding the blocks present, once each, in document order, with deadline and addressees."""
    parser = Parser()
    blocks = announced_causes(tracker_rows(blocks))
    for number, block in enumerate(blocks, start=1):
        parser.last_block = number == len(blocks)
        parser.feed(block)
    kept, seen = [], {}
    for finding in parser.findings:
        finding.text = finish_text(finding.text)
        key = (finding.kind, dedup_key(finding.text))
        first = seen.get(key)
        if first is not None:
            # The summary and the body print the same finding: keep the first, learn from the second.
            first.ref = first.ref or finding.ref
            first.parent = first.parent or finding.parent
            first.heading_addressees = first.heading_addressees or finding.heading_addressees
            first.heading_due = first.heading_due or finding.heading_due
            continue
        seen[key] = finding
        kept.append(finding)
    for finding in kept:
        if finding.parent is not None and finding.parent not in kept:
            finding.parent = seen.get((CAUSE, dedup_key(finding.parent.text)))
        finding.due_text = due_of(finding)
        finding.addressees = addressees_of(finding)
    return split_lead_ins(kept) if split_items else kept


def dedup_key(text):
    # A summary's copy may end with the paragraph it comes from: "… promptly. (2.12)".
    text = re.sub(r"\s*\((?:see\s+)?(?:paragraphs?\s+)?\d+(?:\.\d+)*(?:\s*(?:,|and|-|–)\s*\d+(?:\.\d+)*)*\)\s*$", "", text, flags=re.I)
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def due_of(finding):
    """The deadline as printed: at the start, after "HMIC recommends that", at the end, or a heading above."""
    rest = RECOMMENDS.sub("", ADDRESS_CAUSE.sub("", finding.text, count=1), count=1)
    due = deadlines.due_at_start(rest)
    if not due:
        # "… HMIC recommends that the force should immediately:"
        urgent = re.match(rf"^[^.:;]{{1,200}}?\b{MODAL}\s+(immediately)\b", rest, re.I)
        due = urgent.group(1) if urgent else None
    first_sentence = re.split(r"(?<=[.:])\s", finding.text)[0]
    if not due:
        due = deadlines.due_at_end(first_sentence) or deadlines.due_at_end(finding.text)
    if not due:
        # "… should, by the end of December 2022, update …"; "… make sure that, within six months …:"
        due = deadlines.due_set_off(first_sentence)
    return due or finding.heading_due


def own_due(item):
    """The deadline a lead-in's item prints itself, at its start or its end."""
    return deadlines.due_at_start(item) or deadlines.due_at_end(item)


def addressees_of(finding):
    """Who must act: the heading the finding sits under ("To chief constables"), else its subject."""
    if finding.heading_addressees:
        return list(finding.heading_addressees)
    if finding.kind == CAUSE:
        return []
    subject = subject_of(finding.text)
    if not subject and ORDINAL_THAT.match("The first is that " + finding.text):
        # "The first is that the force should …" gave the finding from its subject on: "the force".
        subject = subject_of(finding.text[:1].upper() + finding.text[1:])
        subject = subject[:1].lower() + subject[1:] if subject else None
    if not subject:
        return []
    rest, _ = strip_due_and_preamble(finding.text)
    after = rest[rest.find(subject) + len(subject):]
    # "Screening data should be collected …" names what, not who: no addressee is printed.
    if re.match(rf"^\s*,?\s*{MODAL}\s+be\b", after, re.I):
        return []
    return bodies_of(subject)


# A body a national recommendation is addressed to, as one of two joined by "and".
BODY = re.compile(
    rf"{NATIONAL_ADDRESSEE.pattern[1:-1]}|pccs|chief\s+officers|(?:fire\s+and\s+rescue\s+|police\s+)?authorities|"
    r"the\s+(?:[A-Z][\w’'-]*\s*){1,6}",
    re.I,
)


def bodies_of(subject):
    """"the Home Office and the National Fire Chiefs Council" -> the two bodies; "chief constables and PCCs"
    likewise; a name with "and" in it ("Sedgemoor and Axe Constabulary", "police and crime commissioners",
    "the chief constables of A Police and B Police") stays one addressee."""
    listed = [part.strip() for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", subject) if part.strip()]
    if "," in subject and len(listed) >= 3 and all(
            len(part.split()) <= 8 and (part[:1].isupper() or part.lower().startswith("the ")) for part in listed):
        return listed  # "The chief constable of A Police, A Council and the NHS integrated care board": each named
    parts = re.split(r"\s+and\s+", subject)
    if len(parts) == 2 and all(re.fullmatch(BODY.pattern, part, re.I) and not re.fullmatch(
            r"(?:fire|police|crime|rescue)(?:\s+\w+)?", part, re.I) for part in parts):
        return parts
    return [subject]
