from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin, WrittenOnPagesAdmin

from .models import Committee, Meeting, Paper, PaperTemplate


@admin.register(Committee)
class CommitteeAdmin(WrittenOnPagesAdmin):
    list_display = ["name", "organisation"]
    list_filter = ["organisation"]


@admin.register(Meeting)
class MeetingAdmin(WrittenOnPagesAdmin):
    list_display = ["committee", "held_on", "agenda_item"]
    list_filter = ["committee"]


@admin.register(Paper)
class PaperAdmin(NoDeleteAdmin):
    """Papers are written and issued on the papers pages; what a committee received never changes here."""

    list_display = ["meeting", "status", "period_start", "period_end", "issued_at"]
    list_filter = ["status"]
    readonly_fields = ["meeting", "period_start", "period_end", "status", "narrative", "content", "docx", "pdf",
                       "issued_at", "issued_by"]


@admin.register(PaperTemplate)
class PaperTemplateAdmin(NoDeleteAdmin):
    """Templates are uploaded on the papers pages, where they are checked first."""

    list_display = ["organisation", "original_name", "uploaded_at", "uploaded_by"]
    readonly_fields = ["organisation", "file", "original_name", "uploaded_at", "uploaded_by"]
