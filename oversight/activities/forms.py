"""The calendar form: parsing only; rules are in activities.services."""

from django import forms

from oversight.core.forms import DateInput, GovukFormMixin

from .models import InspectionActivity


class ActivityForm(GovukFormMixin, forms.ModelForm):
    class Meta:
        model = InspectionActivity
        fields = ["organisation", "inspection", "inspection_kind", "kind", "starts_on", "ends_on", "force_inspected",
                  "focus_areas", "lead", "documents_requested", "place", "notes", "report"]
        labels = {"inspection_kind": "Kind of inspection", "kind": "Activity", "starts_on": "Starts",
                  "ends_on": "Ends (optional)", "force_inspected": "The force is one of the forces inspected",
                  "documents_requested": "Documents asked for", "report": "Report (once published)"}
        widgets = {"starts_on": DateInput(), "ends_on": DateInput(),
                   "focus_areas": forms.Textarea(attrs={"rows": 3}),
                   "documents_requested": forms.Textarea(attrs={"rows": 3}), "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, organisations, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["report"].queryset = reports

    def _post_clean(self):
        # The model's own validation would run the date CHECK as a model error; the service says it in words.
        pass
