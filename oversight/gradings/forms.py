"""Forms for gradings and monitoring phase changes: parsing only; rules are in gradings.services."""

from django import forms
from django.utils import timezone

from oversight.core.forms import DateInput, GovukFormMixin

from .models import Grading, MonitoringPhase


class GradingForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label="Organisation graded")
    framework = forms.ChoiceField(choices=[("", "Choose the framework"), *Grading.Framework.choices])
    inspection_year = forms.IntegerField(
        label="Inspection year", min_value=2013, max_value=2100,
        help_text="From 2021 PEEL uses five grades (adding adequate); earlier years use four.",
        widget=forms.NumberInput(attrs={"class": "govuk-input govuk-input--width-4", "inputmode": "numeric"}))
    pillar = forms.CharField(required=False, max_length=100, help_text="For example: Effectiveness (before 2021)")
    area = forms.CharField(label="Graded question", max_length=200,
                           help_text="For example: Investigating crime")
    grade = forms.ChoiceField(choices=[("", "Choose the grade"), *Grading.Grade.choices])
    published_on = forms.DateField(label="Date the grading was published", widget=DateInput())
    report = forms.ModelChoiceField(queryset=None, required=False, label="Report (optional)")

    def __init__(self, *args, organisations, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["report"].queryset = reports


class PhaseChangeForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=None)
    phase = forms.ChoiceField(label="New monitoring phase", choices=[("", "Choose the phase"),
                                                                     *MonitoringPhase.Phase.choices])
    started_on = forms.DateField(label="Date of the change", widget=DateInput())
    reason = forms.CharField(label="Why", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    letter = forms.FileField(label="HMICFRS's notification letter", required=False)
    causes = forms.ModelMultipleChoiceField(queryset=None, required=False,
                                            label="Causes of concern that caused this change")
    closed_causes = forms.ModelMultipleChoiceField(queryset=None, required=False,
                                                   label="Causes of concern closed, leading to this change")

    def __init__(self, *args, organisations, causes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["causes"].queryset = causes
        self.fields["closed_causes"].queryset = causes
        self.fields["started_on"].initial = timezone.localdate()

    def clean_letter(self):
        from django.conf import settings

        letter = self.cleaned_data.get("letter")
        if letter and letter.size > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The letter is too large.")
        return letter
