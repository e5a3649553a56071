from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin

from .models import ReportUpload


@admin.register(ReportUpload)
class ReportUploadAdmin(NoDeleteAdmin):
    """Read-only: a review is changed on its own page, where the rules are checked."""

    list_display = ["__str__", "organisation", "uploaded_by", "created_at", "confirmed_at"]
    list_filter = ["organisation"]
    search_fields = ["title", "source_name", "content_hash"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
