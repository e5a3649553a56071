"""Forms for committees, meetings, a paper's period and narrative, and an organisation's Word template."""

from django import forms

from oversight.core.forms import DateInput, GovukFormMixin

from .models import Committee


class CommitteeForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, empty_label=None)
    name = forms.CharField(max_length=200, label="Committee name", help_text="For example: Joint Audit Committee")

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class MeetingForm(GovukFormMixin, forms.Form):
    committee = forms.ModelChoiceField(queryset=Committee.objects.none(), empty_label=None)
    held_on = forms.DateField(label="Meeting date", widget=DateInput())
    agenda_item = forms.CharField(max_length=50, required=False, label="Agenda item (optional)")

    def __init__(self, *args, committees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["committee"].queryset = committees


class PaperForm(GovukFormMixin, forms.Form):
    """The period and the narrative parts; per-report commentary fields are added for the period's reports."""

    period_start = forms.DateField(label="Period starts", widget=DateInput())
    period_end = forms.DateField(label="Period ends", widget=DateInput())
    closures_since = forms.DateField(
        label="Count closure submissions since", required=False, widget=DateInput(),
        help_text="For example the date HMICFRS changed its closure process. Leave empty to count all submissions.",
    )
    purpose = forms.CharField(label="Purpose of report", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    background = forms.CharField(label="Background", widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                 help_text="Printed before the monitoring status.")
    recommendation = forms.CharField(label="Recommendation to the committee", required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    contact_name = forms.CharField(label="Contact officer name", max_length=200, required=False)
    contact_title = forms.CharField(label="Contact officer title", max_length=200, required=False)
    contact_email = forms.EmailField(label="Contact officer email", required=False)
    contact_phone = forms.CharField(label="Contact officer telephone", max_length=50, required=False)

    def __init__(self, *args, reports=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.report_fields = []
        for report in reports:
            name = f"commentary_{report['id']}"
            self.fields[name] = forms.CharField(
                label=f"Commentary on {report['title']}", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                help_text="Printed after the report's summary.",
            )
            self.report_fields.append(name)
            # The mixin styled the fields that existed when it ran; this one comes after.
            self.fields[name].widget.attrs.setdefault("class", "govuk-textarea")

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "The period must end on or after the day it starts.")
        return data

    def narrative(self):
        data = self.cleaned_data
        narrative = {key: data.get(key) or "" for key in (
            "purpose", "background", "recommendation", "contact_name", "contact_title", "contact_email", "contact_phone"
        )}
        narrative["closures_since"] = data["closures_since"].isoformat() if data.get("closures_since") else ""
        narrative["commentary"] = {
            name.removeprefix("commentary_"): data[name] for name in self.report_fields if data.get(name)
        }
        return narrative

    @classmethod
    def initial_for(cls, paper):
        narrative = paper.narrative
        initial = {"period_start": paper.period_start, "period_end": paper.period_end,
                   **{k: v for k, v in narrative.items() if k != "commentary"}}
        for report_id, text in narrative.get("commentary", {}).items():
            initial[f"commentary_{report_id}"] = text
        return initial


class TemplateForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, empty_label=None,
                                          help_text="Papers for this organisation's committees use the template.")
    file = forms.FileField(label="Word template (.docx)", help_text="A .docx with the placeholders in docs/templates.md.")

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
