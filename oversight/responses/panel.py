"""The transition panel of a response page: each move the person may make, its form, and the reason
if it is blocked. Shared by the response page and the POST that moves a response."""

from django import forms
from django.utils import timezone

from oversight.accounts import access
from oversight.core.forms import DateInput, GovukFormMixin
from oversight.organisations.models import ClosureLevel
from oversight.reports.models import Finding

from . import workflow


class TransitionForm(GovukFormMixin, forms.Form):
    """What one move asks for: always an optional comment, plus the fields its row names."""

    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 3}))
    level = forms.ModelChoiceField(queryset=ClosureLevel.objects.none(), label="Closure level",
                                   empty_label="Choose the level")
    # Signing off and submitting happen together, so the day is today unless the person changes it.
    submitted_on = forms.DateField(label="Date submitted to HMICFRS", widget=DateInput(), initial=timezone.localdate)
    summary = forms.CharField(label="Summary of the submission", widget=forms.Textarea(attrs={"rows": 3}))
    decided_on = forms.DateField(label="Date of HMICFRS's decision", widget=DateInput())
    feedback = forms.CharField(label="HMICFRS's feedback", widget=forms.Textarea(attrs={"rows": 3}))
    # A number, not a select: the findings that could replace this one grow with the register,
    # and the page must not render thousands of options (constant work per page).
    superseded_by = forms.ModelChoiceField(
        queryset=Finding.objects.none(), label="Number of the finding that replaces it",
        help_text="Shown as “Finding number” on the replacing finding's page.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "govuk-input govuk-input--width-10"}),
        error_messages={"invalid_choice": "Enter the number of a later finding you can see."},
    )
    comment = forms.CharField(label="Comment (optional)", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, action, response, user, *args, **kwargs):
        super().__init__(*args, prefix=action, **kwargs)
        wanted = set(workflow.TRANSITIONS[action].fields) | {"comment"}
        for name in list(self.fields):
            if name not in wanted:
                del self.fields[name]
            else:
                # Whether a value is needed is the workflow's rule, so the reason comes from one place.
                self.fields[name].required = False
        if "level" in self.fields:
            self.fields["level"].queryset = ClosureLevel.objects.filter(organisation_id=response.organisation_id,
                                                                        archived_at__isnull=True)
            self.fields["level"].label_from_instance = lambda level: level.choice_label  # with its meaning (issue 13)
        if "superseded_by" in self.fields:
            later = access.visible(Finding.objects, user).filter(
                report__published_on__gte=response.finding.report.published_on or "1900-01-01",
                archived_at__isnull=True,
            ).exclude(pk=response.finding_id)
            self.fields["superseded_by"].queryset = later
        self.action = action

    def payload(self):
        data = {k: v for k, v in self.cleaned_data.items() if k != "comment" and v not in (None, "")}
        return data


def panel(response, user, *, failed=None, closures=None, updates=None, evidence=None):
    """What the panel shows: each move the person may make, its form, and the reason if blocked."""
    items = []
    for offer in workflow.available(response, user, closures=closures, updates=updates, evidence=evidence):
        form = failed if failed is not None and failed.action == offer.action else None
        items.append({"offer": offer, "form": form or TransitionForm(offer.action, response, user)})
    return items
