"""A request id for each request: taken from X-Request-ID when a proxy set a sane one, else made here;
echoed in the reply and put on every log line written while the request is answered."""

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
