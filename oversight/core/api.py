"""What every API viewset shares: organisation scoping, the domain's errors as HTTP, ETag / If-Match.

The pages and the API answer alike: another organisation's id is 404 (access.visible), a
refusal is 403 with the reason, a stale write is 412 (If-Match names an old version) or 409
(someone saved between our check and our write).
"""

from contextlib import ExitStack

from auditlog.context import set_actor
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, status, viewsets
from rest_framework.response import Response as HttpResponse

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit, Unmet


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Someone else changed this record first; fetch it again and reapply your change."
    default_code = "conflict"


class Unprocessable(exceptions.APIException):
    """What the page shows as a form error with 422: the same service, the same message."""

    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = "This cannot be done now."
    default_code = "unprocessable"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The record has changed since the version named in If-Match; fetch it again."
    default_code = "stale"


class PreconditionRequired(exceptions.APIException):
    status_code = 428
    default_detail = 'Send If-Match with the ETag of the version you are changing, for example If-Match: "3".'
    default_code = "if_match_required"


IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=True,
    description='The ETag from the last GET, for example "3". A stale one gives 412.',
)


class ScopedViewSetMixin:
    """Querysets go through access.visible first; domain errors become HTTP errors."""

    lookup_value_converter = "int"  # ids are integers: anything else is not found by the resolver

    def get_queryset(self):
        return access.visible(super().get_queryset(), self.request.user)

    def initial(self, request, *args, **kwargs):
        """Once DRF has authenticated the caller (token, session or a test's force_authenticate), every
        write of this request is audited under them: the API's changes were "System" (issue 15)."""
        super().initial(request, *args, **kwargs)
        self._audit_actor = ExitStack()
        if request.user and request.user.is_authenticated:
            self._audit_actor.enter_context(set_actor(request.user))

    def finalize_response(self, request, response, *args, **kwargs):
        stack = getattr(self, "_audit_actor", None)
        if stack is not None:
            stack.close()
        return super().finalize_response(request, response, *args, **kwargs)

    def handle_exception(self, exc):
        if isinstance(exc, Unmet | InvalidInput):
            exc = Unprocessable(str(exc))
        elif isinstance(exc, NotAllowed):
            exc = exceptions.PermissionDenied(exc.reason)
        elif isinstance(exc, StaleEdit):
            exc = Conflict()
        return super().handle_exception(exc)

    def require(self, action, obj):
        """403 with the reason unless access.can allows the action."""
        decision = access.can(self.request.user, action, obj)
        if not decision:
            raise exceptions.PermissionDenied(decision.reason)


def etag(obj):
    return f'"{obj.version}"'


class VersionedMixin:
    """GET carries an ETag of the record's version; PUT and PATCH must send it back in If-Match."""

    def retrieve(self, request, *args, **kwargs):
        obj = self.get_object()
        response = HttpResponse(self.get_serializer(obj).data)
        response["ETag"] = etag(obj)
        return response

    def expected_version(self, obj):
        header = self.request.headers.get("If-Match", "").strip()
        if not header:
            raise PreconditionRequired()
        if header == "*":
            return obj.version
        tag = header.removeprefix("W/").strip('"')
        if not tag.isdigit() or int(tag) != obj.version:
            raise PreconditionFailed()
        return int(tag)


class ReadOnlyScoped(ScopedViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """List and read, scoped to the user's organisations."""
