"""Forms for gradings and monitoring phase changes: parsing only; rules are in gradings.services."""

from django import forms
from django.utils import timezone

from oversight.core.forms import DateInput, GovukFormMixin

from .models import Grading, MonitoringPhase


class GradingForm(GovukFormMixin, forms.Form):
    """A report's gradings: what they share, then one row per graded question (blank rows are ignored)."""

    ROWS = 8

    organisation = forms.ModelChoiceField(queryset=None, label="Organisation graded")
    framework = forms.ChoiceField(choices=[("", "Choose the framework"), *Grading.Framework.choices])
    inspection_year = forms.IntegerField(
        label="Inspection year", min_value=2013, max_value=2100,
        help_text="From 2021 PEEL uses five grades (adding adequate); earlier years use four.",
        widget=forms.NumberInput(attrs={"class": "govuk-input govuk-input--width-4", "inputmode": "numeric"}))
    published_on = forms.DateField(label="Date the gradings were published", widget=DateInput())
    report = forms.ModelChoiceField(queryset=None, required=False, label="Report (optional)")

    def __init__(self, *args, organisations, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["report"].queryset = reports
        for n in range(1, self.ROWS + 1):
            self.fields[f"pillar_{n}"] = forms.CharField(
                label=f"Pillar {n}", required=False, max_length=100,
                help_text="For example: Effectiveness (before 2021)" if n == 1 else "")
            self.fields[f"area_{n}"] = forms.CharField(
                label=f"Graded question {n}", required=False, max_length=200,
                help_text="For example: Investigating crime" if n == 1 else "")
            self.fields[f"grade_{n}"] = forms.ChoiceField(
                label=f"Grade {n}", required=False, choices=[("", "Choose the grade"), *Grading.Grade.choices])

    def common_fields(self):
        return [self[name] for name in ("organisation", "framework", "inspection_year", "published_on", "report")]

    def row_fields(self):
        return [(n, self[f"pillar_{n}"], self[f"area_{n}"], self[f"grade_{n}"]) for n in range(1, self.ROWS + 1)]

    def clean(self):
        data = super().clean()
        rows = []
        for n in range(1, self.ROWS + 1):
            area, grade = data.get(f"area_{n}", "").strip(), data.get(f"grade_{n}", "")
            if area and not grade:
                self.add_error(f"grade_{n}", f"Choose the grade for “{area}”.")
            elif grade and not area:
                self.add_error(f"area_{n}", "Enter the graded question.")
            elif area:
                rows.append({"pillar": data.get(f"pillar_{n}", ""), "area": area, "grade": grade})
        if not rows and not self.errors:
            self.add_error("area_1", "Enter at least one graded question and its grade.")
        data["rows"] = rows
        return data


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
