"""The dashboard's figures, each with the register query string that lists exactly its rows.

Every figure counts the same rows the register shows (visible, not archived). The response figures
are read from tallies the database keeps (dashboard.tallies), so neither the number of queries nor
their cost grows with the number of responses (issue 17); closures count the submissions since a date.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Q, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from oversight.accounts import access
from oversight.activities.models import InspectionActivity
from oversight.gradings.models import MonitoringPhase
from oversight.gradings.services import latest_table
from oversight.organisations.models import BusinessArea, Portfolio
from oversight.reports.models import Finding
from oversight.reports.services import statutory_clock, statutory_published_on_time
from oversight.responses.models import ACTIVE_STATUSES, ClosureSubmission, Response

from .models import DueTally, ResponseTally

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


def tallies(user, scope):
    """The kept tallies (dashboard.models) under this scope: the register's rows (visible, active), counted
    ahead by the database, so a figure reads at most a few thousand tally rows (bounded by the number of
    organisations, portfolios, areas and owners, never by the number of responses)."""
    narrowed = {f"{name}_id": value.pk for name, value in scope.orm.items()}
    return (access.visible(ResponseTally.objects.filter(**narrowed), user),
            access.visible(DueTally.objects.filter(**narrowed), user))


def _label(choices, value):
    return dict(choices).get(value, value)


def _sum(**filters):
    return Coalesce(Sum("n", filter=Q(**filters)), 0)


def headline(kept, due, scope, today):
    """Open findings by kind, status and RAG; overdue; due soon; red. Two aggregate queries over the
    tallies: the active rows by their values, and by the date worked to (responses.due_sort), where
    overdue and due soon are sums over a range of dates, so they move with the day without a recount."""
    counts = {"open": Coalesce(Sum("n"), 0), "red": _sum(rag="red"), "unrated": _sum(rag="")}
    for kind in Finding.Kind.values:
        counts[f"kind_{kind}"] = _sum(kind=kind)
    for status in ACTIVE_STATUSES:
        counts[f"status_{status}"] = _sum(status=status)
    for rag in Response.Rag.values:
        counts[f"rag_{rag}"] = _sum(rag=rag)
    n = kept.aggregate(**counts)
    n.update(due_counts(due, today))
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


def due_counts(due, today):
    """Overdue and due soon, by the register's own rules (responses.models overdue_q, due_within_q):
    due before today (its year's earlier years, months and days), and due from today to DUE_SOON_DAYS on."""
    month, year = today.replace(day=1), today.replace(month=1, day=1)
    before = (Q(span="y", starts_on__lt=year) | Q(span="m", starts_on__gte=year, starts_on__lt=month)
              | Q(span="d", starts_on__gte=month, starts_on__lt=today))
    soon = Q(span="d", starts_on__range=(today, today + datetime.timedelta(days=DUE_SOON_DAYS)))
    return due.filter(before | soon).aggregate(overdue=Coalesce(Sum("n", filter=before), 0),
                                               due_soon=Coalesce(Sum("n", filter=soon), 0))


def by_reference(kept, scope, user):
    """Open findings by portfolio and by business area, with those not yet assigned (id 0): one query
    grouping the tallies by both (at most portfolios × areas rows), one for the names. A name looked
    up inside the grouping ran once a tally row (700 ms nationally at 1,000,000 on PostgreSQL)."""
    grouped = list(kept.values_list("portfolio_id", "business_area_id").annotate(n=Sum("n")).order_by())
    totals = {"portfolio": Counter(), "business_area": Counter()}
    for portfolio_id, area_id, n in grouped:
        totals["portfolio"][portfolio_id] += n
        totals["business_area"][area_id] += n
    names = _names(user, {k for k in totals["portfolio"] if k}, {k for k in totals["business_area"] if k})
    open_params = {**scope.params, "active": "true"}
    charts = {}
    for name, title, none_label in (("portfolio", "Open findings by portfolio", "No portfolio yet"),
                                     ("business_area", "Open findings by business area", "No business area yet")):
        counted = totals[name]
        figures = sorted((Figure(names[name, pk], n, {**open_params, name: pk}) for pk, n in counted.items()
                          if pk and n > 0), key=lambda f: (f.label, f.params[name]))
        figures.append(Figure(none_label, max(counted.get(0, 0), 0), {**open_params, "missing": name}))
        charts[f"by_{name}"] = Chart(title, figures, empty="No open findings.")
    return charts


def _names(user, portfolio_ids, area_ids):
    """{(field, id): name} of the portfolios and business areas counted, in one query."""
    portfolios = access.visible(Portfolio.objects.filter(pk__in=portfolio_ids), user).order_by().values_list(
        Value("portfolio"), "pk", "name")
    areas = access.visible(BusinessArea.objects.filter(pk__in=area_ids), user).order_by().values_list(
        Value("business_area"), "pk", "name")
    return {(field, pk): name for field, pk, name in portfolios.union(areas, all=True)}


def closures(user, scope, since):
    """Responses submitted for closure since a date, by finding kind and portal level (seed 003).

    One query reads the submissions since the date (closure_submitted_idx) and Python counts them:
    grouped in SQL, SQLite scanned every response for its submissions instead (1.1 s at 100,000 with
    none at all). They are a year's submissions, not every response."""
    submitted = access.visible(ClosureSubmission.objects.all(), user).filter(
        submitted_on__gte=since, response__archived_at__isnull=True,
        **{f"response__{name}": value for name, value in scope.orm.items()})
    groups, everyone = {}, set()
    for response_id, kind, code, position in submitted.values_list(
            "response_id", "response__finding__kind", "level__code", "level__position").order_by():
        groups.setdefault((kind, position, code), set()).add(response_id)
        everyone.add(response_id)
    kinds = dict(Finding.Kind.choices)
    order = {kind: i for i, kind in enumerate(sorted(kinds))}
    figures = [
        Figure(f"{kinds[kind]} {code}", len(ids),
               {**scope.params, "kind": kind, "closure_level": code, "submitted_since": since.isoformat()})
        for (kind, position, code), ids in sorted(groups.items(), key=lambda g: (order[g[0][0]], -g[0][1], _desc(g[0][2])))
    ]
    # The total counts responses, not submissions, like each row: one response with two levels counts once.
    total = Figure("Total", len(everyone), {**scope.params, "submitted_since": since.isoformat()})
    return figures, total


def _desc(text):
    """A sort key that orders strings backwards (the level's code, highest first)."""
    return [-ord(c) for c in text] + [1]


def row_figures(user, scope, since, today):
    """The figures counted over the register's rows: from the kept tallies (four queries) and the
    closure submissions since a date (two), for one force, a PCC office's forces or the country alike."""
    kept, due = tallies(user, scope)
    closure_figures, closure_total = closures(user, scope, since)
    return {
        **headline(kept, due, scope, today),
        **by_reference(kept, scope, user),
        "closures": closure_figures,
        "closure_total": closure_total,
    }


def context(user, scope, since, organisation_ids, today=None):
    """Everything the dashboard shows, in a fixed number of queries."""
    today = today or timezone.localdate()
    return {
        **row_figures(user, scope, since, today),
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
