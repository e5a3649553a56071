"""The audit page's filters: by person, by date and by record. The page and its CSV share them."""

import django_filters
from auditlog.models import LogEntry
from django import forms
from django.contrib.contenttypes.models import ContentType

from oversight.core.forms import DateInput, GovukFormMixin

from .registry import tracked_models


class AuditForm(GovukFormMixin, forms.Form):
    pass


def record_types(request):
    ids = [ContentType.objects.get_for_model(m).pk for m in tracked_models()]
    return ContentType.objects.filter(pk__in=ids).order_by("model")


def people(request):
    from .scoping import visible_people

    return visible_people(request.user if request else None)


class LogEntryFilterSet(django_filters.FilterSet):
    """Who changed what and when; `record` narrows to one record of one kind."""

    actor = django_filters.ModelChoiceFilter(queryset=people, label="Person", empty_label="Anyone")
    since = django_filters.DateFilter(
        field_name="timestamp", lookup_expr="date__gte", label="From", widget=DateInput()
    )
    until = django_filters.DateFilter(
        field_name="timestamp", lookup_expr="date__lte", label="To", widget=DateInput()
    )
    record_type = django_filters.ModelChoiceFilter(
        field_name="content_type", queryset=record_types, label="Kind of record", empty_label="Any kind"
    )
    record = django_filters.NumberFilter(field_name="object_id", label="Record number")
    q = django_filters.CharFilter(field_name="object_repr", lookup_expr="icontains", label="Record name contains")

    class Meta:
        model = LogEntry
        fields = []
        form = AuditForm

