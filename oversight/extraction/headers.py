"""The words a tracker or gradings table prints in its header row, shared by the PDF layout and the parser.

A tracker names one finding column ("Recommendation", "HMICFRS recommendation", "Area for improvement
(AFI)") beside others: its ref ("No.", "AFI No."), the progress update ("Force update", "Progress to date",
"Update on progress") and columns that are ignored (RAG, owner, target date).
"""

import re

KIND = re.compile(
    r"^(?:(?:summary|details?|text)\s+of\s+(?:the\s+)?)?(?:(?:hmic(?:frs)?|inspectorate(?:['’]s)?|inspection)\s+)?"
    r"(?:(?P<rec>recommendations?)|(?P<afi>areas?\s+for\s+improvement|afis?)|(?P<coc>causes?\s+of\s+concern))"
    r"(?:\s+\((?:afis?|recs?|coc)\))?(?:\s+(?:text|detail|wording|description|made))?$",
    re.I,
)
UPDATE = re.compile(
    r"^(?:(?:force|service|latest|current|progress|our|organisation(?:['’]s)?)\s+)?"
    r"(?:updates?|progress(?:\s+updates?)?|responses?|comments?|commentary|actions?\s+(?:taken|completed)|"
    r"(?:latest\s+|current\s+)?position(?:\s+statement)?)"
    r"(?:\s+(?:on|to)\s+(?:progress|date)|\s+made)?$",
    re.I,
)
REF = re.compile(r"^(?:(?:afi|rec(?:ommendation)?|coc|item)\s+)?(?:no\.?|number|ref\.?|reference|id|#)$", re.I)
OTHER = re.compile(
    r"^(?:b?rag(?:\s+(?:status|rating))?|status|(?:lead|responsible|accountable)?\s*(?:owner|lead|officer)|lead|"
    r"(?:target\s+)?(?:completion\s+)?(?:due\s+)?date|due|deadline|target|theme|priority|report|area\s+of\s+business)$",
    re.I,
)
# A finding column that does not say its kind ("HMICFRS finding"): a type column beside it gives each row's kind.
FINDING = re.compile(
    r"^(?:(?:hmic(?:frs)?|inspection|inspectorate(?:['’]s)?)\s+)?findings?(?:\s+(?:text|detail|wording|description))?$", re.I
)
TYPE = re.compile(r"^(?:(?:finding|recommendation)\s+)?(?:type|category|kind)(?:\s+of\s+finding)?$", re.I)
ROW_KIND = re.compile(
    r"^(?:(?P<rec>recommendations?|recs?)|(?P<afi>areas?for(?:an)?improvements?|afis?)|(?P<coc>causes?of(?:serious)?concern|coc))\.?$",
    re.I,
)


def row_kind(text):
    """The kind a type cell names ("Area for improvement", "AFI", "Recommendation"), or None.

    Spaces and hyphens are not compared: a narrow column breaks words where it must ("Area for improv" / "ement")."""
    m = ROW_KIND.match(re.sub(r"[\s\u2010\u00ad-]+", "", text))
    if not m:
        return None
    return "recommendation" if m.group("rec") else "area_for_improvement" if m.group("afi") else "cause_of_concern"


def finding_column(header):
    """(finding column, its kind or None, type column or None) of a tracker's header cells, or None.

    Exactly one cell must name the finding column; one that does not say its kind ("HMICFRS finding")
    needs a type column, which then gives each row's kind."""
    named = [n for n, h in enumerate(header) if KIND.match(h) or FINDING.match(h)]
    if len(named) != 1:
        return None
    column = named[0]
    kind_match = KIND.match(header[column])
    type_column = next((n for n, h in enumerate(header) if TYPE.match(h)), None)
    if kind_match is None and type_column is None:
        return None
    kind = None if kind_match is None else (
        "recommendation" if kind_match.group("rec") else "area_for_improvement" if kind_match.group("afi") else "cause_of_concern")
    return column, kind, type_column


GRADING = re.compile(
    r"^(?:area|question|pillar|principle|grade|graded\s+judgments?|judgments?|rating|"
    # a grades table's other columns: "Previous grade", "Grade in 2023", "Change", "Direction of travel"
    r"(?:previous|last|prior|earlier|\d{4}(?:[/–-]\d{2,4})?)\s+(?:grade|judgment|rating)|"
    r"(?:grade|judgment|rating)\s+(?:in|at|for)\s+\d{4}(?:[/–-]\d{2,4})?|change|direction\s+of\s+travel|trend)$",
    re.I,
)


def is_tracker_header(text):
    return bool(KIND.match(text) or UPDATE.match(text) or REF.match(text) or OTHER.match(text) or FINDING.match(text)
                or TYPE.match(text))


def is_header(text):
    """A header cell of a tracker or a gradings table."""
    return is_tracker_header(text) or bool(GRADING.match(text))


def names_finding(text):
    """A header cell that names the finding column (or a gradings table's grade column)."""
    return bool(KIND.match(text) or FINDING.match(text) or re.match(r"^(?:grade|graded\s+judgments?|judgments?|rating)$", text, re.I))
