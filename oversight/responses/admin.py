"""Responses in the admin: status is read-only (only the workflow moves it) and nothing is deleted."""

from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin

from .models import Action, ClosureSubmission, Evidence, HmicfrsStatusEvent, Response, Transition, Update


@admin.register(Response)
class ResponseAdmin(NoDeleteAdmin):
    list_display = ["__str__", "organisation", "status", "rag", "owner", "portfolio", "target_on"]
    list_filter = ["organisation", "status", "rag", "applicability", "portfolio"]
    search_fields = ["finding__text", "finding__ref", "narrative"]
    raw_id_fields = ["finding", "owner", "superseded_by"]
    readonly_fields = ["status", "status_changed_at", "version", "sign_off_requested_by", "archived_at", "archived_by"]


@admin.register(Update, Action, Evidence, ClosureSubmission, HmicfrsStatusEvent)
class ResponseChildAdmin(NoDeleteAdmin):
    raw_id_fields = ["response"]


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
