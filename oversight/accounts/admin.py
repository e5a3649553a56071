from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin

from oversight.core.admin import NoDeleteAdmin
from oversight.core.exceptions import NotAllowed

from . import services
from .models import Membership, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    filter_horizontal = ["portfolios", "business_areas"]


@admin.register(User)
class OversightUserAdmin(NoDeleteAdmin, UserAdmin):
    """People are deactivated, never deleted: their names stay on the record (issue 15)."""

    inlines = [MembershipInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active"]
    actions = ["deactivate_selected"]

    @admin.action(description="Deactivate the selected people (they can no longer sign in)")
    def deactivate_selected(self, request, queryset):
        done = 0
        for person in queryset:
            try:
                services.deactivate(person, by=request.user)
            except NotAllowed as refusal:
                self.message_user(request, f"{person}: {refusal.reason}", messages.ERROR)
            else:
                done += 1
        self.message_user(request, f"Deactivated {done} {'person' if done == 1 else 'people'}.")
