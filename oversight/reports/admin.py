from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin, ThroughServicesAdmin

from . import services
from .models import Finding, FindingLink, Report, ReportInvolvement, StatutoryResponse


class InvolvementInline(admin.TabularInline):
    """Shown, not edited: involvements are recorded on the report's page (reports.services)."""

    model = ReportInvolvement
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(ThroughServicesAdmin):
    list_display = ["title", "kind", "source", "published_on"]
    list_filter = ["kind", "source"]
    search_fields = ["title", "summary"]
    date_hierarchy = "published_on"
    inlines = [InvolvementInline]
    readonly_fields = ["content_hash", "created_by", "archived_at", "archived_by", "archive_reason"]

    def save_through_services(self, request, obj, form, change):
        values = {name: form.cleaned_data[name] for name in form.changed_data}
        if change:
            services.edit_report(type(obj).objects.get(pk=obj.pk), values, by=request.user)
        else:
            created = services.create_report(by=request.user, **{k: form.cleaned_data[k] for k in
                                                                 ("title", "kind", "published_on", "url", "summary")})
            obj.pk = created.pk


@admin.register(Finding)
class FindingAdmin(ThroughServicesAdmin):
    list_display = ["__str__", "kind", "ref", "report", "due_on", "text_is_printed"]
    list_filter = ["kind", "text_is_printed"]
    search_fields = ["text", "ref", "report__title"]
    raw_id_fields = ["report", "parent"]
    readonly_fields = ["archived_at", "archived_by", "archive_reason"]

    def save_through_services(self, request, obj, form, change):
        fields = services.EDITABLE_FINDING_FIELDS
        if change:
            values = {name: form.cleaned_data[name] for name in form.changed_data if name in fields}
            services.edit_finding(type(obj).objects.get(pk=obj.pk), values, by=request.user, organisation=None)
        else:
            values = {name: form.cleaned_data[name] for name in fields if name in form.cleaned_data}
            obj.pk = services.add_finding(form.cleaned_data["report"], by=request.user, organisation=None,
                                          **values).pk


@admin.register(FindingLink)
class FindingLinkAdmin(NoDeleteAdmin):
    """Read-only: links are made on the similar-findings page (reports.services.link_findings)."""

    list_display = ["source", "relation", "target"]
    raw_id_fields = ["source", "target"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(StatutoryResponse)
class StatutoryResponseAdmin(NoDeleteAdmin):
    """Read the workflow here; draft, approve and publish on the comments page (reports.services)."""

    list_display = ["report", "organisation", "due_on", "status", "published_on"]
    list_filter = ["status", "required"]
    raw_id_fields = ["report"]
    readonly_fields = ["status", "comments", "finding_comments", "drafted_by", "approval_requested_by",
                       "approved_by", "approved_at", "published_on", "url", "copied_to_home_secretary_on",
                       "copied_to_hmicfrs_on", "published_by", "overridden_by", "overridden_at", "reminders_sent",
                       "version"]
