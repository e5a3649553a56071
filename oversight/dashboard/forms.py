"""What the reader may choose on the dashboard: organisation, whose work, and the closure date."""

from django import forms

from oversight.core.forms import DateInput, GovukFormMixin
from oversight.organisations.models import Organisation, Portfolio


class DashboardForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), required=False, empty_label="All my organisations", label="Organisation"
    )
    view = forms.ChoiceField(
        choices=[("", "My work"), ("all", "Everything I can see")], required=False, label="Show"
    )
    portfolio = forms.ModelChoiceField(queryset=Portfolio.objects.none(), required=False, label="Portfolio")
    since = forms.DateField(
        required=False, label="Closure submissions since", widget=DateInput(),
        error_messages={"invalid": "Enter the date as a real date, for example 2023-08-01"},
    )

    def __init__(self, *args, organisations, portfolios, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["portfolio"].queryset = portfolios
