"""A request id for each request: taken from X-Request-ID when a proxy set a sane one, else made here;
echoed in the reply and put on every log line written while the request is answered. And the
object store not answering, said plainly (503)."""

import logging
import re
import time
import uuid

from .logs import current_request_id

log = logging.getLogger("oversight.requests")
SANE = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request_id = given if SANE.match(given) else uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            log.info("%s %s %s", request.method, request.path, response.status_code, extra={
                "method": request.method, "path": request.path, "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
                "user_id": getattr(getattr(request, "user", None), "pk", None)})
            return response
        finally:
            current_request_id.reset(token)


class StorageUnavailableMiddleware:
    """The object store not answering is a 503 with a plain message, never a server error: the
    page's own data is in the database, and a write that needed the store was rolled back with it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not storage_unavailable(exception):
            return None
        logging.getLogger("oversight.ops").error("Object store unavailable on %s: %s", request.path,
                                                 type(exception).__name__)
        from django.shortcuts import render

        response = render(request, "ops/storage_down.html", status=503)
        response["Retry-After"] = "60"
        return response


def storage_unavailable(exception):
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # no S3 support installed: files are on disk
        return False
    if isinstance(exception, ClientError):
        # Throttling or the store's own fault, not "no such key" (a 404 the views handle).
        return exception.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 500) >= 500
    return isinstance(exception, BotoCoreError)
