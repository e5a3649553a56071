"""Forms for the reference lists: parsing only; rules (duplicates, archiving) are in organisations.services."""

from django import forms
from django.contrib.auth import get_user_model

from oversight.core.forms import GovukFormMixin


def list_form(model, fields, organisation_ids, data=None, instance=None, organisations=None):
    """A GOV.UK form for one list's fields, its choices limited to the organisations in play."""
    form_class = forms.modelform_factory(
        model, form=type("ListForm", (GovukFormMixin, forms.ModelForm), {"_post_clean": lambda self: None}),
        fields=fields)
    form = form_class(data, instance=instance)
    if organisations is not None:
        form.fields["organisation"] = forms.ModelChoiceField(queryset=organisations, label="Organisation")
        form.order_fields(["organisation", *fields])
        form.fields["organisation"].widget.attrs["class"] = "govuk-select"
    people = get_user_model().objects.filter(memberships__organisation_id__in=organisation_ids).distinct()
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or name == "organisation":
            continue
        related = queryset.model
        if related is get_user_model():
            field.queryset = people
        elif related._meta.model_name == "committee":
            field.queryset = related.objects.filter(organisation_id__in=organisation_ids)
        else:
            field.queryset = related.objects.filter(organisation_id__in=organisation_ids, archived_at__isnull=True)
            if instance is not None and instance.pk and related is model:
                field.queryset = field.queryset.exclude(pk=instance.pk)
    if "description" in form.fields and model._meta.model_name == "closurelevel":
        form.fields["description"].label = "What the level means"
        form.fields["description"].help_text = "Shown wherever the level is chosen, for example when submitting for closure"
    return form


class ArchiveForm(GovukFormMixin, forms.Form):
    reason = forms.CharField(label="Why is it archived?", max_length=500)
