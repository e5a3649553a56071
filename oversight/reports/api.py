"""API: reports and their findings, as printed."""

from rest_framework import serializers

from oversight.core.api import ReadOnlyScoped

from .models import Finding, Report


class ReportSerializer(serializers.ModelSerializer):
    class Meta:
        model = Report
        fields = ["id", "source", "title", "kind", "published_on", "url", "summary", "joint_inspectorates",
                  "hmicfrs_reference"]


class FindingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Finding
        fields = ["id", "report", "kind", "ref", "text", "text_is_printed", "addressees", "due_text", "due_on",
                  "parent", "accelerated", "theme", "hmicfrs_reference", "position"]


class ReportViewSet(ReadOnlyScoped):
    """Publications that make findings, visible when they concern the user's organisations."""

    queryset = Report.objects.all()
    serializer_class = ReportSerializer
    filterset_fields = ["source", "kind", "published_on"]
    ordering_fields = ["published_on", "title"]


class FindingViewSet(ReadOnlyScoped):
    """Recommendations, areas for improvement and causes of concern."""

    queryset = Finding.objects.all()
    serializer_class = FindingSerializer
    filterset_fields = ["report", "kind", "parent", "accelerated"]
    ordering_fields = ["position", "due_on", "ref"]


def register(router):
    router.register("reports", ReportViewSet, basename="report")
    router.register("findings", FindingViewSet, basename="finding")
