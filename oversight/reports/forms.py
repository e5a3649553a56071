"""Forms for the PCC's statutory response: parsing only; the rules are in reports.services."""

from django import forms

from oversight.core.forms import DateInput, GovukFormMixin


class StatutoryDraftForm(GovukFormMixin, forms.Form):
    """The PCC's comments on the report, and one optional comment per finding (fields finding_<id>)."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    comments = forms.CharField(
        label="The PCC's comments on the report", widget=forms.Textarea(attrs={"rows": 10}), required=False,
        help_text="Published on the PCC's website and copied to the Home Secretary and HMICFRS.")

    def __init__(self, *args, findings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.findings = list(findings)
        for finding in self.findings:
            self.fields[f"finding_{finding.pk}"] = forms.CharField(
                label=f"The PCC's comment on {finding.label}", required=False,
                widget=forms.Textarea(attrs={"rows": 3, "class": "govuk-textarea"}))

    def finding_comments(self):
        return {str(f.pk): self.cleaned_data.get(f"finding_{f.pk}", "") for f in self.findings}

    def finding_fields(self):
        return [(finding, self[f"finding_{finding.pk}"]) for finding in self.findings]


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class StatutoryPublishForm(GovukFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    published_on = forms.DateField(label="Date the comments were published", widget=DateInput())
    url = forms.URLField(label="Web address of the published comments", max_length=500, assume_scheme="https")
    copied_to_home_secretary_on = forms.DateField(label="Date copied to the Home Secretary", widget=DateInput())
    copied_to_hmicfrs_on = forms.DateField(label="Date copied to HMICFRS", widget=DateInput())


class StatutoryRequirementForm(GovukFormMixin, forms.Form):
    required = forms.TypedChoiceField(
        label="Are the PCC's comments required on this report?", coerce=lambda v: v == "yes",
        choices=[("yes", "Yes, comments are required"), ("no", "No, comments are not required")],
        widget=forms.RadioSelect)
    reason = forms.CharField(label="Why the rule is overridden for this report", max_length=500)
