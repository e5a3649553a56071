"""The GOV.UK date input (day, month, year boxes) as a Django widget and field.

GovukFormMixin swaps every DateField drawn with core.forms.DateInput for GovukDateField, so each
form keeps declaring plain dates. The messages are the Design System's: they name the field and
say which part is missing or wrong ("Target date must include a month"), and the error summary
links to the first box in error. crispy-forms-gds has a date input too, but it needs crispy's
layout engine, and its messages are generic ("Enter the day, month and year").
"""

import datetime

from django import forms

PARTS = ("day", "month", "year")
MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}


class GovukDateInput(forms.MultiWidget):
    """Three text boxes named <name>_day, <name>_month, <name>_year in the govuk-date-input markup."""

    template_name = "core/widgets/date_input.html"
    input_type = "govuk_date"  # components/field.html draws a fieldset for it

    def __init__(self, attrs=None):
        def box(width):
            return forms.TextInput(attrs={"class": f"govuk-input govuk-date-input__input govuk-input--width-{width}",
                                          "inputmode": "numeric"})
        super().__init__({"day": box(2), "month": box(2), "year": box(4)}, attrs)
        self.error_parts = ()

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [str(value.day), str(value.month), str(value.year)]
        if isinstance(value, str) and value:
            return _split(value)
        return ["", "", ""]

    def value_from_datadict(self, data, files, name):
        parts = [data.get(f"{name}_{part}", "") for part in PARTS]
        if not any(f"{name}_{part}" in data for part in PARTS) and data.get(name):
            # One value (a link such as ?since=2026-01-31, or a script posting the field by name).
            return _split(data[name])
        return parts

    def value_omitted_from_data(self, data, files, name):
        return name not in data and not any(f"{name}_{part}" in data for part in PARTS)

    def id_for_label(self, id_):
        # The label of the whole is a legend; the error summary links to the first box in error.
        return f"{id_}_{(self.error_parts or PARTS)[0]}" if id_ else ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        id_ = context["widget"]["attrs"].get("id")
        for part, subwidget in zip(PARTS, context["widget"]["subwidgets"], strict=True):
            subwidget["label"] = part.capitalize()
            if id_:
                subwidget["attrs"]["id"] = f"{id_}_{part}"
            css = subwidget["attrs"].get("class", "")
            if part in self.error_parts:
                subwidget["attrs"]["class"] = f"{css} govuk-input--error"
            else:
                subwidget["attrs"].pop("aria-invalid", None)
            subwidget["attrs"].pop("aria-describedby", None)
            subwidget["attrs"].pop("required", None)
            if part == "year":
                subwidget["attrs"].setdefault("autocomplete", "off")
        return context


def decompress_parts(value):
    return [str(value.day), str(value.month), str(value.year)]


def _split(text):
    """Day, month and year from one typed date: 2026-01-31 (ISO) or 31/01/2026."""
    parsed = _iso(text)
    if parsed:
        return decompress_parts(parsed)
    pieces = str(text).strip().replace("-", "/").replace(".", "/").split("/")
    return pieces if len(pieces) == 3 else [str(text), "", ""]


def _iso(text):
    try:
        return datetime.date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        return None


def _lower_first(text):
    return text[:1].lower() + text[1:] if text and not text[:2].isupper() else text


class GovukDateField(forms.MultiValueField):
    """A date typed as day, month and year, checked with the GOV.UK date input's messages."""

    widget = GovukDateInput

    def __init__(self, *, label=None, required=True, **kwargs):
        kwargs.pop("input_formats", None)
        parts = [forms.CharField(required=False) for _ in PARTS]
        super().__init__(parts, require_all_fields=False, label=label, required=required, **kwargs)

    def _name(self):
        return str(self.label or "Date")

    def clean(self, value):
        self.widget.error_parts = ()
        if self.disabled and not isinstance(value, list | tuple):
            value = self.widget.decompress(value)
        day, month, year = [str(v or "").strip() for v in (list(value or []) + ["", "", ""])[:3]]
        name = self._name()
        if not (day or month or year):
            if self.required:
                self.widget.error_parts = PARTS
                raise forms.ValidationError(f"Enter the {_lower_first(name)}", code="required")
            return None
        missing = [part for part, text in zip(PARTS, (day, month, year), strict=True) if not text]
        if missing:
            self.widget.error_parts = tuple(missing)
            raise forms.ValidationError(f"{name} must include a {' and '.join(missing)}", code="incomplete")
        month_number = MONTHS.get(month.lower()) if not month.isdigit() else int(month)
        if not day.isdigit() or not month_number:
            self.widget.error_parts = PARTS
            raise forms.ValidationError(f"{name} must be a real date", code="invalid")
        if not year.isdigit() or len(year) != 4:
            self.widget.error_parts = ("year",)
            raise forms.ValidationError("Year must include 4 numbers", code="invalid_year")
        try:
            date = datetime.date(int(year), month_number, int(day))
        except ValueError:
            self.widget.error_parts = PARTS
            raise forms.ValidationError(f"{name} must be a real date", code="invalid") from None
        self.validate(date)
        self.run_validators(date)
        return date

    def compress(self, data_list):  # clean() above does the whole job
        return None

    def has_changed(self, initial, data):
        shown = self.widget.error_parts
        try:
            return self.clean(data) != (initial if isinstance(initial, datetime.date) else _iso(initial or ""))
        except forms.ValidationError:
            return True
        finally:
            self.widget.error_parts = shown

    def bound_data(self, data, initial):
        return data


def swap_date_fields(form):
    """Replace each DateField drawn with core.forms.DateInput by a GovukDateField with the same meaning."""
    from .forms import DateInput

    for name, field in list(form.fields.items()):
        if isinstance(field, forms.DateField) and isinstance(field.widget, DateInput):
            swapped = GovukDateField(label=field.label, required=field.required, help_text=field.help_text,
                                     initial=field.initial, disabled=field.disabled, validators=field.validators)
            form.fields[name] = swapped
