from django.contrib import admin

from oversight.core.admin import WrittenOnPagesAdmin

from .models import Grading, MonitoringPhase


@admin.register(Grading)
class GradingAdmin(WrittenOnPagesAdmin):
    list_display = ["area", "grade", "framework", "organisation", "published_on"]
    list_filter = ["organisation", "framework", "grade"]


@admin.register(MonitoringPhase)
class MonitoringPhaseAdmin(WrittenOnPagesAdmin):
    list_display = ["organisation", "phase", "started_on", "ended_on"]
    filter_horizontal = ["causes"]
