from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin

from .models import Finding, FindingLink, Report, ReportInvolvement, StatutoryResponse


class InvolvementInline(admin.TabularInline):
    model = ReportInvolvement
    extra = 0

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(NoDeleteAdmin):
    list_display = ["title", "kind", "source", "published_on"]
    list_filter = ["kind", "source"]
    search_fields = ["title", "summary"]
    date_hierarchy = "published_on"
    inlines = [InvolvementInline]
    readonly_fields = ["content_hash", "created_by", "archived_at", "archived_by"]


@admin.register(Finding)
class FindingAdmin(NoDeleteAdmin):
    list_display = ["__str__", "kind", "ref", "report", "due_on", "text_is_printed"]
    list_filter = ["kind", "text_is_printed"]
    search_fields = ["text", "ref", "report__title"]
    raw_id_fields = ["report", "parent"]
    readonly_fields = ["archived_at", "archived_by"]


@admin.register(FindingLink)
class FindingLinkAdmin(NoDeleteAdmin):
    list_display = ["source", "relation", "target"]
    raw_id_fields = ["source", "target"]


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
