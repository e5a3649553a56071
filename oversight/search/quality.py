"""Measure how well similarity finds related findings, on a labelled set of pairs from real reports.

Used by the similarity test and bench/similarity.py; see search/tests/data/related_findings.json.
"""

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from .similarity import similarity_matrix

LABELLED = Path(__file__).parent / "tests" / "data" / "related_findings.json"


@dataclass
class Quality:
    findings: int
    related_pairs: int
    unrelated_pairs: int
    roc_auc: float
    hit_at_1: float  # share of findings with a related partner whose best match is a related one
    hit_at_3: float
    recall_at_3: float  # share of each finding's related partners found among its three best matches
    precision_at_3: float  # share of each finding's three best matches that are related
    mean_related: float
    mean_unrelated: float
    duplicate_scores: list


def load(path=LABELLED):
    return json.loads(Path(path).read_text())


def measure(data=None, scorer=similarity_matrix):
    """Score every pair of findings from different reports and compare with the hand labels."""
    data = data or load()
    findings = data["findings"]
    ids = [f["id"] for f in findings]
    position = {finding_id: i for i, finding_id in enumerate(ids)}
    reports = np.array([f["report"] for f in findings])
    related = {frozenset((a, b)) for a, b, *_ in data["related"]}
    scores = scorer([f["text"] for f in findings])
    labels, values = [], []
    for a, b in combinations(range(len(ids)), 2):
        if reports[a] != reports[b]:
            labels.append(frozenset((ids[a], ids[b])) in related)
            values.append(scores[a, b])
    labels, values = np.array(labels), np.array(values)
    partners = {}
    for pair in related:
        a, b = tuple(pair)
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    hits1 = hits3 = recall3 = precision3 = 0
    for finding_id, wanted in partners.items():
        i = position[finding_id]
        row = np.where(reports != reports[i], scores[i], -1.0)
        top = [ids[j] for j in np.argsort(-row, kind="stable")[:3]]
        hits1 += top[0] in wanted
        hits3 += bool(wanted & set(top))
        recall3 += len(wanted & set(top)) / min(3, len(wanted))
        precision3 += len(wanted & set(top)) / 3
    n = len(partners)
    return Quality(
        findings=len(ids), related_pairs=int(labels.sum()), unrelated_pairs=int((~labels).sum()),
        roc_auc=float(roc_auc_score(labels, values)), hit_at_1=hits1 / n, hit_at_3=hits3 / n,
        recall_at_3=recall3 / n, precision_at_3=precision3 / n, mean_related=float(values[labels].mean()),
        mean_unrelated=float(values[~labels].mean()),
        duplicate_scores=[
            float(scores[position[a], position[b]]) for a, b, relation, *_ in data["related"] if relation == "duplicates"
        ],
    )
