from django import forms

from oversight.core.forms import GovukFormMixin


class CodeForm(GovukFormMixin, forms.Form):
    code = forms.CharField(label="Code from your authenticator app", max_length=8, min_length=6,
                           help_text="The six-digit code the app shows now.",
                           error_messages={"required": "Enter the six-digit code from your authenticator app.",
                                           "min_length": "Enter all six digits of the code."},
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                                         "class": "govuk-input govuk-input--width-10"}))

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise forms.ValidationError("The code is numbers only, like 123456.")
        return code
