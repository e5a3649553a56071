from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin

from .models import InspectionActivity


@admin.register(InspectionActivity)
class InspectionActivityAdmin(NoDeleteAdmin):
    list_display = ["inspection", "kind", "starts_on", "ends_on", "organisation"]
    list_filter = ["organisation", "kind"]
