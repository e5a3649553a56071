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

    save = forms.BooleanField(required=False, initial=False, label="Remember these choices for our next import",
                              help_text="They are shown on this page, to check, before they are used again.")

    def __init__(self, *args, headers, mapping, saved=None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "Ignore this column")] + [(f, label) for f, (label, _) in FIELDS.items()]
        saved = saved or {}
        self.headers = {}
        for index, header in enumerate(h for h in headers if h):
            name = f"column_{index}"
            self.headers[name] = header
            # A remembered choice is said so, never applied unseen (issue 14: a saved "ignore" hid Owner).
            remembered = (f"Remembered from your last import: {FIELDS[saved[header]][0] if saved[header] else 'ignore this column'}"
                          if header in saved else "")
            self.fields[name] = forms.ChoiceField(choices=choices, required=False, label=header,
                                                  initial=mapping.get(header, ""), help_text=remembered)
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


class ChoicesForm(GovukFormMixin, forms.Form):
    """The preview's questions, built from a dry run's outcome: what each status and RAG word means,
    who each unknown person is, which list item each unknown name is, and whether each unmatched
    title is a new report (with its kind and date) or one Oversight has. `choices()` gives them in
    the shape Importer reads."""

    def __init__(self, *args, outcome, members, lists, **kwargs):
        super().__init__(*args, **kwargs)
        from oversight.reports.models import Report

        from .vocabulary import RAG_LABELS, STATUS_LABELS

        self.keys = {}
        labels = {"status": STATUS_LABELS, "rag": RAG_LABELS}
        for i, word in enumerate(outcome.get("words", [])):
            options = [("", "Not known: do not import these rows")] + list(labels[word["kind"]].items())
            name = f"word_{i}"
            kind_label = "Status" if word["kind"] == "status" else "RAG"
            self.fields[name] = forms.ChoiceField(
                choices=options, required=False, initial=word["value"], label=f"{kind_label} “{word['word']}”",
                help_text=f"{word['rows']} row{'s' if word['rows'] != 1 else ''}")
            self.keys[name] = (word["kind"], word["key"])
        people = [(str(u.pk), u.get_full_name() or u.get_username()) for u in members]
        for i, person in enumerate(outcome.get("to_create", {}).get("people", [])):
            options = ([("create", f"Add {person['name']} as a new person (they can sign in when invited)")]
                       if person.get("can_create") else [])
            options += [("none", "Leave these rows without an owner"), ("refuse", "Do not import these rows")]
            name = f"person_{i}"
            self.fields[name] = forms.ChoiceField(
                choices=options + people, initial=person["choice"], label=f"Owner “{person['written']}”",
                help_text=_rows(person["rows"]))
            self.keys[name] = ("people", person["key"])
        for list_name, label in (("portfolio", "Portfolio"), ("business_area", "Business area"), ("board", "Board")):
            items = [(str(item.pk), item.name) for item in lists.get(list_name, [])]
            for i, item in enumerate(outcome.get("to_create", {}).get(list_name, [])):
                name = f"{list_name}_{i}"
                self.fields[name] = forms.ChoiceField(
                    choices=[("create", f"Add “{item['name']}” to the list"), ("refuse", "Do not import these rows"),
                             *items], initial=item["choice"], label=f"{label} “{item['name']}”",
                    help_text=_rows(item["rows"]))
                self.keys[name] = (list_name, item["key"])
        for i, report in enumerate(outcome.get("to_create", {}).get("reports", [])):
            near = [(str(n["id"]), f"The same as “{n['title']}”") for n in report.get("near", [])]
            self.fields[f"report_{i}"] = forms.ChoiceField(
                choices=[("new", "A report new to Oversight"), *near], initial=report["choice"],
                label=f"Report “{report['title']}”", help_text=_rows(report["rows"]))
            self.fields[f"report_kind_{i}"] = forms.ChoiceField(
                choices=Report.Kind.choices, initial=report["kind"], label="Kind of report, if new")
            self.fields[f"report_date_{i}"] = forms.DateField(
                required=False, initial=report["published_on"] or None, label="Date published, if new",
                widget=forms.DateInput())
            self.keys[f"report_{i}"] = ("reports", report["key"])
            self.keys[f"report_kind_{i}"] = ("report_kind", report["key"])
            self.keys[f"report_date_{i}"] = ("report_date", report["key"])

    def choices(self):
        chosen = {}
        for name, (kind, key) in self.keys.items():
            value = self.cleaned_data.get(name)
            if value in (None, ""):
                continue
            chosen.setdefault(kind, {})[key] = value.isoformat() if hasattr(value, "isoformat") else value
        return chosen


def _rows(rows):
    shown = ", ".join(str(r) for r in rows[:10])
    return f"Row{'s' if len(rows) != 1 else ''} {shown}{' and more' if len(rows) > 10 else ''}"
