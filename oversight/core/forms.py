"""GOV.UK classes on Django widgets, so templates render any form with components/field.html."""

from django import forms

from .dates import GovukDateInput, swap_date_fields

WIDGET_CLASSES = {
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
    forms.SelectMultiple: "govuk-select",
    forms.CheckboxInput: "govuk-checkboxes__input",
    forms.ClearableFileInput: "govuk-file-upload",
    forms.FileInput: "govuk-file-upload",
    forms.DateInput: "govuk-input govuk-input--width-10",
}


DASHES = "---------"  # Django's empty choice, which a person should never see


def _choose(field):
    label = str(field.label or "").strip()
    if not field.required:
        return "Not set"
    return f"Choose the {label[:1].lower() + label[1:]}" if label else "Choose one"


def dress(field):
    """Give one field its GOV.UK class and a worded empty choice (idempotent)."""
    if getattr(field, "_govuk_dressed", False):
        return
    field._govuk_dressed = True
    widget = field.widget
    if isinstance(widget, GovukDateInput):
        return  # its three boxes carry their own classes
    css = next((c for cls, c in WIDGET_CLASSES.items() if isinstance(widget, cls)), "govuk-input")
    widget.attrs.setdefault("class", css)
    if isinstance(widget, forms.DateInput):
        widget.input_type = "date"
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label == DASHES:
            field.empty_label = _choose(field)  # read as the choices are listed
    elif isinstance(field, forms.ChoiceField):
        choices = list(field.choices)
        if choices and choices[0] == ("", DASHES):
            field.choices = [("", _choose(field)), *choices[1:]]


class GovukFormMixin:
    """Adds GOV.UK classes, error classes and aria-describedby to every widget."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        swap_date_fields(self)  # the GOV.UK date input (day, month, year) wherever people type dates
        for field in self.fields.values():
            dress(field)

    def __getitem__(self, name):
        # Fields a form adds after this __init__ (rows of grades, say) are dressed when first drawn.
        if name in self.fields:
            dress(self.fields[name])
        return super().__getitem__(name)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and not isinstance(self.fields[name].widget, GovukDateInput):
                widget = self.fields[name].widget
                css = widget.attrs.get("class", "")
                error_class = css.split()[0] + "--error" if css else ""
                if error_class and error_class not in css:
                    widget.attrs["class"] = f"{css} {error_class}"
                widget.attrs["aria-describedby"] = f"id_{self.add_prefix(name)}-error"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")
