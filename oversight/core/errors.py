"""Error pages and API problem bodies (RFC 9457) for what Django itself answers: 413, 400, 500."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string


def wants_json(request):
    return request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", "")


def problem(request, status, title, detail, template):
    if wants_json(request):
        return JsonResponse({"type": "about:blank", "title": title, "status": status, "detail": detail},
                            status=status, content_type="application/problem+json")
    # A standalone page: no context processors, no database, so it renders even when those fail.
    html = render_to_string(template, {"title": title, "detail": detail, "status": status})
    return HttpResponse(html, status=status)


def too_large(request):
    limit = settings.MAX_UPLOAD_BYTES // (1024 * 1024) or 1
    return problem(request, 413, "The file is too large",
                   f"The file is larger than {limit} MB. Upload a smaller file.", "errors/standalone.html")


def bad_input(request):
    return problem(request, 400, "Some of what you sent cannot be stored",
                   "A value is too long or contains characters that cannot be stored (for example a NUL byte). "
                   "Nothing was saved. Shorten it or remove the characters and try again.", "errors/standalone.html")


def server_error(request):
    return problem(request, 500, "Sorry, there is a problem with the service",
                   "Nothing you sent was lost on our side: try again later. If it keeps happening, tell your "
                   "system administrator the time it happened.", "errors/standalone.html")
