import re

from django import forms

from oversight.core.forms import GovukFormMixin

RECOVERY_CODE = re.compile(r"[a-z2-7]{8}")  # django-otp's static tokens: 8 characters of base32


class CodeForm(GovukFormMixin, forms.Form):
    code = forms.CharField(label="Code from your authenticator app", max_length=12, min_length=6,
                           help_text="The six-digit code the app shows now.",
                           error_messages={"required": "Enter the six-digit code from your authenticator app.",
                                           "min_length": "Enter all six digits of the code."},
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                                         "class": "govuk-input govuk-input--width-10"}))

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise forms.ValidationError("The code is numbers only, like 123456.")
        if len(code) > 8:
            raise forms.ValidationError("The code is six digits, like 123456.")
        return code


class SignInCodeForm(CodeForm):
    """At sign-in the code may also be one of the person's recovery codes (like abcd-efgh)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["code"]
        field.label = "Code from your authenticator app, or a recovery code"
        field.help_text = "The six-digit code the app shows now. No phone? Enter one of your recovery codes."
        field.widget.attrs["inputmode"] = "text"

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
        if RECOVERY_CODE.fullmatch(code):
            return code
        if not code.isdigit():
            raise forms.ValidationError("The code is numbers only, like 123456, or a recovery code, like abcd-efgh.")
        return code


def is_recovery_code(code):
    return bool(RECOVERY_CODE.fullmatch(code))
