from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm

from oversight.core.forms import GovukFormMixin


class SignInForm(GovukFormMixin, AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Enter a correct username and password. Both are case-sensitive.",
    }


class PersonForm(GovukFormMixin, forms.Form):
    """A person to add: name, email, organisation, role and (for a portfolio lead) their portfolios."""

    first_name = forms.CharField(label="First name", max_length=150,
                                 error_messages={"required": "Enter the person's first name."})
    last_name = forms.CharField(label="Last name", max_length=150,
                                error_messages={"required": "Enter the person's last name."})
    email = forms.EmailField(label="Email address", help_text="They sign in with this address; the invitation goes to it.",
                             error_messages={"required": "Enter the person's email address.",
                                             "invalid": "Enter an email address like name@example.police.uk."})
    organisation = forms.ModelChoiceField(queryset=None, label="Organisation", empty_label=None,
                                          error_messages={"invalid_choice": "Choose one of your organisations."})
    role = forms.ChoiceField(label="Role", widget=forms.RadioSelect,
                             error_messages={"required": "Choose the person's role."})
    portfolios = forms.ModelMultipleChoiceField(queryset=None, required=False, label="Portfolios they lead",
                                                widget=forms.CheckboxSelectMultiple,
                                                help_text="Only for a portfolio lead.")

    def __init__(self, *args, organisations, is_admin, **kwargs):
        from oversight.organisations.models import Portfolio

        from .models import Role
        from .services import LIAISON_GIVES

        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["role"].choices = [(r.value, r.label) for r in Role if is_admin or r in LIAISON_GIVES]
        self.fields["portfolios"].queryset = Portfolio.objects.filter(
            organisation__in=organisations, archived_at__isnull=True).select_related("organisation").order_by(
            "organisation__name", "name")
        several = len(organisations) > 1
        self.fields["portfolios"].label_from_instance = (
            lambda p: f"{p.name} ({p.organisation.short_name})" if several else p.name)

    def clean_email(self):
        from .services import email_taken

        email = self.cleaned_data["email"].strip().lower()
        if email_taken(email):
            raise forms.ValidationError(f"Someone with the email {email} is already in Oversight.")
        return email

    def clean(self):
        data = super().clean()
        org, portfolios = data.get("organisation"), data.get("portfolios") or []
        if org and any(p.organisation_id != org.id for p in portfolios):
            self.add_error("portfolios", "Choose portfolios of the organisation the person belongs to.")
        if data.get("role") == "portfolio_lead" and not portfolios:
            self.add_error("portfolios", "Choose the portfolio this person leads.")
        return data


class SetPasswordForm(GovukFormMixin, auth_forms.SetPasswordForm):
    """The invitation's set-password page, in GOV.UK style."""
