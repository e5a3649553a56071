"""Admin conventions: nothing a committee relied on is deleted (archive instead)."""

from django.contrib import admin


class NoDeleteAdmin(admin.ModelAdmin):
    """Tracked records are archived, never deleted, so the admin offers no delete."""

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions
