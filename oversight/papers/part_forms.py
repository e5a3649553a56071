"""One small form per part of a paper, edited in place in the preview (htmx), or on a page of its own
without JavaScript. Each form is pre-filled from the paper's narrative, else from the register or the
committee's layout, and gives back `changes()`: narrative paths ("overview.12", "restricted.finding-7")
with their new values, which services.save_part applies under the paper's edit version."""

from django import forms
from django.http import Http404

from oversight.core.forms import DateInput, GovukFormMixin

from .forms import CONTACT_KEYS, DOCUMENT_KEYS, FREE_SECTIONS, MAX_TEXT, _lines, _unlines

RESTRICTED_LABEL = "Restricted: leave this out of the public version for the PCC's website"


def textarea(label, rows=4, hint=""):
    return forms.CharField(label=label, required=False, max_length=MAX_TEXT, help_text=hint,
                           widget=forms.Textarea(attrs={"rows": rows}))


class PartForm(GovukFormMixin, forms.Form):
    """The edit version the form was opened at, and the part it edits."""

    edit_version = forms.IntegerField(widget=forms.HiddenInput)
    title = ""  # what the part is, for the page heading and the "Change" link

    def __init__(self, data=None, *, paper, content, obj=None, part=""):
        self.paper, self.content, self.obj, self.part = paper, content, obj, part
        super().__init__(data, prefix=part.replace("-", "_"), initial={"edit_version": paper.edit_version,
                                                                         **self.initial_values()})
        for field in self.fields.values():  # the mixin styles fields by widget; add GOV.UK classes it missed
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs.setdefault("class", "govuk-textarea")
            elif isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs.setdefault("class", "govuk-checkboxes__input")

    def initial_values(self):
        return {}

    def changes(self):
        return {}

    def period(self):
        return None

    def restricted(self, key):
        return bool((self.paper.narrative.get("restricted") or {}).get(key))


class TextPart(PartForm):
    """One narrative text: the title, purpose, background, text after the reports, recommendation."""

    KEYS = {
        "title": ("Title of the paper", "Empty uses the committee's standard title.", 1),
        "purpose": ("Purpose of report", "", 3),
        "background": ("Background", "Printed before the monitoring status.", 5),
        "reports_after": ("After the reports", "Printed after the reports published in the period.", 5),
        "recommendation": ("Recommendation to the committee", "", 3),
    }

    def __init__(self, *args, part, **kwargs):
        label, hint, rows = self.KEYS[part]
        self.title = label.lower() if part != "title" else "title"
        self.base_fields = {**PartForm.base_fields, "text": (
            forms.CharField(label=label, required=False, max_length=500, help_text=hint) if part == "title"
            else textarea(label, rows, hint))}
        super().__init__(*args, part=part, **kwargs)

    def initial_values(self):
        # What the paper prints now (the layout's standard wording when the paper has none of its own).
        return {"text": self.paper.narrative.get(self.part) or self.content.get(self.part, "")}

    def changes(self):
        text = self.cleaned_data["text"].strip()
        standard = {"title", "purpose", "recommendation"}
        if self.part in standard and text == (self.content.get(f"{self.part}") or "") \
                and not self.paper.narrative.get(self.part):
            text = ""  # left as the standard wording: it follows the committee's layout
        return {self.part: text}


class FreeSectionsPart(PartForm):
    title = "free sections"

    def __init__(self, *args, **kwargs):
        fields = dict(PartForm.base_fields)
        for n in range(1, FREE_SECTIONS + 1):
            fields[f"title_{n}"] = forms.CharField(label=f"Section {n}: heading", required=False, max_length=300)
            fields[f"text_{n}"] = textarea(f"Section {n}: text", 5,
                                           "For example the PEEL inspection update or the oversight arrangements.")
            fields[f"restricted_{n}"] = forms.BooleanField(label=RESTRICTED_LABEL, required=False)
        self.base_fields = fields
        super().__init__(*args, **kwargs)

    def initial_values(self):
        stored = self.paper.narrative.get("free_sections")
        sections = stored if stored is not None else self.content["free_sections"]
        out = {}
        for n, f in enumerate(sections[:FREE_SECTIONS], start=1):
            out[f"title_{n}"], out[f"text_{n}"] = f.get("title", ""), f.get("text", "")
            out[f"restricted_{n}"] = self.restricted(f"free-{n}")
        return out

    def changes(self):
        data = self.cleaned_data
        out = {"free_sections": [{"title": data[f"title_{n}"].strip(), "text": data[f"text_{n}"].strip()}
                                 for n in range(1, FREE_SECTIONS + 1)]}
        for n in range(1, FREE_SECTIONS + 1):
            out[f"restricted.free-{n}"] = bool(data[f"restricted_{n}"] and data[f"text_{n}"].strip())
        return out


class ReportPart(PartForm):
    """A report's overview (pre-filled with its summary) and the writer's commentary on it."""

    overview = textarea("Overview", 6, "Pre-filled with the report's summary in the register.")
    commentary = textarea("Commentary", 5, "Printed after the overview: what it means for the force.")
    commentary_restricted = forms.BooleanField(label=RESTRICTED_LABEL + " (the commentary)", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = f"the overview and commentary of {self.obj['title']}"

    def initial_values(self):
        return {"overview": self.obj["overview"] or self.obj["summary"], "commentary": self.obj["commentary"],
                "commentary_restricted": self.obj.get("commentary_restricted", False)}

    def changes(self):
        key = str(self.obj["id"])
        overview = self.cleaned_data["overview"].strip()
        if overview == (self.obj["summary"] or "").strip():
            overview = ""  # as the register says: it follows the register
        return {f"overview.{key}": overview, f"commentary.{key}": self.cleaned_data["commentary"].strip(),
                f"restricted.commentary-{key}": self.cleaned_data["commentary_restricted"]}


class FindingPart(PartForm):
    """The force's narrative under one finding (pre-filled with the register's response)."""

    response = textarea("Force response", 6, "Pre-filled with the register's response.")
    restricted_finding = forms.BooleanField(label=RESTRICTED_LABEL + " (the whole finding)", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = f"the force response to {self.obj['label']}"

    def initial_values(self):
        # A finding of an earlier report (the progress section) prints its progress in place of a response.
        text = self.obj["response"] if "response" in self.obj else self.obj.get("progress", "")
        return {"response": text, "restricted_finding": self.obj.get("restricted", False)}

    def changes(self):
        key = str(self.obj["id"])
        text = self.cleaned_data["response"].strip()
        if text == (self.obj["register_response"] or "").strip():
            text = ""
        return {f"finding_narrative.{key}": text, f"restricted.finding-{key}": self.cleaned_data["restricted_finding"]}


class LinesPart(PartForm):
    """Contact officers or background documents, one a line."""

    KEYS = {
        "contacts": ("Contact officers", "One a line: name | title | email | telephone.", CONTACT_KEYS),
        "background_documents": ("Background documents", "One a line: title | link (optional).", DOCUMENT_KEYS),
    }

    def __init__(self, *args, part, **kwargs):
        label, hint, self.keys = self.KEYS[part]
        self.title = label.lower()
        self.base_fields = {**PartForm.base_fields, "lines": textarea(label, 4, hint)}
        super().__init__(*args, part=part, **kwargs)

    def initial_values(self):
        return {"lines": _unlines(self.content[self.part], self.keys)}

    def clean_lines(self):
        lines = _lines(self.cleaned_data["lines"], self.keys)
        if self.part == "contacts" and any(not line["name"] for line in lines):
            raise forms.ValidationError("Each contact officer line starts with a name.")
        if self.part == "background_documents" and any(
                line["url"] and not line["url"].startswith(("https://", "http://")) for line in lines):
            raise forms.ValidationError("A background document's link starts with https://.")
        return lines

    def changes(self):
        # An empty list is kept: the writer removed the committee's standing contacts for this paper.
        return {self.part: self.cleaned_data["lines"]}


class PeriodPart(PartForm):
    title = "period covered"
    period_start = forms.DateField(label="Period starts", widget=DateInput())
    period_end = forms.DateField(label="Period ends", widget=DateInput())
    closures_since = forms.DateField(
        label="Count closure submissions since", required=False, widget=DateInput(),
        help_text="For example the date HMICFRS changed its closure process. Empty counts all submissions.")

    def initial_values(self):
        since = self.paper.narrative.get("closures_since") or None
        return {"period_start": self.paper.period_start, "period_end": self.paper.period_end,
                "closures_since": since}

    def clean(self):
        data = super().clean()
        if data.get("period_start") and data.get("period_end") and data["period_end"] < data["period_start"]:
            self.add_error("period_end", "The period must end on or after the day it starts.")
        return data

    def changes(self):
        since = self.cleaned_data.get("closures_since")
        return {"closures_since": since.isoformat() if since else ""}

    def period(self):
        return self.cleaned_data["period_start"], self.cleaned_data["period_end"]


def _find(items, pk):
    return next((item for item in items if str(item["id"]) == pk), None)


def form_for(part, content):
    """(form class, extra kwargs) for a part key of the paper's `content`; unknown parts are not found."""
    if part in TextPart.KEYS:
        return TextPart, {"part": part}
    if part in LinesPart.KEYS:
        return LinesPart, {"part": part}
    if part == "free":
        return FreeSectionsPart, {"part": part}
    if part == "period":
        return PeriodPart, {"part": part}
    kind, _, pk = part.partition("-")
    if kind == "report" and (report := _find(content["reports"], pk)):
        return ReportPart, {"part": part, "obj": report}
    if kind == "finding":
        for report in [*content["reports"], *content["progress"]]:
            if finding := _find(report["findings"], pk):
                return FindingPart, {"part": part, "obj": finding}
    raise Http404("This paper has no such part.")
