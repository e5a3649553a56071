"""Full-text search behind one interface: SQLite FTS5 or PostgreSQL tsvector, chosen by the database.

`search(text, user=..., kinds=..., organisation_id=...)` returns Results: SearchDocuments annotated
with `rank` (higher is better), `title_marked` and `snippet` (START/STOP-marked, see
search.highlight), best first, restricted to what the user may see.
"""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from oversight.accounts import access

from .highlight import START, STOP
from .index import org_token
from .models import SearchDocument

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    """The words a search looks for: every word typed, less common English words, at most 12."""
    found = [w.lower() for w in WORD.findall(text or "")]
    kept = [w for w in found if w not in ENGLISH_STOP_WORDS]
    return (kept or found)[:12]


def _access_filter(queryset, user):
    """Only documents of the user's organisations, and findings and reports access lets them see."""
    seen = access.scope(user)
    if seen.everything:
        return queryset, None
    # The tokens only narrow the full-text index before ranking; access.visible decides.
    return access.visible(queryset, user), sorted(org_token(i) for i in seen.organisation_ids)


def _sqlite(queryset, terms, tokens):
    # Every term must match, in the title or body; the scope column narrows to the reader's
    # organisations inside FTS5, before ranking, which keeps large registers fast.
    match = "{title body} : (" + " AND ".join(f'"{t}"' for t in terms) + ")"
    if tokens is not None:
        match = "scope : (" + " OR ".join(f'"{t}"' for t in tokens) + ") AND " + match
    # extra() because FTS5's MATCH, bm25() and snippet() need the virtual table joined by rowid.
    matched = queryset.extra(  # noqa: S610  the match expression is a bound parameter
        tables=["search_fts"], where=["search_fts.rowid = search_searchdocument.id", "search_fts MATCH %s"],
        params=[match],
    )
    ranked = matched.extra(
        select={
            # bm25 is lower-is-better; negate so both backends sort on "higher is better".
            "rank": "-bm25(search_fts, 4.0, 1.0, 0.0)",
            "title_marked": "highlight(search_fts, 0, char(2), char(3))",
            "snippet": "snippet(search_fts, 1, char(2), char(3), '…', 30)",
        },
        order_by=["-rank", "id"],
    )
    return Results(ranked, matched)


def _postgres(queryset, terms, tokens):
    vector = RawSQL('"search_searchdocument"."vector"', [], output_field=SearchVectorField())
    query = SearchQuery(" ".join(terms), config="english", search_type="plain")
    wanted = query
    if tokens is not None:
        wanted = query & SearchQuery(" | ".join(tokens), config="simple", search_type="raw")
    matched = queryset.annotate(vector=vector).filter(vector=wanted)
    marks = {"start_sel": START, "stop_sel": STOP}
    ranked = matched.annotate(
        rank=SearchRank(F("vector"), query),
        title_marked=SearchHeadline("title", query, config="english", highlight_all=True, **marks),
        snippet=SearchHeadline(
            "body", query, config="english", max_words=40, min_words=15, max_fragments=2,
            fragment_delimiter=" … ", **marks,
        ),
    ).order_by("-rank", "id")
    return Results(ranked, matched)


def register_text_q(word):
    """The register's text box, one word: a response whose narrative, finding or report holds a word
    starting with `word`, found through the full-text index (issue 17: it was `icontains` over three
    tables, a scan of every row). A Q for Response querysets; access is the queryset's own."""
    from django.db.models import Q

    terms = [w.lower() for w in WORD.findall(word or "")]
    if not terms:
        return Q()
    parts = {}
    for kind, column in (("response", "response_id"), ("finding", "finding_id"), ("report", "report_id")):
        if connection.vendor == "postgresql":
            # Title and body only (weights A and B), never the scope tokens (weight D).
            sql = (f"SELECT {column} FROM search_searchdocument WHERE kind = %s"
                   " AND vector @@ to_tsquery('english', %s)")
            params = [kind, " & ".join(f"{t}:*AB" for t in terms)]
        else:
            # CROSS JOIN keeps FTS5 the outer loop: otherwise SQLite ran the MATCH once per document.
            sql = (f"SELECT d.{column} FROM search_fts CROSS JOIN search_searchdocument d ON d.id = search_fts.rowid"
                   " WHERE search_fts MATCH %s AND d.kind = %s")
            params = ["{title body} : (" + " AND ".join(f'"{t}"*' for t in terms) + ")", kind]
        parts[kind] = RawSQL(sql, params)  # noqa: S611  terms are \w+ words, passed as parameters
    return Q(pk__in=parts["response"]) | Q(finding_id__in=parts["finding"]) | Q(finding__report_id__in=parts["report"])


class Results:
    """Ranked, marked matches; counted without ranking or marking, which is the slow part."""

    def __init__(self, ranked, matched):
        self.ranked, self.matched = ranked, matched

    def __iter__(self):
        return iter(self.ranked)

    def __getitem__(self, index):
        return self.ranked[index]

    def __len__(self):
        return self.count()

    def count(self, at_most=None):
        matched = self.matched.values("pk")
        return (matched[:at_most] if at_most else matched).count()


EMPTY = Results(SearchDocument.objects.none(), SearchDocument.objects.none())


def search(text, *, user, kinds=(), organisation_id=None):
    """Documents matching every word of `text` that `user` may see, best first."""
    terms = words(text)
    if not terms:
        return EMPTY
    queryset = SearchDocument.objects.all()
    if kinds:
        queryset = queryset.filter(kind__in=kinds)
    if organisation_id:
        queryset = queryset.filter(Q(organisation_id=organisation_id) | Q(organisation_id__isnull=True))
    queryset, tokens = _access_filter(queryset, user)
    if organisation_id:
        tokens = [org_token(organisation_id)]
    if tokens == []:  # someone with no organisation sees nothing
        return EMPTY
    if connection.vendor == "postgresql":
        return _postgres(queryset, terms, tokens)
    return _sqlite(queryset, terms, tokens)
