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
    r"^(?:(?:force|service|latest|current|progress|our|organisation(?:['’]s)?|pcc|[a-z]+['’]s)\s+)?"
    r"(?:updates?|progress(?:\s+updates?)?|responses?|comments?|commentary|actions?\s+(?:taken|completed)|"
    r"(?:latest\s+|current\s+)?position(?:\s+statement)?)"
    r"(?:\s+(?:on|to)\s+(?:progress|date)|\s+made)?$",
    re.I,
)
REF = re.compile(r"^(?:(?:afi|rec(?:ommendation)?|coc|item)\s+)?(?:no\.?|number|ref\.?|reference|id|#)$", re.I)
OTHER = re.compile(
    r"^(?:b?rag(?:\s+(?:status|rating))?|status|(?:lead|responsible|accountable)?\s*(?:owner|lead|officer)|lead|"
    r"(?:target\s+)?(?:completion\s+)?(?:due\s+)?date|due|deadline|target|theme|priority|report|area\s+of\s+business|"
    r"inspection|source(?:\s+report)?)$",
    re.I,
)
# A plan that lists findings of every kind names the column "Finding" ("HMICFRS finding") and gives each
# row's kind in a "Type" column ("Recommendation", "AFI"): the finding column only with a type column beside it.
# A column that names two kinds or more ("Recommendation or area for improvement", "Recommendation / AFI")
# is such a column too: the type column says which each row is.
_KIND_NAME = r"(?:recommendations?|areas?\s+for\s+improvement|afis?|causes?\s+of\s+concern|coc)"
FINDING = re.compile(
    r"^(?:(?:hmic(?:frs)?|inspectorate(?:['’]s)?|inspection)\s+)?(?:findings?|"
    rf"{_KIND_NAME}(?:\s*(?:,|/|&|\bor\b|\band(?:/or)?\b)\s*{_KIND_NAME})+)"
    r"(?:\s+(?:text|detail|wording|description))?$",
    re.I,
)
TYPE = re.compile(r"^(?:(?:finding|recommendation)\s+)?(?:type|kind|category)(?:\s+of\s+finding)?$", re.I)
# A type cell's kind, compared with spaces and hyphens taken out: a narrow column breaks words where it
# must ("Area for improv" / "ement", "Recom‐" / "menda‐" / "tion").
ROW_KIND = re.compile(
    r"^(?:(?P<rec>(?:national)?rec(?:ommendation)?s?)|(?P<afi>areas?for(?:an)?improvements?|afis?)|"
    r"(?P<coc>causes?of(?:serious)?concern|coc))\.?$",
    re.I,
)


GRADING = re.compile(
    r"^(?:area|question|pillar|principle|grade|graded\s+judgments?|judgments?|rating|"
    # a grades table's other columns: "Previous grade", "Grade in 2023", "Change", "Direction of travel"
    r"(?:previous|last|prior|earlier|\d{4}(?:[/–-]\d{2,4})?)\s+(?:grade|judgment|rating)|"
    r"(?:grade|judgment|rating)\s+(?:in|at|for)\s+\d{4}(?:[/–-]\d{2,4})?|change|direction\s+of\s+travel|trend)$",
    re.I,
)


# The column of a gradings table that holds the grade (its other columns are GRADING's).
GRADE_COLUMN = re.compile(r"^(?:grade|graded\s+judgments?|judgments?|rating)$", re.I)


def is_tracker_header(text):
    return bool(KIND.match(text) or UPDATE.match(text) or REF.match(text) or OTHER.match(text) or FINDING.match(text)
                or TYPE.match(text))


def is_header(text):
    """A header cell of a tracker or a gradings table."""
    return is_tracker_header(text) or bool(GRADING.match(text))


def finding_column(texts):
    """(index of the finding column, index of the type column or None) of a tracker's header cells, or None.

    Exactly one cell names a kind ("Recommendation"); or, with a "Type" column giving each row's kind, one
    cell names the findings ("Finding", "HMICFRS finding")."""
    kinds = [n for n, text in enumerate(texts) if KIND.match(text)]
    types = [n for n, text in enumerate(texts) if TYPE.match(text)]
    generic = [n for n, text in enumerate(texts) if FINDING.match(text)]
    kind_type = types[0] if len(types) == 1 else None
    if len(kinds) == 1:
        return kinds[0], kind_type
    if not kinds and len(generic) == 1 and kind_type is not None:
        return generic[0], kind_type
    return None


def names_findings(texts):
    """Whether a row of header cells names a tracker's finding column (or a gradings table's grade column)."""
    grades = sum(bool(GRADE_COLUMN.match(t)) for t in texts)
    kinds = sum(bool(KIND.match(t)) for t in texts)
    return grades + kinds == 1 or (grades == 0 and finding_column(texts) is not None)
