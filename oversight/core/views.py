from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from . import errors


def healthz(request):
    """Liveness for a load balancer: the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def forbidden(request, exception=None):
    return render(request, "errors/403.html", {"reason": str(exception or "")}, status=403)


def not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def server_error(request):
    """A page that says what to do, or an RFC 9457 problem for the API; never Django's bare text."""
    return errors.server_error(request)
