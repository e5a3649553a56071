"""Admin conventions: nothing a committee relied on is deleted (archive instead); a save goes through
the record's own service, as a page's would; records written on their own pages are only shown here."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction

from .exceptions import InvalidInput, NotAllowed


class _DryRun(Exception):
    """Unwinds a trial save: the form learns the service's answer and nothing is kept."""


class NoDeleteAdmin(admin.ModelAdmin):
    """Tracked records are archived, never deleted, so the admin offers no delete."""

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


class ThroughServicesAdmin(NoDeleteAdmin):
    """Saves go through the record's service (checked, audited under the administrator), never the ORM.
    A subclass says how in `save_through_services`. The form first tries the save in a savepoint that
    is rolled back, so a refusal is a form error with the typed values kept, and nothing is saved."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        model_admin = self

        class CheckedByTheService(form_class):
            def clean(self):
                cleaned = super().clean()
                if not self.errors:
                    model_admin._try(request, self, change)
                return cleaned

        return CheckedByTheService

    def _try(self, request, form, change):
        pk = form.instance.pk
        try:
            with transaction.atomic():
                self.save_through_services(request, form.instance, form, change)
                raise _DryRun
        except _DryRun:
            pass
        except (NotAllowed, InvalidInput) as refusal:
            raise ValidationError(str(refusal)) from None
        finally:
            form.instance.pk = pk

    def save_model(self, request, obj, form, change):
        try:
            self.save_through_services(request, obj, form, change)
        except (NotAllowed, InvalidInput) as refusal:
            self.message_user(request, f"Not saved: {refusal}", messages.ERROR)

    def save_through_services(self, request, obj, form, change):
        """By default: `edit(stored, changed values, by=)` or `add(organisation, values, by=)`, the
        organisation taken from the form; a record stays with its organisation."""
        if change:
            values = self.changed_values(form)
            values.pop("organisation", None)
            self.edit(type(obj).objects.get(pk=obj.pk), values, by=request.user)
        else:
            values = dict(form.cleaned_data)
            obj.pk = self.add(values.pop("organisation"), values, by=request.user).pk

    def add(self, organisation, values, *, by):
        raise NotImplementedError

    def edit(self, stored, values, *, by):
        raise NotImplementedError

    @staticmethod
    def changed_values(form):
        return {name: form.cleaned_data[name] for name in form.changed_data if name in form.cleaned_data}


class WrittenOnPagesAdmin(NoDeleteAdmin):
    """Records with rules of their own (gradings, monitoring phases, committees, meetings) are written on
    their pages, through their services; the admin shows them and changes nothing."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
