from django.contrib import admin

from oversight.core.admin import ThroughServicesAdmin

from . import services
from .models import Board, BusinessArea, ClosureLevel, Organisation, Portfolio


@admin.register(Organisation)
class OrganisationAdmin(ThroughServicesAdmin):
    list_display = ["name", "short_name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    filter_horizontal = ["oversees"]

    def save_through_services(self, request, obj, form, change):
        if change:
            services.edit_organisation(type(obj).objects.get(pk=obj.pk), self.changed_values(form), by=request.user)
        else:
            data = form.cleaned_data
            obj.pk = services.add_organisation(by=request.user, kind=data["kind"], name=data["name"],
                                               short_name=data["short_name"], oversees=data.get("oversees", ())).pk

    def save_related(self, request, form, formsets, change):
        """Whom it oversees was saved by the service."""


class ReferenceItemAdmin(ThroughServicesAdmin):
    """Reference lists are kept on the organisation's own pages too; here, the same writer."""

    list_filter = ["organisation"]
    exclude = ["archived_at", "archived_by", "archive_reason"]  # archive on the lists' pages: a reason is asked

    def add(self, organisation, values, *, by):
        return services.add_item(self.model, organisation, values, by=by)

    def edit(self, stored, values, *, by):
        return services.edit_item(stored, values, by=by)


@admin.register(Portfolio, BusinessArea, Board)
class ReferenceListAdmin(ReferenceItemAdmin):
    list_display = ["name", "organisation", "archived_at"]
    search_fields = ["name"]


@admin.register(ClosureLevel)
class ClosureLevelAdmin(ReferenceItemAdmin):
    list_display = ["code", "description", "organisation", "position"]
