"""API: the calendar of inspection activity."""

from rest_framework import serializers

from oversight.core.api import ReadOnlyScoped

from .models import InspectionActivity


class InspectionActivitySerializer(serializers.ModelSerializer):
    class Meta:
        model = InspectionActivity
        fields = ["id", "organisation", "inspection", "kind", "starts_on", "ends_on", "place", "notes", "report"]


class InspectionActivityViewSet(ReadOnlyScoped):
    """Briefings, fieldwork, debriefs, publications and forthcoming inspections."""

    queryset = InspectionActivity.objects.all()
    serializer_class = InspectionActivitySerializer
    filterset_fields = ["organisation", "kind", "report"]
    ordering_fields = ["starts_on"]


def register(router):
    router.register("inspection-activities", InspectionActivityViewSet, basename="inspectionactivity")
