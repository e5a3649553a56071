"""Forms of the import journey: the upload, and one choice of field per column."""

from django import forms

from oversight.core.forms import GovukFormMixin
from oversight.organisations.models import Organisation

from .columns import FIELDS


class UploadForm(GovukFormMixin, forms.Form):
    file = forms.FileField(label="Register file", help_text="An Excel workbook (.xlsx) or a CSV file.")
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.none(), label="Whose register is it?")

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if organisations.count() == 1:
            self.fields["organisation"].initial = organisations.first()


class MappingForm(GovukFormMixin, forms.Form):
    """A select per column of the file; a field can be chosen for one column only."""

    save = forms.BooleanField(required=False, initial=True, label="Remember these choices for our next import")

    def __init__(self, *args, headers, mapping, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "Ignore this column")] + [(f, label) for f, (label, _) in FIELDS.items()]
        self.headers = {}
        for index, header in enumerate(h for h in headers if h):
            name = f"column_{index}"
            self.headers[name] = header
            self.fields[name] = forms.ChoiceField(choices=choices, required=False, label=header,
                                                  initial=mapping.get(header, ""))
        self.order_fields([*self.headers, "save"])

    def clean(self):
        cleaned = super().clean()
        used = {}
        for name, header in self.headers.items():
            field = cleaned.get(name)
            if field and field in used:
                self.add_error(name, f'"{FIELDS[field][0]}" is already chosen for the column "{used[field]}".')
            elif field:
                used[field] = header
        return cleaned

    def mapping(self):
        return {header: self.cleaned_data.get(name) or "" for name, header in self.headers.items()}
