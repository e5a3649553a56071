"""API: gradings and monitoring phases."""

from rest_framework import serializers

from oversight.core.api import ReadOnlyScoped

from .models import Grading, MonitoringPhase


class GradingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Grading
        fields = ["id", "organisation", "framework", "pillar", "area", "grade", "published_on", "report",
                  "stated_trend"]


class MonitoringPhaseSerializer(serializers.ModelSerializer):
    class Meta:
        model = MonitoringPhase
        fields = ["id", "organisation", "phase", "started_on", "ended_on", "reason", "causes"]


class GradingViewSet(ReadOnlyScoped):
    """Graded questions of each inspection framework."""

    queryset = Grading.objects.all()
    serializer_class = GradingSerializer
    filterset_fields = ["organisation", "framework", "grade"]
    ordering_fields = ["published_on", "area"]


class MonitoringPhaseViewSet(ReadOnlyScoped):
    """The organisation's HMICFRS monitoring phases over time."""

    queryset = MonitoringPhase.objects.prefetch_related("causes")
    serializer_class = MonitoringPhaseSerializer
    filterset_fields = ["organisation", "phase"]
    ordering_fields = ["started_on"]


def register(router):
    router.register("gradings", GradingViewSet, basename="grading")
    router.register("monitoring-phases", MonitoringPhaseViewSet, basename="monitoringphase")
