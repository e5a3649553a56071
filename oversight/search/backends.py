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


def register_text_filter(value):
    """The register's text box, every word of `value` (split on spaces) to be found: a word is found
    when the response's narrative, its finding or its report holds every word-beginning of it (all in
    one of the three), or when it is the finding's reference. A Q for Response querysets.

    PostgreSQL: one condition on the response row for the whole search (issue 17), where the per-word
    version had three full-text subqueries a word, and conditions on the finding that kept the planner
    from filtering responses as it walked them in the register's order (2.4 s at 1,000,000). SQLite
    keeps the per-word conditions, which FTS5 answers fast."""
    typed = value.split()
    if connection.vendor != "postgresql" or not typed or len(typed) > 60:  # bit masks below hold 62 words
        q = Q()
        for word in typed:
            q &= register_text_q(word) | Q(finding__ref__iexact=word)
        return q
    finding_sql, finding_params, response_sql, response_params = _pg_text_sets(typed)
    response_part = Q(pk__in=RawSQL(response_sql, response_params)) if response_sql else Q(pk__in=[])
    return Q(finding_id__in=RawSQL(finding_sql, finding_params)) | response_part  # noqa: S611  bound params


def register_text_is_common(value, at_least=500):
    """PostgreSQL: whether at least `at_least` findings, reports and narratives hold any word of
    `value` (one GIN search, stopped there), so the register's order finds a page of them soon."""
    queries = [" & ".join(f"{t}:*AB" for t in (w.lower() for w in WORD.findall(word))) for word in value.split()]
    queries = [q for q in queries if q]
    if not queries:
        return False
    wanted = " || ".join("to_tsquery('english', %s)" for _ in queries)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM search_searchdocument d WHERE d.kind IN ('response', 'finding',"
            f" 'report') AND d.vector @@ ({wanted}) LIMIT %s) found", [*queries, at_least])
        return cursor.fetchone()[0] >= at_least


def _pg_text_sets(typed):
    """SQL for the findings that hold every word (in the finding, its report or as its reference) and
    for the responses that hold every word once their own narrative is counted too.

    Each document gets a bit mask of the words it holds, from one GIN search for any of the words;
    a finding's mask is the OR of its own, its report's and its reference's; a response's adds its
    narrative's. A word is found when its bit is set, so across documents as before, but a word's
    beginnings (`vetting-3` is `vetting` and `3`) must all be in one document, as before."""
    queries = [" & ".join(f"{t}:*AB" for t in (w.lower() for w in WORD.findall(word))) for word in typed]
    everything = (1 << len(typed)) - 1
    texts = [(i, q) for i, q in enumerate(queries) if q]
    # A document's mask: bit i when it holds word i (title and body, weights A and B, never the scope).
    mask = " | ".join(f"(CASE WHEN d.vector @@ to_tsquery('english', %s) THEN {1 << i} ELSE 0 END)"
                      for i, _ in texts) or "0"
    mask_params = [q for _, q in texts]
    # Any of the words, for the GIN index: the OR of the same queries, so no document is missed.
    wanted = " || ".join("to_tsquery('english', %s)" for _ in texts)
    ref_mask = " | ".join(f"(CASE WHEN UPPER(f.ref) = UPPER(%s) THEN {1 << i} ELSE 0 END)"
                          for i in range(len(typed)))
    parts, params = [], []
    if texts:
        parts.append(f"SELECT d.finding_id AS fid, ({mask}) AS m FROM search_searchdocument d"
                     f" WHERE d.kind = 'finding' AND d.vector @@ ({wanted})")
        parts.append(f"SELECT f.id, ({mask}) FROM search_searchdocument d JOIN reports_finding f"
                     f" ON f.report_id = d.report_id WHERE d.kind = 'report' AND d.vector @@ ({wanted})")
        params += (mask_params + mask_params) * 2
    parts.append(f"SELECT f.id, ({ref_mask}) FROM reports_finding f"
                 f" WHERE UPPER(f.ref) IN ({', '.join('UPPER(%s)' for _ in typed)})")
    params += typed + typed
    masks = f"SELECT fid, BIT_OR(m) AS m FROM ({' UNION ALL '.join(parts)}) found GROUP BY fid"
    finding_sql = f"SELECT fid FROM ({masks}) fm WHERE fm.m = {everything}"
    if not texts:  # no word has letters or digits: only references can match
        return finding_sql, params, None, []
    if len(typed) == 1:  # the narrative alone holds the one word
        response_sql = f"SELECT d.response_id FROM search_searchdocument d WHERE d.kind = 'response' AND d.vector @@ ({wanted})"
        return finding_sql, params, response_sql, mask_params
    # The narrative's document carries its response's finding (search.index.response_document), so
    # no join to the responses; its mask is worked out before the join, which then carries no vectors.
    response_sql = (
        f"SELECT x.response_id FROM (SELECT d.response_id, d.finding_id, ({mask}) AS m"
        f" FROM search_searchdocument d WHERE d.kind = 'response' AND d.vector @@ ({wanted})) x"
        f" LEFT JOIN ({masks}) fm ON fm.fid = x.finding_id WHERE (x.m | COALESCE(fm.m, 0)) = {everything}"
    )
    return finding_sql, params, response_sql, mask_params + mask_params + params


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
