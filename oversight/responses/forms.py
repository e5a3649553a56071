"""Input parsing for response pages; the rules are in services and workflow."""

from django import forms
from django.utils.functional import cached_property

from oversight.accounts.models import User
from oversight.core.forms import DateInput, GovukFormMixin
from oversight.organisations.models import Board, BusinessArea, Portfolio

from .models import Action, Response, Update


class ResponseForm(GovukFormMixin, forms.ModelForm):
    """The editable fields of a response, plus the version the editor started from."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Response
        fields = [
            "applicability", "applicability_reason", "rag", "owner", "portfolio", "business_area", "board",
            "target_on", "narrative",
        ]
        labels = {"narrative": "Force response", "target_on": "Target date", "rag": "RAG rating",
                  "applicability_reason": "Reason (if it does not apply, or is monitored only)"}
        widgets = {"target_on": DateInput(), "narrative": forms.Textarea(attrs={"rows": 6}),
                   "applicability_reason": forms.Textarea(attrs={"rows": 2}),
                   "rag": forms.RadioSelect, "applicability": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        org = self.instance.organisation_id
        # Only this organisation's lists and people can be chosen; anything else is an invalid choice.
        self.fields["portfolio"].queryset = Portfolio.objects.filter(organisation_id=org, archived_at__isnull=True)
        self.fields["business_area"].queryset = BusinessArea.objects.filter(organisation_id=org, archived_at__isnull=True)
        self.fields["board"].queryset = Board.objects.filter(organisation_id=org, archived_at__isnull=True)
        self.fields["owner"].queryset = people_of(org)
        self.fields["owner"].label_from_instance = person_label
        self.fields["owner"].empty_label = "Not assigned"
        for name in ("portfolio", "business_area", "board"):
            self.fields[name].empty_label = "Not set"
        # GOV.UK radios for small choices, with words for "none" instead of a "---------" placeholder.
        self.fields["rag"].choices = [("", "Not rated"), *Response.Rag.choices]
        self.fields["rag"].required = False
        if not self.is_bound:
            self.initial["version"] = self.instance.version

    def clean(self):
        data = super().clean()
        if data.get("applicability") == Response.Applicability.NOT_APPLICABLE and not data.get("applicability_reason"):
            self.add_error("applicability_reason", "Say why the finding does not apply.")
        return data


class UpdateForm(GovukFormMixin, forms.ModelForm):
    class Meta:
        model = Update
        fields = ["written_on", "text", "rag"]
        labels = {"text": "What has been done", "written_on": "Date of the update", "rag": "RAG rating"}
        widgets = {"written_on": DateInput(), "text": forms.Textarea(attrs={"rows": 5}), "rag": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rag"].choices = [("", "No rating this time"), *Response.Rag.choices]
        self.fields["rag"].required = False
        self.fields["text"].error_messages["required"] = "Enter what has been done."

    def clean_written_on(self):
        from django.utils import timezone

        day = self.cleaned_data["written_on"]
        if day and day > timezone.localdate():
            raise forms.ValidationError("The date of the update cannot be in the future.")
        return day


class UpdateEditForm(UpdateForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta(UpdateForm.Meta):
        fields = ["text", "rag"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["version"] = self.instance.version


class MultipleFileInput(forms.ClearableFileInput):
    """A GOV.UK file upload that takes several files at once (Django's documented pattern)."""

    allow_multiple_selected = True
    template_name = "django/forms/widgets/input.html"  # no "clear" checkbox: this only adds files


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class EvidenceForm(GovukFormMixin, forms.Form):
    """Files (one or more) and/or a link to a document held elsewhere, with what they show."""

    description = forms.CharField(
        label="What the evidence shows", max_length=500,
        error_messages={"required": "Describe what the evidence shows.",
                        "max_length": "The description must be 500 characters or fewer."})
    files = MultipleFileField(
        label="Upload files", required=False,
        help_text="You can choose more than one file. PDF, Word, Excel, PowerPoint, OpenDocument, Outlook, "
                  "PNG, JPEG, CSV or text.",
        error_messages={"empty": "The file you chose is empty."})
    url = forms.URLField(
        label="Or a link to the document (SharePoint, the HMICFRS portal)", required=False, max_length=500,
        assume_scheme="https", error_messages={"invalid": "Enter the link in full, like https://…"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="evidence", **kwargs)

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("files") and not data.get("url"):
            self.add_error("files", "Choose a file or give a link to the document.")
        return data


class ArchiveForm(GovukFormMixin, forms.Form):
    reason = forms.CharField(label="Why is it being archived?", widget=forms.Textarea(attrs={"rows": 3}),
                             max_length=500, error_messages={"required": "Give the reason for archiving this evidence."})


class ActionForm(GovukFormMixin, forms.ModelForm):
    """One step of the action plan; the due date rule is the service's."""

    class Meta:
        model = Action
        fields = ["description", "owner", "due_on"]
        labels = {"description": "Action", "owner": "Owner", "due_on": "Due date"}
        widgets = {"description": forms.Textarea(attrs={"rows": 2}), "due_on": DateInput()}

    def __init__(self, *args, response, **kwargs):
        kwargs.setdefault("prefix", "action")
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people_of(response.organisation_id)
        self.fields["owner"].empty_label = "Choose the owner"
        self.fields["owner"].label_from_instance = person_label
        self.fields["description"].error_messages["required"] = "Describe the action."
        self.fields["due_on"].error_messages["invalid"] = "Enter the due date as a real date."


class ActionEditForm(ActionForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta(ActionForm.Meta):
        pass

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["version"] = self.instance.version


def people_of(organisation_id):
    """Everyone who can own work in the organisation, by name (one query)."""
    return User.objects.filter(memberships__organisation_id=organisation_id, is_active=True).distinct().order_by(
        "first_name", "last_name", "email")


def person_label(user):
    """A person as everyone reads them: full name, else their email; never a username."""
    return user.get_full_name() or user.email or "Unnamed person"


class BulkForm(GovukFormMixin, forms.Form):
    """What to do to the rows chosen in the register (or to every row matching its filter)."""

    all = forms.BooleanField(required=False)
    query = forms.CharField(required=False, widget=forms.HiddenInput)
    applicability = forms.ChoiceField(required=False, label="Applies to us", choices=[
        ("", "Leave as it is"), ("applies", "Applies"), ("monitor_only", "Monitor only")])
    owner = forms.ModelChoiceField(queryset=User.objects.none(), required=False, label="Owner",
                                   empty_label="Leave as it is")
    portfolio = forms.ModelChoiceField(queryset=Portfolio.objects.none(), required=False, label="Portfolio",
                                       empty_label="Leave as it is")
    business_area = forms.ModelChoiceField(queryset=BusinessArea.objects.none(), required=False,
                                           label="Business area", empty_label="Leave as it is")
    board = forms.ModelChoiceField(queryset=Board.objects.none(), required=False, label="Governance board",
                                   empty_label="Leave as it is")
    target_on = forms.DateField(required=False, label="Target date", widget=DateInput(),
                                error_messages={"invalid": "Enter the target date as a real date."})
    confirm = forms.BooleanField(required=False, label="Confirm the findings apply (draft → open)")
    start = forms.BooleanField(required=False, label="Start work (open → in progress; needs an owner)")

    def __init__(self, *args, user, **kwargs):
        from oversight.accounts import access
        from oversight.organisations.models import Organisation

        kwargs.setdefault("prefix", "bulk")  # the register's filter form uses the plain names
        super().__init__(*args, **kwargs)
        self.user = user
        organisations = access.visible(Organisation.objects.all(), user)
        self.several = access.scope(user).several  # what the policy already knows: no COUNT

        def named(item):
            return f"{item.name} ({item.organisation.short_name})" if self.several else item.name

        for name, model in (("portfolio", Portfolio), ("business_area", BusinessArea), ("board", Board)):
            self.fields[name].queryset = access.visible(model.objects.filter(archived_at__isnull=True), user
                                                        ).select_related("organisation").order_by("name")
            self.fields[name].label_from_instance = named
        self.fields["owner"].queryset = User.objects.filter(
            memberships__organisation__in=organisations, is_active=True).distinct().order_by("first_name", "last_name")
        self.fields["owner"].label_from_instance = person_label

    @cached_property
    def selects(self):
        """The four lists as (value, label, selected), each read once, for the register's fast select
        partial: Django's widget templates rendered every option of a national list (issue 17)."""
        from oversight.accounts import access

        from . import choices

        names = ("owner", "portfolio", "business_area", "board")

        def build():  # kept per person until a list changes (responses/choices.py)
            return {name: [("", self.fields[name].empty_label),
                           *((str(o.pk), self.fields[name].label_from_instance(o)) for o in self.fields[name].queryset)]
                    for name in names}

        kept = choices.lists(self.user, access.organisation_ids(self.user), "bulk", build)
        lists = {}
        for name in names:
            chosen = str(self[name].value() or "")
            lists[name] = [(value, label, value == chosen) for value, label in kept[name]]
        return lists

    def values(self):
        return {name: self.cleaned_data[name] for name in ("applicability", "owner", "portfolio", "business_area",
                                                            "board", "target_on")
                if self.cleaned_data.get(name) not in (None, "")}

    def moves(self):
        return [move for move in ("confirm", "start") if self.cleaned_data.get(move)]

    def clean(self):
        data = super().clean()
        # The rows' checkboxes are the register's own; ids the person may not see are simply not found.
        data["ids"] = [int(i) for i in self.data.getlist("ids") if str(i).isdigit()]
        if not self.errors:
            if not data.get("all") and not data.get("ids"):
                raise forms.ValidationError("Select at least one row, or all the rows matching the filter.")
            if not self.values() and not self.moves():
                raise forms.ValidationError("Choose what to change for the selected rows.")
        return data
