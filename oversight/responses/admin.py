"""Responses in the admin: status is read-only (only the workflow moves it) and nothing is deleted."""

from django import forms
from django.contrib import admin, messages

from oversight.core.admin import NoDeleteAdmin
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit

from . import services
from .models import Action, ClosureSubmission, Evidence, HmicfrsStatusEvent, Response, Transition, Update


class ResponseAdminForm(forms.ModelForm):
    """The page's editable fields and the version the editor started from, like the page's form."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Response
        fields = services.EDITABLE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["expected_version"] = self.instance.version

    def clean(self):
        data = super().clean()
        current = Response.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
        if current is not None and data.get("expected_version") != current:
            raise forms.ValidationError("Someone changed this response since you opened it; reload and apply "
                                        "your change again.")
        return data


@admin.register(Response)
class ResponseAdmin(NoDeleteAdmin):
    """Edits go through responses.services like the page's, so they are checked, audited under the
    administrator and bump the version (an open form elsewhere is then told, not overwritten)."""

    form = ResponseAdminForm
    list_display = ["__str__", "organisation", "status", "rag", "owner", "portfolio", "target_on"]
    list_filter = ["organisation", "status", "rag", "applicability", "portfolio"]
    search_fields = ["finding__text", "finding__ref", "narrative"]
    raw_id_fields = ["owner"]
    readonly_fields = ["finding", "organisation", "status", "status_changed_at", "version", "sign_off_requested_by",
                       "superseded_by", "archived_at", "archived_by", "archive_reason"]

    def has_add_permission(self, request):
        return False  # responses are opened by reading or importing a report, through the services

    def save_model(self, request, obj, form, change):
        before = Response.objects.get(pk=obj.pk)
        values = {name: form.cleaned_data[name] for name in form.changed_data if name in services.EDITABLE_FIELDS}
        if not values:
            return
        try:
            services.edit_response(before, values, by=request.user,
                                   expected_version=form.cleaned_data["expected_version"])
        except (NotAllowed, InvalidInput, StaleEdit) as refusal:
            self.message_user(request, f"Not saved: {refusal}", messages.ERROR)

    def save_related(self, request, form, formsets, change):
        pass  # nothing related is edited here


@admin.register(Update, Action, Evidence, ClosureSubmission, HmicfrsStatusEvent)
class ResponseChildAdmin(NoDeleteAdmin):
    """Read-only here: updates, actions and evidence are written on the response's page (services)."""

    raw_id_fields = ["response"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Transition)
class TransitionAdmin(admin.ModelAdmin):
    """The record of status changes: readable, never edited or deleted."""

    list_display = ["response", "action", "source", "target", "by", "at"]
    list_filter = ["action", "target"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
