from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin

from .models import Board, BusinessArea, ClosureLevel, Organisation, Portfolio


@admin.register(Organisation)
class OrganisationAdmin(NoDeleteAdmin):
    list_display = ["name", "short_name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    filter_horizontal = ["oversees"]


@admin.register(Portfolio, BusinessArea, Board)
class ReferenceListAdmin(NoDeleteAdmin):
    list_display = ["name", "organisation", "archived_at"]
    list_filter = ["organisation"]
    search_fields = ["name"]
    readonly_fields = ["archived_at", "archived_by"]


@admin.register(ClosureLevel)
class ClosureLevelAdmin(NoDeleteAdmin):
    list_display = ["code", "description", "organisation", "position"]
    list_filter = ["organisation"]
