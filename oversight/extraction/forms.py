"""Forms for reading a report and reviewing its proposed findings: input parsing only."""

from django import forms

from oversight.core.forms import DateInput, GovukFormMixin
from oversight.reports.models import Finding, Report, ReportInvolvement


class UploadForm(GovukFormMixin, forms.Form):
    """A report file, or its text pasted, and the organisation it is read for."""

    file = forms.FileField(
        required=False, label="Report file",
        help_text="A PDF, Word (.docx), web page (.html) or text file, as HMICFRS published it.",
    )
    text = forms.CharField(
        required=False, label="Or paste the report's text", widget=forms.Textarea(attrs={"rows": 8}),
    )
    organisation = forms.ModelChoiceField(queryset=None, label="Organisation", empty_label=None, required=False)

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = organisations
        self.fields["organisation"].queryset = organisations
        if len(organisations) == 1:
            self.fields["organisation"].widget = forms.HiddenInput()
            self.fields["organisation"].initial = organisations[0].pk

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organisation"):
            if len(self.organisations) != 1:
                raise forms.ValidationError("Choose the organisation the report is read for.")
            cleaned["organisation"] = self.organisations[0]
        has_file, has_text = bool(cleaned.get("file")), bool((cleaned.get("text") or "").strip())
        if has_file == has_text:
            raise forms.ValidationError("Choose a report file or paste its text, not both.")
        return cleaned


class FindingForm(GovukFormMixin, forms.Form):
    """One proposed finding as the reviewer corrects it."""

    kind = forms.ChoiceField(choices=Finding.Kind.choices, label="Kind")
    ref = forms.CharField(required=False, max_length=30, label="Reference as printed")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), label="Text as printed")
    addressees = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Addressed to",
        help_text="One per line, for example: chief constables",
    )
    due_text = forms.CharField(required=False, max_length=300, label="Deadline as printed")
    due_on = forms.DateField(required=False, widget=DateInput(), label="Deadline date")
    parent = forms.ChoiceField(required=False, label="Belongs to cause of concern")
    starts_with = forms.CharField(
        required=False, label="Split: the words where the second finding begins", max_length=300,
    )

    def __init__(self, *args, causes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].choices = [("", "None")] + [(c["id"], f"{c['id']}: {c['text'][:80]}") for c in causes]

    def changes(self):
        data = dict(self.cleaned_data)
        data["addressees"] = [line for line in data.get("addressees", "").splitlines() if line.strip()]
        return data

    @classmethod
    def for_finding(cls, finding, causes, data=None):
        initial = {
            **finding, "addressees": "\n".join(finding.get("addressees") or []), "parent": finding.get("parent") or "",
        }
        return cls(data, initial=initial, prefix=finding["id"], causes=[c for c in causes if c["id"] != finding["id"]])


class ConfirmForm(GovukFormMixin, forms.Form):
    """What the register records about the report itself."""

    title = forms.CharField(max_length=500, label="Report title")
    kind = forms.ChoiceField(choices=Report.Kind.choices, label="Kind of report")
    published_on = forms.DateField(required=False, widget=DateInput(), label="Published on")
    involvement = forms.ChoiceField(
        required=False, choices=ReportInvolvement.Involvement.choices, widget=forms.RadioSelect,
        label="How did the organisation take part?",
        help_text="Recorded with the report: it decides whether the PCC must comment within 56 days.",
    )


def guess_kind(title):
    """A first guess at the kind of report from its title, for the reviewer to correct."""
    words = (title or "").lower()
    for needle, kind in [
        ("spotlight", Report.Kind.PEEL_SPOTLIGHT), ("peel", Report.Kind.PEEL), ("super-complaint", Report.Kind.SUPER_COMPLAINT),
        ("super complaint", Report.Kind.SUPER_COMPLAINT), ("revisit", Report.Kind.REVISIT),
        ("crime data integrity", Report.Kind.CRIME_DATA_INTEGRITY), ("national crime agency", Report.Kind.NCA_INSPECTION),
        ("state of policing", Report.Kind.STATE_OF_POLICING), ("joint", Report.Kind.JOINT_THEMATIC),
    ]:
        if needle in words:
            return kind
    return Report.Kind.NATIONAL_THEMATIC
