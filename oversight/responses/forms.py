"""Input parsing for response pages; the rules are in services and workflow."""

from django import forms

from oversight.accounts.models import User
from oversight.core.forms import DateInput, GovukFormMixin
from oversight.organisations.models import Board, BusinessArea, Portfolio

from .models import Response, Update


class ResponseForm(GovukFormMixin, forms.ModelForm):
    """The editable fields of a response, plus the version the editor started from."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Response
        fields = [
            "applicability", "applicability_reason", "rag", "owner", "portfolio", "business_area", "board",
            "target_on", "narrative",
        ]
        labels = {"narrative": "Force response", "target_on": "Target date", "rag": "RAG rating",
                  "applicability_reason": "Reason (if it does not apply, or is monitored only)"}
        widgets = {"target_on": DateInput(), "narrative": forms.Textarea(attrs={"rows": 6}),
                   "applicability_reason": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        org = self.instance.organisation_id
        # Only this organisation's lists and people can be chosen; anything else is an invalid choice.
        self.fields["portfolio"].queryset = Portfolio.objects.filter(organisation_id=org, archived_at__isnull=True)
        self.fields["business_area"].queryset = BusinessArea.objects.filter(organisation_id=org, archived_at__isnull=True)
        self.fields["board"].queryset = Board.objects.filter(organisation_id=org, archived_at__isnull=True)
        self.fields["owner"].queryset = User.objects.filter(memberships__organisation_id=org, is_active=True).distinct()
        self.fields["rag"].required = False
        if not self.is_bound:
            self.initial["version"] = self.instance.version

    def clean(self):
        data = super().clean()
        if data.get("applicability") == Response.Applicability.NOT_APPLICABLE and not data.get("applicability_reason"):
            self.add_error("applicability_reason", "Say why the finding does not apply.")
        return data


class UpdateForm(GovukFormMixin, forms.ModelForm):
    class Meta:
        model = Update
        fields = ["written_on", "text", "rag"]
        labels = {"text": "What has been done", "written_on": "Date of the update", "rag": "RAG rating"}
        widgets = {"written_on": DateInput(), "text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rag"].required = False
        self.fields["text"].error_messages["required"] = "Enter what has been done."

    def clean_written_on(self):
        from django.utils import timezone

        day = self.cleaned_data["written_on"]
        if day and day > timezone.localdate():
            raise forms.ValidationError("The date of the update cannot be in the future.")
        return day


class UpdateEditForm(UpdateForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta(UpdateForm.Meta):
        fields = ["text", "rag"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["version"] = self.instance.version
