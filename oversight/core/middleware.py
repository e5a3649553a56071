"""Request-wide guards: upload size refused before the body is read, and database refusals of bad
input answered as bad input rather than a server error."""

import logging

from django.conf import settings
from django.db import DataError

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
