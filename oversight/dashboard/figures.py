"""The dashboard's figures, each with the register query string that lists exactly its rows.

Every figure is counted by an aggregate query over the same rows the register shows (visible,
not archived), so the number of SQL queries stays the same whatever the number of responses.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from oversight.accounts import access
from oversight.activities.models import InspectionActivity
from oversight.gradings.models import MonitoringPhase
from oversight.gradings.services import latest_table
from oversight.reports.models import Finding
from oversight.reports.services import statutory_clock, statutory_published_on_time
from oversight.responses.models import (
    ACTIVE_STATUSES,
    ClosureSubmission,
    Response,
    active_q,
    due_within_q,
    overdue_q,
)

DUE_SOON_DAYS = 30
UPCOMING = 6


@dataclass
class Figure:
    label: str
    count: int
    params: dict

    @property
    def url(self):
        return reverse("responses:register") + "?" + urlencode(self.params, doseq=True)


@dataclass
class Chart:
    """A bar chart that is also a table, with a sentence saying what it shows."""

    title: str
    figures: list
    empty: str = "None."
    summary: str = field(default="")

    def __post_init__(self):
        self.total = sum(f.count for f in self.figures)
        top = max(self.figures, key=lambda f: f.count, default=None)
        self.top = top.count if top else 0
        for f in self.figures:
            f.percent = round(100 * f.count / self.top) if self.top else 0
        if not self.summary:
            shown = [f for f in self.figures if f.count]
            if not shown:
                self.summary = self.empty
            else:
                parts = [f"{f.label} {f.count}" for f in sorted(shown, key=lambda f: -f.count)]
                self.summary = f"{self.total} in all. " + ", ".join(parts) + "."


@dataclass
class Scope:
    """Whose responses the dashboard counts: ORM filters plus the same filters as register parameters."""

    label: str
    orm: dict
    params: dict
    mine: bool = False


def scope_for(user, organisation=None, view=None, portfolio=None):
    """A portfolio lead's and an action owner's dashboard starts from their own work (issue 7)."""
    orm, params = {}, {}
    if organisation is not None:
        orm["organisation"] = organisation
        params["organisation"] = organisation.pk
    led = lead_portfolios(user)
    if view != "all" and (portfolio is not None or led):
        chosen = portfolio or led[0]
        return Scope(f"{chosen.name} portfolio", {**orm, "portfolio": chosen}, {**params, "portfolio": chosen.pk}, True)
    if view != "all" and owns_work(user):
        return Scope("Your work", {**orm, "owner": user}, {**params, "owner": user.pk}, True)
    return Scope(organisation.name if organisation else "All your organisations", orm, params)


def lead_portfolios(user):
    return [p for m in access.memberships(user) if m.role == "portfolio_lead" for p in m.portfolios.all()]


def owns_work(user):
    return any(m.role == "action_owner" for m in access.memberships(user))


def register_rows(user, scope):
    """The register's rows under this scope: visible, not archived."""
    return access.visible(Response.objects.all(), user).filter(archived_at__isnull=True, **scope.orm)


def _label(choices, value):
    return dict(choices).get(value, value)


def headline(rows, scope, today):
    """Open findings by kind, status and RAG; overdue; due soon; red. One aggregate query."""
    active = active_q()
    counts = {
        "open": Count("pk", filter=active),
        # The register's own rules for overdue and due soon (responses.models), so they cannot drift.
        "overdue": Count("pk", filter=overdue_q(today)),
        "due_soon": Count("pk", filter=due_within_q(today, DUE_SOON_DAYS)),
        "red": Count("pk", filter=active & Q(rag="red")),
        "unrated": Count("pk", filter=active & Q(rag="")),
    }
    for kind in Finding.Kind.values:
        counts[f"kind_{kind}"] = Count("pk", filter=active & Q(finding__kind=kind))
    for status in ACTIVE_STATUSES:
        counts[f"status_{status}"] = Count("pk", filter=Q(status=status))
    for rag in Response.Rag.values:
        counts[f"rag_{rag}"] = Count("pk", filter=active & Q(rag=rag))
    n = rows.aggregate(**counts)
    base = {**scope.params}
    open_params = {**base, "active": "true"}
    return {
        "open": Figure("Open findings", n["open"], open_params),
        "overdue": Figure("Overdue", n["overdue"], {**base, "overdue": "true"}),
        "due_soon": Figure(f"Due in the next {DUE_SOON_DAYS} days", n["due_soon"], {**base, "due_within": DUE_SOON_DAYS}),
        "red": Figure("Red-rated", n["red"], {**open_params, "rag": "red"}),
        "by_kind": Chart("Open findings by kind", [
            Figure(label, n[f"kind_{kind}"], {**open_params, "kind": kind}) for kind, label in Finding.Kind.choices
        ], empty="No open findings."),
        "by_status": Chart("Open findings by status", [
            Figure(_label(Response.Status.choices, s), n[f"status_{s}"], {**base, "status": s}) for s in ACTIVE_STATUSES
        ], empty="No open findings."),
        "by_rag": Chart("Open findings by RAG rating", [
            *(Figure(label, n[f"rag_{rag}"], {**open_params, "rag": rag}) for rag, label in Response.Rag.choices),
            Figure("Not rated", n["unrated"], {**open_params, "missing": "rag"}),
        ], empty="No open findings."),
    }


def by_reference(rows, scope, field, title, none_label):
    """Open findings by portfolio or business area, with those not yet assigned. One query."""
    grouped = (
        rows.filter(status__in=ACTIVE_STATUSES).values(f"{field}_id", f"{field}__name")
        .annotate(n=Count("pk")).order_by(f"{field}__name")
    )
    open_params = {**scope.params, "active": "true"}
    figures, unassigned = [], 0
    for row in grouped:
        if row[f"{field}_id"] is None:
            unassigned = row["n"]
        else:
            figures.append(Figure(row[f"{field}__name"], row["n"], {**open_params, field: row[f"{field}_id"]}))
    figures.append(Figure(none_label, unassigned, {**open_params, "missing": field}))
    return Chart(title, figures, empty="No open findings.")


def closures(rows, scope, since):
    """Responses submitted for closure since a date, by finding kind and portal level (seed 003). One query."""
    grouped = (
        ClosureSubmission.objects.filter(response__in=rows.values("pk"), submitted_on__gte=since)
        .values("response__finding__kind", "level__code", "level__position")
        .annotate(n=Count("response", distinct=True))
        .order_by("response__finding__kind", "-level__position", "-level__code")
    )
    kinds = dict(Finding.Kind.choices)
    figures = [
        Figure(
            f"{kinds[row['response__finding__kind']]} {row['level__code']}", row["n"],
            {**scope.params, "kind": row["response__finding__kind"], "closure_level": row["level__code"],
             "submitted_since": since.isoformat()},
        )
        for row in grouped
    ]
    total = Figure("Total", 0, {**scope.params, "submitted_since": since.isoformat()})
    return figures, total


def row_figures(user, scope, since, today):
    """The figures counted over the register's rows: five aggregate queries over every visible row."""
    rows = register_rows(user, scope)
    closure_figures, closure_total = closures(rows, scope, since)
    # The total counts responses, not submissions, like each row: one response with two levels counts once.
    closure_total.count = rows.filter(
        Exists(ClosureSubmission.objects.filter(response=OuterRef("pk"), submitted_on__gte=since))
    ).count()
    return {
        **headline(rows, scope, today),
        "by_portfolio": by_reference(rows, scope, "portfolio", "Open findings by portfolio", "No portfolio yet"),
        "by_business_area": by_reference(
            rows, scope, "business_area", "Open findings by business area", "No business area yet"
        ),
        "closures": closure_figures,
        "closure_total": closure_total,
    }


def national_row_figures(user, scope, since, today):
    """Someone who sees every organisation: the row figures counted at most every NATIONAL_SECONDS.

    Counted live they scan every response in the country on each visit, so the page grows with the
    data (issue 17: 441 ms at 300,000 on PostgreSQL); kept for a few minutes they cost one cache
    read. A force's or a PCC office's dashboard counts only its own rows and stays live.
    """
    from django.core.cache import cache

    key = "dashboard-national:" + urlencode(sorted({**scope.params, "since": since, "today": today}.items()))
    kept = cache.get(key)
    if kept is None:
        kept = {**row_figures(user, scope, since, today), "figures_at": timezone.now()}
        cache.set(key, kept, NATIONAL_SECONDS)
    return kept


NATIONAL_SECONDS = 300


def context(user, scope, since, organisation_ids, today=None):
    """Everything the dashboard shows, in a fixed number of queries."""
    today = today or timezone.localdate()
    counted = national_row_figures if access.scope(user).everything else row_figures
    return {
        **counted(user, scope, since, today),
        "since": since,
        "phases": list(
            MonitoringPhase.objects.filter(organisation_id__in=organisation_ids, started_on__lte=today)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=today)).select_related("organisation")
            .order_by("organisation__name", "-started_on")
        ),
        "gradings": latest_table(organisation_ids),
        "activities": list(
            InspectionActivity.objects.filter(organisation_id__in=organisation_ids)
            .filter(Q(starts_on__gte=today) | Q(ends_on__gte=today)).select_related("organisation", "report")
            .order_by("starts_on", "id")[:UPCOMING]
        ),
        "statutory_due": statutory_clock(organisation_ids, today)[:UPCOMING],
        "statutory_on_time": statutory_published_on_time(organisation_ids, since=since),
        "today": today,
    }


def default_since(today=None):
    """Closure counts start a year back unless the reader chooses a date."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=365)
