from django.contrib import admin, messages

from oversight.core.exceptions import InvalidInput, NotAllowed

from . import services
from .models import ClaimMapping, SecondFactorRule


class _ThroughServices(admin.ModelAdmin):
    def _refused(self, request, refusal):
        self.message_user(request, f"Not saved: {refusal}", messages.ERROR)


@admin.register(ClaimMapping)
class ClaimMappingAdmin(_ThroughServices):
    """Which claim from the force's identity provider puts a person in which organisation and role."""

    list_display = ["organisation", "claim", "value", "role"]
    list_filter = ["organisation", "role"]
    search_fields = ["value"]

    def save_model(self, request, obj, form, change):
        try:
            services.save_mapping(obj, by=request.user)
        except (NotAllowed, InvalidInput) as refusal:
            self._refused(request, refusal)

    def delete_model(self, request, obj):
        services.remove_mapping(obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for mapping in queryset:
            services.remove_mapping(mapping, by=request.user)


@admin.register(SecondFactorRule)
class SecondFactorRuleAdmin(_ThroughServices):
    """Whether an organisation's password sign-ins need an authenticator app's code too."""

    list_display = ["organisation", "required"]

    def save_model(self, request, obj, form, change):
        try:
            obj.pk = services.require_second_factor(obj.organisation, obj.required, by=request.user).pk
        except NotAllowed as refusal:
            self._refused(request, refusal)

    def has_delete_permission(self, request, obj=None):
        return False
