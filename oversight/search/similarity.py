"""Similar findings: TF-IDF over finding texts (scikit-learn), compared by cosine similarity.

A liaison officer sees, for any finding, the most similar findings of other reports (across years
and inspection types) with a score, and extraction review and import preview call
`likely_duplicates` to flag findings already in the register before they are confirmed.
"""

import threading
from dataclasses import dataclass

import numpy as np
from django.db.models import Count, Max
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

from oversight.accounts import access
from oversight.reports.models import Finding

# Scores are cosine similarities between 0 and 1. On the labelled pairs of
# search/tests/data/related_findings.json the same finding printed twice scores 1.0 and no two
# different findings of different reports score above 0.19, so 0.6 flags duplicates with room
# for small edits (a changed date or addressee) without flagging merely related findings.
DUPLICATE_THRESHOLD = 0.6
SUGGEST_THRESHOLD = 0.05

# Words every finding uses say nothing about what it is about.
STOP_WORDS = sorted(ENGLISH_STOP_WORDS | {
    "force", "forces", "police", "policing", "chief", "constables", "constable", "service",
    "services", "ensure", "make", "sure", "immediately", "recommendation", "improvement", "area",
})


def vectoriser():
    """Words and word pairs, rarer ones weighing more; measured best on the labelled pairs (issue 7)."""
    return TfidfVectorizer(
        stop_words=STOP_WORDS, ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z]+\b"
    )


def similarity_matrix(texts):
    """Cosine similarity of every text with every other (used by the quality measurement)."""
    matrix = vectoriser().fit_transform(texts)
    return linear_kernel(matrix, matrix)


@dataclass(frozen=True)
class Match:
    finding: Finding
    score: float

    @property
    def percent(self):
        return round(self.score * 100)


class _Model:
    """The fitted TF-IDF over all printed findings, refitted when a finding is added or changed."""

    def __init__(self, stamp, ids, report_ids, vectoriser, matrix):
        self.stamp, self.ids, self.report_ids = stamp, ids, report_ids
        self.vectoriser, self.matrix = vectoriser, matrix
        self.position = {finding_id: i for i, finding_id in enumerate(ids)}


_lock = threading.Lock()
_model = None


def _corpus():
    return Finding.objects.filter(archived_at__isnull=True, text_is_printed=True)


def model():
    """The current model; one cheap query checks whether the findings changed since it was fitted."""
    global _model
    stamp = tuple(_corpus().aggregate(n=Count("id"), last=Max("updated_at"), top=Max("id")).values())
    with _lock:
        if _model is None or _model.stamp != stamp:
            rows = list(_corpus().order_by("id").values_list("id", "report_id", "text"))
            fitted = vectoriser()
            matrix = fitted.fit_transform([text for _, _, text in rows]) if rows else None
            _model = _Model(
                stamp, np.array([r[0] for r in rows]), np.array([r[1] for r in rows]), fitted, matrix
            )
        return _model


def _best(scores, allowed_mask, limit, threshold):
    scores = np.where(allowed_mask, scores, -1.0)
    top = np.argsort(-scores, kind="stable")[:limit]
    return [(i, float(scores[i])) for i in top if scores[i] >= threshold]


def similar_findings(finding, user, limit=5, threshold=SUGGEST_THRESHOLD):
    """The findings of other reports most like `finding`, that `user` may see, best first."""
    fitted = model()
    if fitted.matrix is None or finding.pk not in fitted.position:
        return []
    scores = linear_kernel(fitted.matrix[fitted.position[finding.pk]], fitted.matrix).ravel()
    other_reports = fitted.report_ids != finding.report_id
    # Take a generous head, then keep what access allows, so one query answers visibility.
    head = _best(scores, other_reports, limit * 10, threshold)
    visible = access.visible(Finding.objects.select_related("report"), user).filter(
        pk__in=[int(fitted.ids[i]) for i, _ in head]
    )
    by_id = {f.pk: f for f in visible}
    matches = [Match(by_id[int(fitted.ids[i])], score) for i, score in head if int(fitted.ids[i]) in by_id]
    return matches[:limit]


def likely_duplicates(texts, organisation, threshold=DUPLICATE_THRESHOLD, limit=3):
    """For each text, the organisation's existing findings it probably repeats, with scores.

    "Existing" means findings the organisation (or one it oversees) responds to or whose report
    involved it. Returns one list of Match per text, best first, empty where nothing is close.
    """
    fitted = model()
    texts = list(texts)
    if fitted.matrix is None or not texts:
        return [[] for _ in texts]
    own = access.held_by(Finding.objects.all(), organisation).values_list("id", flat=True)
    own_mask = np.isin(fitted.ids, np.array(list(set(own)), dtype=fitted.ids.dtype))
    scores = linear_kernel(fitted.vectoriser.transform(texts), fitted.matrix)
    heads = [_best(row, own_mask, limit, threshold) for row in scores]
    wanted = {int(fitted.ids[i]) for head in heads for i, _ in head}
    by_id = Finding.objects.select_related("report").in_bulk(wanted)
    return [[Match(by_id[int(fitted.ids[i])], score) for i, score in head] for head in heads]
