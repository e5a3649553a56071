"""API: responses and everything recorded under them.

Serializers only parse; writes go through responses.services and status changes through
responses.workflow, exactly as the pages do.
"""

from django.http import FileResponse, Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, parsers, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response as HttpResponse

from oversight.accounts import access
from oversight.accounts.models import User
from oversight.core.api import IF_MATCH, ReadOnlyScoped, ScopedViewSetMixin, VersionedMixin, etag
from oversight.organisations.models import Board, BusinessArea, Portfolio

from .filters import ResponseFilterSet
from .models import Action, ClosureSubmission, Evidence, Response, Update


class ScopedChoices(serializers.PrimaryKeyRelatedField):
    """A related record the user may see; anything else is 'does not exist'."""

    def get_queryset(self):
        request = self.context.get("request")
        queryset = super().get_queryset()
        if request is None:
            return queryset.none()
        return access.visible(queryset, request.user)


class ResponseSerializer(serializers.ModelSerializer):
    owner = ScopedChoices(queryset=User.objects.all(), allow_null=True, required=False)
    portfolio = ScopedChoices(queryset=Portfolio.objects.all(), allow_null=True, required=False)
    business_area = ScopedChoices(queryset=BusinessArea.objects.all(), allow_null=True, required=False)
    board = ScopedChoices(queryset=Board.objects.all(), allow_null=True, required=False)
    report = serializers.IntegerField(source="finding.report_id", read_only=True)
    finding_label = serializers.CharField(source="finding.label", read_only=True)

    class Meta:
        model = Response
        fields = ["id", "organisation", "finding", "finding_label", "report", "applicability",
                  "applicability_reason", "status", "status_changed_at", "rag", "owner", "portfolio",
                  "business_area", "board", "target_on", "narrative", "hmicfrs_status", "version"]
        read_only_fields = ["organisation", "finding", "status", "status_changed_at", "version"]


class TransitionSerializer(serializers.Serializer):
    action = serializers.CharField(help_text="A workflow verb: confirm, start, request_sign_off, submit, accept, "
                                             "not_accept, reopen, supersede, mark_not_applicable")
    comment = serializers.CharField(required=False, allow_blank=True, default="")
    payload = serializers.DictField(required=False, default=dict,
                                    help_text="What the action records, for example a closure level or decision date")


class ArchiveSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=500, help_text="Why the response is archived; it stays on the record.")


@extend_schema_view(
    update=extend_schema(parameters=[IF_MATCH], responses={200: ResponseSerializer, 409: None, 412: None, 428: None}),
    partial_update=extend_schema(parameters=[IF_MATCH],
                                 responses={200: ResponseSerializer, 409: None, 412: None, 428: None}),
)
class ResponseViewSet(VersionedMixin, ScopedViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                      mixins.UpdateModelMixin, viewsets.GenericViewSet):
    """One organisation's response to one finding. Status changes only through /transition/."""

    queryset = Response.objects.for_register().order_by("finding__report__published_on", "finding__position", "id")
    serializer_class = ResponseSerializer
    filterset_class = ResponseFilterSet
    ordering_fields = ["target_on", "status", "rag", "status_changed_at", "id"]

    def filter_queryset(self, queryset):
        if self.detail:
            return queryset  # one record by its id: an archived response stays readable, as on its page
        return super().filter_queryset(queryset)

    def update(self, request, *args, partial=False, **kwargs):
        from . import services

        response = self.get_object()
        self.require("edit_response", response)
        expected = self.expected_version(response)
        serializer = self.get_serializer(response, data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        response = services.edit_response(response, dict(serializer.validated_data), by=request.user,
                                          expected_version=expected)
        response = self.get_queryset().get(pk=response.pk)
        reply = HttpResponse(self.get_serializer(response).data)
        reply["ETag"] = etag(response)
        return reply

    @extend_schema(request=ArchiveSerializer, responses={200: ResponseSerializer, 403: None, 422: None})
    @action(detail=True, methods=["post"])
    def archive(self, request, pk=None, **kwargs):
        """Take the response off the register with a reason; nothing is deleted (audit.services.archive)."""
        from oversight.audit import services as audit_services

        response = self.get_object()
        serializer = ArchiveSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        self.require("archive", response)
        audit_services.archive(response, by=request.user, reason=serializer.validated_data["reason"])
        return HttpResponse(self.get_serializer(response).data)

    @extend_schema(request=TransitionSerializer, responses={200: ResponseSerializer, 400: None, 403: None, 409: None})
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None, **kwargs):
        """Apply one workflow action; the workflow decides who may and what it needs."""
        from . import workflow

        response = self.get_object()
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        verb = serializer.validated_data["action"]
        known = getattr(workflow, "TRANSITIONS", None)
        if known is not None and verb not in known:
            raise serializers.ValidationError({"action": f'"{verb}" is not a workflow action.'})
        try:
            response = workflow.transition(response, verb, by=request.user,
                                           comment=serializer.validated_data["comment"],
                                           **serializer.validated_data["payload"])
        except TypeError as error:
            raise serializers.ValidationError({"payload": f"This action does not take those fields ({error})."}) from error
        response = self.get_queryset().get(pk=response.pk)
        reply = HttpResponse(self.get_serializer(response).data)
        reply["ETag"] = etag(response)
        return reply


class UpdateSerializer(serializers.ModelSerializer):
    response = ScopedChoices(queryset=Response.objects.all())

    class Meta:
        model = Update
        fields = ["id", "response", "written_on", "text", "rag", "by", "created_at", "version"]
        read_only_fields = ["by", "created_at", "version"]


class UpdateViewSet(VersionedMixin, ScopedViewSetMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Dated progress notes; adding one goes through responses.services.add_update."""

    queryset = Update.objects.all()
    serializer_class = UpdateSerializer
    filterset_fields = ["response", "rag", "written_on"]
    ordering_fields = ["written_on", "id"]

    def perform_create(self, serializer):
        from . import services

        data = serializer.validated_data
        self.require("add_update", data["response"])
        serializer.instance = services.add_update(
            data["response"], text=data["text"], rag=data.get("rag", ""),
            written_on=data.get("written_on") or timezone.localdate(), by=self.request.user)


class ActionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Action
        fields = ["id", "response", "description", "owner", "due_on", "done_on", "version"]


class ActionViewSet(VersionedMixin, ReadOnlyScoped):
    """Action-plan steps under each response."""

    queryset = Action.objects.all()
    serializer_class = ActionSerializer
    filterset_fields = ["response", "owner"]
    ordering_fields = ["due_on", "id"]


class EvidenceSerializer(serializers.ModelSerializer):
    response = ScopedChoices(queryset=Response.objects.all())
    file = serializers.FileField(required=False, write_only=True)
    has_file = serializers.SerializerMethodField()

    class Meta:
        model = Evidence
        fields = ["id", "response", "description", "file", "has_file", "url", "added_by", "created_at"]
        read_only_fields = ["added_by", "created_at"]

    def get_has_file(self, evidence) -> bool:
        return bool(evidence.file)

    def validate(self, attrs):
        if not attrs.get("file") and not attrs.get("url"):
            raise serializers.ValidationError("Attach a file or give a link.")
        return attrs


class EvidenceViewSet(ScopedViewSetMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Files and links that show what was done; files are uploaded as multipart and read back at /download/."""

    queryset = Evidence.objects.all()
    serializer_class = EvidenceSerializer
    parser_classes = [parsers.MultiPartParser, parsers.FormParser, parsers.JSONParser]
    filterset_fields = ["response"]
    ordering_fields = ["created_at", "id"]

    def perform_create(self, serializer):
        from . import services

        data = serializer.validated_data
        self.require("add_evidence", data["response"])
        # The same writer as the page: type and size checked, stored through default_storage, audited.
        serializer.instance = services.attach_evidence(
            data["response"], description=data.get("description", ""), files=[data.get("file")],
            url=data.get("url", ""), by=self.request.user)[0]

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"])
    def download(self, request, pk=None, **kwargs):
        """The evidence file itself."""
        evidence = self.get_object()
        if not evidence.file:
            raise Http404("This evidence is a link, not a file.")
        return FileResponse(evidence.file.open("rb"), as_attachment=True,
                            filename=evidence.file.name.rsplit("/", 1)[-1])


class ClosureSubmissionSerializer(serializers.ModelSerializer):
    level = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = ClosureSubmission
        fields = ["id", "response", "submitted_on", "level", "summary", "decision", "decided_on", "feedback", "by"]


class ClosureSubmissionViewSet(ReadOnlyScoped):
    """Submissions to HMICFRS for closure, with HMICFRS's decision."""

    queryset = ClosureSubmission.objects.select_related("level")
    serializer_class = ClosureSubmissionSerializer
    filterset_fields = ["response", "decision"]
    ordering_fields = ["submitted_on", "decided_on"]


def register(router):
    router.register("responses", ResponseViewSet, basename="response")
    router.register("updates", UpdateViewSet, basename="update")
    router.register("actions", ActionViewSet, basename="action")
    router.register("evidence", EvidenceViewSet, basename="evidence")
    router.register("closure-submissions", ClosureSubmissionViewSet, basename="closuresubmission")

