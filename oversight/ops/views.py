"""Liveness and readiness for load balancers and orchestrators. Both are public and say nothing private."""

import logging
import time
import uuid

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_tasks_db.models import DBTaskResult

log = logging.getLogger(__name__)


@require_GET
@never_cache
def healthz(request):
    """Liveness: this process answers. It touches nothing else, so a slow database does not get it restarted."""
    return JsonResponse({"status": "ok"})


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _storage():
    name = default_storage.save(f"readiness/{uuid.uuid4().hex}.txt", ContentFile(b"ready"))
    try:
        with default_storage.open(name, "rb") as handle:
            if handle.read() != b"ready":
                raise OSError("the file read back was not the file written")
    finally:
        default_storage.delete(name)


def _queue():
    oldest = DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    waiting = round((timezone.now() - oldest).total_seconds()) if oldest else 0
    return {"oldest_waiting_seconds": waiting}


def _cache():
    key = f"ops:ready:{uuid.uuid4().hex}"
    cache.set(key, 1, timeout=10)
    if cache.get(key) != 1:
        raise OSError("the cache did not keep a value")
    cache.delete(key)


CHECKS = {"database": _database, "storage": _storage, "queue": _queue, "cache": _cache}


@require_GET
@never_cache
def readyz(request):
    """Readiness: the database, file storage, task queue and shared cache all answer (503 naming any that does not)."""
    report, ready = {}, True
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            detail = check() or {}
            report[name] = {"status": "ok", "ms": round((time.monotonic() - started) * 1000, 1), **detail}
        except Exception as error:  # any failure is "not ready", never a 500
            ready = False
            log.warning("Readiness check %s failed: %s", name, error)
            report[name] = {"status": "failing", "error": type(error).__name__}
    return JsonResponse({"status": "ok" if ready else "failing", "checks": report}, status=200 if ready else 503)
