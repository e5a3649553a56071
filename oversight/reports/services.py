"""Counts and rules about reports and findings. Totals are always counted from findings, never typed."""

from collections import Counter

from django.db.models import Count, Q, QuerySet

from .models import Finding


def finding_totals(report, responses):
    """The report's findings counted by kind, and how many apply by the given responses (a queryset,
    or organisation ids, whose responses count).

    "14 recommendations were made in total, of which 5 were applicable to Chief Constables" (seed 003)
    is `{"recommendation": {"total": 14, "applicable": 5}}` here.
    """
    if not isinstance(responses, QuerySet):
        from oversight.responses.models import Response

        responses = Response.objects.filter(organisation_id__in=list(responses))
    ids = responses.values("id")
    rows = Finding.objects.filter(report=report, archived_at__isnull=True).values("kind").annotate(
        total=Count("id", distinct=True),
        applicable=Count("id", distinct=True, filter=Q(responses__in=ids, responses__applicability="applies")),
        monitored=Count("id", distinct=True, filter=Q(responses__in=ids, responses__applicability="monitor_only")),
    )
    totals = {row["kind"]: row for row in rows}
    return [
        {"kind": kind, "label": label, **{k: totals.get(kind, {}).get(k, 0) for k in ("total", "applicable", "monitored")}}
        for kind, label in Finding.Kind.choices
    ]


def addressee_counts(findings):
    """How many findings name each addressee (a finding naming several counts for each)."""
    return Counter(a for f in findings for a in f.addressees)
