"""Forms for committees, meetings, a paper's period and narrative, and an organisation's Word template."""

from django import forms

from oversight.core.forms import DateInput, GovukFormMixin

from .models import Committee


class CommitteeForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, empty_label=None)
    name = forms.CharField(max_length=200, label="Committee name", help_text="For example: Joint Audit Committee")

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class MeetingForm(GovukFormMixin, forms.Form):
    committee = forms.ModelChoiceField(queryset=Committee.objects.none(), empty_label=None)
    held_on = forms.DateField(label="Meeting date", widget=DateInput())
    agenda_item = forms.CharField(max_length=50, required=False, label="Agenda item (optional)")

    def __init__(self, *args, committees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["committee"].queryset = committees


def _lines(text, keys):
    """'a | b | c' lines as dicts with `keys` (blank lines skipped)."""
    out = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        out.append(dict(zip(keys, parts + [""] * (len(keys) - len(parts)), strict=False)))
    return out


def _unlines(items, keys):
    return "\n".join(" | ".join(str(i.get(k, "")) for k in keys).rstrip(" |") for i in items)


CONTACT_KEYS = ("name", "title", "email", "phone")
DOCUMENT_KEYS = ("title", "url")
FREE_SECTIONS = 3
MAX_TEXT = 20_000  # a narrative part longer than a few pages is a mistake


class PaperForm(GovukFormMixin, forms.Form):
    """The period and the narrative: free sections, each report's overview and commentary, the force's
    narrative under each finding, contact officers and background documents. Each is pre-filled from
    the register or the committee's layout; what is left as pre-filled follows the register."""

    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    period_start = forms.DateField(label="Period starts", widget=DateInput())
    period_end = forms.DateField(label="Period ends", widget=DateInput())
    title = forms.CharField(label="Title of the paper", max_length=500, required=False,
                            help_text="Empty uses the committee's standard title.")
    closures_since = forms.DateField(
        label="Count closure submissions since", required=False, widget=DateInput(),
        help_text="For example the date HMICFRS changed its closure process. Leave empty to count all submissions.",
    )
    purpose = forms.CharField(label="Purpose of report", widget=forms.Textarea(attrs={"rows": 2}), required=False,
                              max_length=MAX_TEXT)
    background = forms.CharField(label="Background", widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                 help_text="Printed before the monitoring status.", max_length=MAX_TEXT)
    reports_after = forms.CharField(
        label="After the reports", required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=MAX_TEXT,
        help_text="Printed after the reports published in the period, for example how the force oversees them.")
    recommendation = forms.CharField(label="Recommendation to the committee", required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}), max_length=MAX_TEXT)
    contacts = forms.CharField(
        label="Contact officers", required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=MAX_TEXT,
        help_text="One a line: name | title | email | telephone. Empty uses the committee's contact officers.",
    )
    background_documents = forms.CharField(
        label="Background documents", required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=MAX_TEXT,
        help_text="One a line: title | link (optional).",
    )

    def __init__(self, *args, reports=(), undated=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.report_fields, self.overview_fields, self.finding_fields = [], [], []
        self.defaults = {}
        extra = []
        for n in range(1, FREE_SECTIONS + 1):
            extra.append((f"free_title_{n}", forms.CharField(label=f"Free section {n}: heading", required=False,
                                                             max_length=300)))
            extra.append((f"free_text_{n}", forms.CharField(
                label=f"Free section {n}: text", required=False, max_length=MAX_TEXT,
                widget=forms.Textarea(attrs={"rows": 4}),
                help_text="For example the PEEL inspection update or the oversight arrangements.")))
        if undated:
            extra.append(("include_reports", forms.MultipleChoiceField(
                label="Reports with no publication date", required=False, widget=forms.CheckboxSelectMultiple,
                choices=[(str(r["id"]), r["title"]) for r in undated],
                help_text="These had activity in the period but the register has no publication date. Include a "
                "report here as received since the last meeting, or add its date in the register.")))
        for report in reports:
            name = f"overview_{report['id']}"
            extra.append((name, forms.CharField(
                label=f"Overview of {report['title']}", required=False, max_length=MAX_TEXT,
                widget=forms.Textarea(attrs={"rows": 4}), help_text="Pre-filled with the report's summary.")))
            self.overview_fields.append(name)
            self.defaults[name] = report.get("summary", "")
            name = f"commentary_{report['id']}"
            extra.append((name, forms.CharField(
                label=f"Commentary on {report['title']}", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                help_text="Printed after the report's overview.", max_length=MAX_TEXT)))
            self.report_fields.append(name)
            for finding in report.get("findings", []):
                name = f"finding_{finding['id']}"
                extra.append((name, forms.CharField(
                    label=f"Force response to {finding['label']} ({report['title']})", required=False,
                    max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 3}),
                    help_text="Pre-filled with the register's response.")))
                self.finding_fields.append(name)
                self.defaults[name] = finding.get("register_response", finding.get("response", ""))
        for name, field in extra:
            self.fields[name] = field
            # The mixin styled the fields that existed when it ran; these come after.
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs.setdefault("class", "govuk-textarea")
            elif isinstance(field.widget, forms.TextInput):
                field.widget.attrs.setdefault("class", "govuk-input")
        for name, value in self.defaults.items():
            self.fields[name].initial = value

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "The period must end on or after the day it starts.")
        for line in _lines(data.get("contacts"), CONTACT_KEYS):
            if not line["name"]:
                self.add_error("contacts", "Each contact officer line starts with a name.")
                break
        for line in _lines(data.get("background_documents"), DOCUMENT_KEYS):
            if line["url"] and not line["url"].startswith(("https://", "http://")):
                self.add_error("background_documents", "A background document's link starts with https://.")
                break
        return data

    def narrative(self):
        data = self.cleaned_data
        narrative = {key: data.get(key) or "" for key in ("title", "purpose", "background", "reports_after",
                                                          "recommendation")}
        narrative["closures_since"] = data["closures_since"].isoformat() if data.get("closures_since") else ""
        narrative["commentary"] = {
            name.removeprefix("commentary_"): data[name] for name in self.report_fields if data.get(name)
        }
        # Kept only where the writer changed the register's words; otherwise the register's are printed.
        narrative["overview"] = {
            name.removeprefix("overview_"): data[name] for name in self.overview_fields
            if data.get(name) and data[name].strip() != (self.defaults.get(name) or "").strip()
        }
        narrative["finding_narrative"] = {
            name.removeprefix("finding_"): data[name] for name in self.finding_fields
            if data.get(name) and data[name].strip() != (self.defaults.get(name) or "").strip()
        }
        free = [{"title": data.get(f"free_title_{n}") or "", "text": data.get(f"free_text_{n}") or ""}
                for n in range(1, FREE_SECTIONS + 1)]
        # Every position is kept, so a restriction on "free-2" stays with the second section.
        narrative["free_sections"] = free if any(f["text"] for f in free) else []
        narrative["include_reports"] = [int(x) for x in data.get("include_reports") or []]
        narrative["contacts"] = _lines(data.get("contacts"), CONTACT_KEYS) or None
        narrative["background_documents"] = _lines(data.get("background_documents"), DOCUMENT_KEYS) or None
        return narrative

    @classmethod
    def initial_for(cls, paper, content=None):
        narrative = paper.narrative
        simple = ("title", "purpose", "background", "reports_after", "recommendation", "closures_since")
        initial = {"edit_version": paper.edit_version, "period_start": paper.period_start,
                   "period_end": paper.period_end,
                   **{k: narrative[k] for k in simple if k in narrative}}
        for report_id, text in narrative.get("commentary", {}).items():
            initial[f"commentary_{report_id}"] = text
        for report_id, text in narrative.get("overview", {}).items():
            initial[f"overview_{report_id}"] = text
        for finding_id, text in narrative.get("finding_narrative", {}).items():
            initial[f"finding_{finding_id}"] = text
        free = narrative.get("free_sections", [])
        for n, f in enumerate(free[:FREE_SECTIONS], start=1):
            initial[f"free_title_{n}"], initial[f"free_text_{n}"] = f.get("title", ""), f.get("text", "")
        initial["include_reports"] = [str(x) for x in narrative.get("include_reports", [])]
        if content is not None:  # what the paper prints now: the committee's defaults where the paper has none
            initial["contacts"] = _unlines(content["contacts"], CONTACT_KEYS)
            initial["background_documents"] = _unlines(content["background_documents"], DOCUMENT_KEYS)
            for n, f in enumerate(content["free_sections"][:FREE_SECTIONS], start=1):
                initial.setdefault(f"free_title_{n}", f["title"])
                initial.setdefault(f"free_text_{n}", f["text"])
        return initial


class TemplateForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, empty_label=None,
                                          help_text="Papers for this organisation's committees use the template.")
    file = forms.FileField(label="Word template (.docx)", help_text="A .docx with the placeholders in docs/templates.md.")

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
