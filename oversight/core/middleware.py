"""Request-wide guards: upload size refused before the body is read, the audit actor for API tokens,
and database refusals of bad input answered as bad input rather than a server error."""

import logging

from auditlog.middleware import AuditlogMiddleware
from django.conf import settings
from django.db import DataError
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from . import errors

log = logging.getLogger(__name__)

# Multipart framing and the form's other fields ride along with the file.
UPLOAD_OVERHEAD_BYTES = 1024 * 1024


class UploadLimitMiddleware:
    """One limit for every route (pages, API, admin): a body over MAX_UPLOAD_BYTES is refused with 413
    before any of it is read, so a 200 MB post costs nothing but its headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_UPLOAD_BYTES + UPLOAD_OVERHEAD_BYTES:
            return errors.too_large(request)
        return self.get_response(request)


class BadInputMiddleware:
    """A value the database cannot store (PostgreSQL: a NUL byte, text over a column's length) is the
    sender's mistake: 400 with a message, never a 500. Services validate first; this is the net."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DataError):
            log.warning("Refused input the database cannot store: %s", exception)
            return errors.bad_input(request)
        return None


class ActorMiddleware(AuditlogMiddleware):
    """auditlog's middleware, which also knows the person behind an API token.

    auditlog reads the actor before the view runs, when DRF has not yet authenticated a token, so
    every API change was recorded as "System" (issue 15). The token is read here the same way DRF
    will read it; an invalid token is left for DRF to refuse.
    """

    @staticmethod
    def _get_actor(request):
        actor = AuditlogMiddleware._get_actor(request)
        if actor is None and request.headers.get("Authorization", "").lower().startswith("token "):
            try:
                found = TokenAuthentication().authenticate(request)
            except AuthenticationFailed:
                found = None
            if found:
                actor = found[0]
        return actor
