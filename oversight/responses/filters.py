"""One filterset for the register: the page, its exports and the API all use it."""

import django_filters
from django import forms
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.functional import cached_property

from oversight.accounts.models import User
from oversight.core.dates import swap_date_fields
from oversight.core.forms import DateInput
from oversight.organisations.models import Board, BusinessArea, Organisation, Portfolio
from oversight.reports.models import Finding, Report

from .models import ACTIVE_STATUSES, ClosureSubmission, Response, active_q, due_within_q

SORTS = {
    "due": ("due_sort", "id"),
    "-due": ("-due_sort", "-id"),
    "published": ("finding__report__published_on", "finding__position", "id"),
    "-published": ("-finding__report__published_on", "finding__position", "id"),
    "status": ("status", "id"),
    "rag": ("rag", "id"),
    # By name, as the register shows them; the names are kept on the response (migration 0006).
    "owner": ("owner_last_name", "owner_first_name", "id"),
    "updated": ("latest_update_on", "id"),
    "-updated": ("-latest_update_on", "-id"),
}

# The dropdowns of the register's filter, rendered from ResponseFilterSet.selects.
SELECTS = ["organisation", "report", "kind", "applicability", "portfolio", "business_area", "board", "owner", "sort"]
REPORTS_SHOWN = 200
KEPT = ["organisation", "portfolio", "business_area", "board", "owner"]  # lists kept per person

# Fields a response may not have yet, for "not rated", "no portfolio" ... figures of the dashboard.
MISSING = [("rag", "RAG"), ("owner", "Owner"), ("portfolio", "Portfolio"), ("business_area", "Business area")]


class ResponseFilterSet(django_filters.FilterSet):
    """Filters of the register. Unknown choice values are reported as form errors, not ignored."""

    q = django_filters.CharFilter(method="filter_text", label="Search text")
    organisation = django_filters.ModelChoiceFilter(queryset=Organisation.objects.none(), label="Organisation", empty_label="Any")
    report = django_filters.ModelChoiceFilter(field_name="finding__report", queryset=Report.objects.none(), label="Report", empty_label="Any")
    kind = django_filters.ChoiceFilter(field_name="finding__kind", choices=Finding.Kind.choices, label="Kind", empty_label="Any")
    # distinct=False: both are columns of the response itself, so no join can repeat a row, and
    # DISTINCT over the register's wide rows cost a disk sort nationally (issue 17).
    status = django_filters.MultipleChoiceFilter(
        choices=Response.Status.choices, label="Status", widget=forms.CheckboxSelectMultiple, distinct=False
    )
    rag = django_filters.MultipleChoiceFilter(choices=Response.Rag.choices, label="RAG",
                                              widget=forms.CheckboxSelectMultiple, distinct=False)
    applicability = django_filters.ChoiceFilter(choices=Response.Applicability.choices, label="Applies to us", empty_label="Any")
    portfolio = django_filters.ModelChoiceFilter(queryset=Portfolio.objects.none(), label="Portfolio", empty_label="Any")
    business_area = django_filters.ModelChoiceFilter(queryset=BusinessArea.objects.none(), label="Business area", empty_label="Any")
    board = django_filters.ModelChoiceFilter(queryset=Board.objects.none(), label="Board", empty_label="Any")
    owner = django_filters.ModelChoiceFilter(queryset=User.objects.none(), label="Owner", empty_label="Any")
    overdue = django_filters.BooleanFilter(method="filter_overdue", label="Overdue only", widget=forms.CheckboxInput)
    due_within = django_filters.NumberFilter(method="filter_due_within", label="Due within (days)",
                                            min_value=0, max_value=3650)
    active = django_filters.BooleanFilter(method="filter_active", label="Active only", widget=forms.CheckboxInput)
    missing = django_filters.MultipleChoiceFilter(
        method="filter_missing", label="Not yet set", choices=MISSING, widget=forms.CheckboxSelectMultiple
    )
    # seed 003: closure submissions counted by level since a date; read together in filter_queryset.
    closure_level = django_filters.CharFilter(method="filter_closure", label="Closure level submitted")
    submitted_since = django_filters.DateFilter(
        method="filter_closure", label="Submitted for closure since", widget=DateInput()
    )
    sort = django_filters.ChoiceFilter(
        method="filter_sort", label="Sort by", empty_label=None,
        choices=[("published", "Report date (oldest first)"), ("-published", "Report date (newest first)"),
                 ("due", "Due date (soonest first)"), ("-due", "Due date (latest first)"), ("status", "Status"),
                 ("rag", "RAG"), ("owner", "Owner"), ("-updated", "Last update (newest first)")],
    )

    class Meta:
        model = Response
        fields = []

    def __init__(self, data=None, queryset=None, *, request=None, **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        # Choices come only from organisations the user may see, so another organisation's ids are invalid.
        from oversight.accounts import access

        user = request.user if request else None
        for name, model in (("organisation", Organisation), ("portfolio", Portfolio), ("business_area", BusinessArea),
                            ("board", Board), ("owner", User), ("report", Report)):
            self.filters[name].queryset = access.visible(model.objects.all(), user)
        swap_date_fields(self.form)  # the GOV.UK date input (day, month, year), as on every form

    @cached_property
    def selects(self):
        """Each dropdown's options as (value, label, selected), for the page: one SELECT a list.

        A `{% for %}` over a ModelChoiceIterator counts, then selects (two queries a list); here
        each list is read once. Validation still checks against the whole visible queryset.
        """
        form = self.form
        chosen = {name: str(form[name].value() or "") for name in SELECTS}
        kept = self._kept_options()
        lists = {}
        for name in SELECTS:
            field = form.fields[name]
            if name == "report":  # follows every response's status, so read live (one query)
                options = [("", "Any"), *self._report_options(field.queryset, chosen["report"])]
            elif name in kept:
                options = kept[name]
            else:
                options = [(str(v), label) for v, label in field.choices]
            lists[name] = [(value, label or "Any", value == chosen[name]) for value, label in options]
        return lists

    def _kept_options(self):
        """The reference lists' options, built once per person and kept until a list changes
        (responses/choices.py): five queries a request before."""
        from oversight.accounts import access

        from . import choices

        user = self.request.user if self.request else None
        if user is None or not user.is_authenticated:
            return {}
        fields = self.form.fields

        def build():
            return {name: [("", fields[name].empty_label), *((str(o.pk), str(o)) for o in fields[name].queryset)]
                    for name in KEPT}

        return choices.lists(user, access.organisation_ids(user), "filter", build)

    def _report_options(self, reports, chosen):
        """Reports with active responses in the reader's scope, newest first and at most REPORTS_SHOWN,
        so the page does not grow with every report ever published; a chosen report is always kept."""
        from oversight.accounts import access

        user = self.request.user if self.request else None
        active = access.visible(Response.objects.filter(finding__report=OuterRef("pk")), user).filter(active_q())
        # A report that holds a response the reader may see is one they may see (access._reports,
        # "answered"), so the visible responses alone decide; re-applying the report rule on top
        # hashed every response of the scope (60 ms at 1,000,000).
        # (id, title) pairs, not Report instances: half the time of the list (3 ms at 117 reports).
        shown = list(Report.objects.filter(Exists(active)).order_by("-published_on", "-id")
                     .values_list("pk", "title")[:REPORTS_SHOWN])
        if chosen and chosen not in {str(pk) for pk, _ in shown}:
            shown += list(reports.filter(pk=chosen).values_list("pk", "title")) if chosen.isdigit() else []
        return [(str(pk), title) for pk, title in shown]  # Report.__str__ is its title

    def filter_text(self, queryset, name, value):
        """Every word must be found: through the full-text index (SQLite FTS5 or PostgreSQL's
        tsvector) in the finding, its report or the response, or as the finding's reference."""
        from oversight.search.backends import register_text_filter, register_text_is_common

        value = value.strip()
        if not value:
            return queryset
        if connection.vendor != "postgresql" or not register_text_is_common(value):
            return queryset.filter(register_text_filter(value))
        # Words of many texts: PostgreSQL charges the search's subqueries again for every report the
        # register's order walks when the condition sits on the responses, so it read and joined every
        # response (1.4 s at 1,000,000). An always-false term on the report lifts the condition to the
        # top join, where it is charged once (90 ms); the second filter keeps the report joins INNER.
        # Not for rare words: there the walk reads every row anyway, and filtering responses before
        # joining them is cheaper (270 ms against 830 ms for a word of nothing at 1,000,000).
        # (A column of the report itself: Django reads finding__report__pk from the finding.)
        return queryset.filter(register_text_filter(value) | Q(finding__report__title__lt="")).filter(
            finding__report__title__gte="")

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue() if value else queryset

    def filter_due_within(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(due_within_q(timezone.localdate(), int(value)))

    def filter_active(self, queryset, name, value):
        return queryset.filter(status__in=ACTIVE_STATUSES) if value else queryset

    def filter_missing(self, queryset, name, value):
        for field in value:
            queryset = queryset.filter(rag="") if field == "rag" else queryset.filter(**{f"{field}__isnull": True})
        return queryset

    def filter_closure(self, queryset, name, value):
        return queryset  # both values are applied together in filter_queryset, on the same submission

    def filter_queryset(self, queryset):
        # Archived responses leave the register, its export and the API's list alike (issue 15).
        queryset = super().filter_queryset(queryset.filter(archived_at__isnull=True))
        level, since = self.form.cleaned_data.get("closure_level"), self.form.cleaned_data.get("submitted_since")
        if level or since:
            submissions = ClosureSubmission.objects.filter(response=OuterRef("pk"))
            if level:
                submissions = submissions.filter(level__code=level)
            if since:
                submissions = submissions.filter(submitted_on__gte=since)
            queryset = queryset.filter(Exists(submissions))
        return queryset

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORTS[value])  # each sort has its index (responses migrations 0005, 0006)
