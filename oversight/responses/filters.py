"""One filterset for the register: the page, its exports and the API all use it."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from oversight.accounts.models import User
from oversight.organisations.models import Board, BusinessArea, Organisation, Portfolio
from oversight.reports.models import Finding, Report

from .models import ACTIVE_STATUSES, ClosureSubmission, Response, due_within_q

SORTS = {
    "due": ("due_sort", "id"),
    "-due": ("-due_sort", "-id"),
    "published": ("finding__report__published_on", "finding__position", "id"),
    "-published": ("-finding__report__published_on", "finding__position", "id"),
    "status": ("status", "id"),
    "rag": ("rag", "id"),
    "owner": ("owner__last_name", "owner__first_name", "id"),  # by name, as the register shows them
    "updated": ("last_update_on", "id"),
    "-updated": ("-last_update_on", "-id"),
}

# Fields a response may not have yet, for "not rated", "no portfolio" ... figures of the dashboard.
MISSING = [("rag", "RAG"), ("owner", "Owner"), ("portfolio", "Portfolio"), ("business_area", "Business area")]


class ResponseFilterSet(django_filters.FilterSet):
    """Filters of the register. Unknown choice values are reported as form errors, not ignored."""

    q = django_filters.CharFilter(method="filter_text", label="Search text")
    organisation = django_filters.ModelChoiceFilter(queryset=Organisation.objects.none(), label="Organisation", empty_label="Any")
    report = django_filters.ModelChoiceFilter(field_name="finding__report", queryset=Report.objects.none(), label="Report", empty_label="Any")
    kind = django_filters.ChoiceFilter(field_name="finding__kind", choices=Finding.Kind.choices, label="Kind", empty_label="Any")
    status = django_filters.MultipleChoiceFilter(
        choices=Response.Status.choices, label="Status", widget=forms.CheckboxSelectMultiple
    )
    rag = django_filters.MultipleChoiceFilter(choices=Response.Rag.choices, label="RAG", widget=forms.CheckboxSelectMultiple)
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
        method="filter_closure", label="Submitted for closure since", widget=forms.DateInput(attrs={"type": "date"})
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

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        q = Q()
        for word in value.split():
            q &= (
                Q(finding__text__icontains=word) | Q(finding__report__title__icontains=word)
                | Q(narrative__icontains=word) | Q(finding__ref__iexact=word)
            )
        return queryset.filter(q)

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
        from django.db.models.functions import Coalesce

        return queryset.annotate(due_sort=Coalesce("target_on", "finding__due_on")).order_by(*SORTS[value])
