from django import forms
from django.contrib import admin

from oversight.core.admin import NoDeleteAdmin, ThroughServicesAdmin, WrittenOnPagesAdmin
from oversight.core.exceptions import InvalidInput

from . import layouts, services
from .models import Committee, Meeting, Paper, PaperTemplate


class CommitteeForm(forms.ModelForm):
    class Meta:
        model = Committee
        fields = ["organisation", "name", "layout"]  # archived on the organisation's lists page, with a reason

    def clean_layout(self):
        """The layout (sections, numbering, second-person approval ...) is checked before it is saved."""
        layout = self.cleaned_data.get("layout") or {}
        try:
            layouts.resolve(layout)
        except InvalidInput as problem:
            raise forms.ValidationError(str(problem)) from problem
        return layout


@admin.register(Committee)
class CommitteeAdmin(ThroughServicesAdmin):
    """A committee's layout (sections, numbering, second-person approval) is kept here, through papers.services."""

    form = CommitteeForm
    list_display = ["name", "organisation"]
    list_filter = ["organisation"]

    def add(self, organisation, values, *, by):
        committee = services.add_committee(organisation, values["name"], by=by)
        return services.edit_committee(committee, {"layout": values.get("layout") or {}}, by=by)

    def edit(self, stored, values, *, by):
        return services.edit_committee(stored, values, by=by)


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
