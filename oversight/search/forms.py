"""Search and link forms."""

from django import forms

from oversight.core.forms import GovukFormMixin
from oversight.reports.models import FindingLink

from .models import SearchDocument


class SearchForm(GovukFormMixin, forms.Form):
    q = forms.CharField(label="Search for", max_length=200, required=False)
    kind = forms.MultipleChoiceField(
        label="Show", choices=SearchDocument.Kind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    organisation = forms.TypedChoiceField(label="Organisation", coerce=int, required=False, empty_value=None)

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [("", "All my organisations")] + [(o.pk, o.name) for o in organisations]
        self.fields["kind"].widget.attrs["class"] = "govuk-checkboxes__input"


class LinkForm(GovukFormMixin, forms.Form):
    target = forms.IntegerField(widget=forms.HiddenInput)
    relation = forms.ChoiceField(label="How is it related?", choices=FindingLink.Relation.choices)
