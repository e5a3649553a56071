"""Quality of the similar-findings method on the hand-labelled pairs of real findings.

    .venv/bin/python bench/similarity.py

Prints ROC AUC over every pair of findings from different reports (related vs the rest),
hit rate and precision among each finding's three best matches, and mean scores.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from oversight.search import quality  # noqa: E402


def main():
    q = quality.measure()
    print(f"{q.findings} findings, {q.related_pairs} related pairs, {q.unrelated_pairs} unrelated pairs (different reports)")
    print(f"ROC AUC {q.roc_auc:.3f}")
    print(f"best match related (hit@1) {q.hit_at_1:.2f}; a related one in the top 3 (hit@3) {q.hit_at_3:.2f}; "
          f"recall@3 {q.recall_at_3:.2f}; precision@3 {q.precision_at_3:.2f}")
    print(f"mean score related {q.mean_related:.3f}, unrelated {q.mean_unrelated:.3f}; duplicates {q.duplicate_scores}")


if __name__ == "__main__":
    main()
