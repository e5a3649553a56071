from django.contrib import admin

from oversight.core.admin import ThroughServicesAdmin
from oversight.core.exceptions import InvalidInput

from . import services
from .models import InspectionActivity


@admin.register(InspectionActivity)
class InspectionActivityAdmin(ThroughServicesAdmin):
    list_display = ["inspection", "kind", "starts_on", "ends_on", "organisation"]
    list_filter = ["organisation", "kind"]
    exclude = ["created_by"]

    def save_through_services(self, request, obj, form, change):
        values = dict(form.cleaned_data)
        organisation = values.pop("organisation")
        if change:
            activity = type(obj).objects.get(pk=obj.pk)
            if organisation != activity.organisation:
                raise InvalidInput("An activity stays on its organisation's calendar; add it to the other.")
            services.edit_activity(activity, by=request.user, **values)
        else:
            obj.pk = services.record_activity(organisation, by=request.user, **values).pk
