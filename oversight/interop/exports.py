"""Register exports: sent while the person waits when small, written by a task when large.

A download of more than EXPORT_INLINE_ROWS rows would keep an app server's worker busy past its
timeout (100,000 rows as .xlsx take about a minute), so it becomes an ExportRun: the task
(`oversight worker`) reads the rows again as the person, writes the file to storage, and the
status page offers the download when it is ready.
"""

import datetime
import tempfile
from types import SimpleNamespace

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput

from . import exporter
from .models import ExportRun

DROPPED = ("format", "page")


def inline_limit():
    return settings.EXPORT_INLINE_ROWS


def register_rows(params, user):
    """The register rows `user` sees with these filters (a QueryDict), in the register's order."""
    from oversight.responses.filters import ResponseFilterSet
    from oversight.responses.models import Response

    params = params.copy()
    for key in DROPPED:
        params.pop(key, None)
    qs = access.visible(Response.objects.for_register(), user)
    filterset = ResponseFilterSet(params or None, queryset=qs, request=SimpleNamespace(user=user))
    if filterset.is_bound and not filterset.is_valid():
        problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in filterset.errors.items())
        raise InvalidInput(f"The filters are not valid: {problems}")
    return filterset.qs if filterset.is_bound else qs


@transaction.atomic
def queue_export(params, fmt, *, by):
    """Record an export to be written in the background, and queue its task once this commits."""
    from . import tasks

    query = params.copy()
    for key in DROPPED:
        query.pop(key, None)
    run = ExportRun.objects.create(requested_by=by, query=query.urlencode(), fmt=fmt)
    transaction.on_commit(lambda: tasks.export_register.enqueue(run.pk))
    return run


def write_export(run):
    """Write a queued export's file (idempotent: a run already written is left as it is)."""
    if run.state != ExportRun.State.QUEUED:
        return run
    params = QueryDict(run.query)
    rows = register_rows(params, run.requested_by)
    count = rows.count()
    columns = exporter.register_columns(params.getlist("cols"))
    with tempfile.TemporaryFile() as out:
        if run.fmt == "csv":
            for chunk in exporter.stream_csv(exporter.register_rows(rows), columns):
                out.write(chunk)
        else:
            exporter.write_xlsx(exporter.register_rows(rows), columns, out, title="Register")
        out.seek(0)
        with transaction.atomic():
            fresh = ExportRun.objects.select_for_update().get(pk=run.pk)
            if fresh.state != ExportRun.State.QUEUED:
                return fresh
            fresh.file.save(f"register-{fresh.pk}.{fresh.fmt}", File(out, name=f"register.{fresh.fmt}"), save=False)
            fresh.state, fresh.rows, fresh.finished_at = ExportRun.State.READY, count, timezone.now()
            fresh.save(update_fields=["file", "state", "rows", "finished_at"])
    return fresh


def fail_export(run_pk, *, message):
    ExportRun.objects.filter(pk=run_pk, state=ExportRun.State.QUEUED).update(
        state=ExportRun.State.FAILED, finished_at=timezone.now(),
        message=f"The export stopped ({message}). Try the download again, or ask an administrator.")


def expire_exports(now=None):
    """Delete the files of prepared exports older than EXPORT_KEEP_DAYS; their pages say so. Returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.EXPORT_KEEP_DAYS)
    expired = 0
    for run in ExportRun.objects.filter(state=ExportRun.State.READY, finished_at__lt=cutoff).iterator():
        with transaction.atomic():
            fresh = ExportRun.objects.select_for_update().get(pk=run.pk)
            if fresh.state != ExportRun.State.READY:
                continue
            name = fresh.file.name
            fresh.file, fresh.state = "", ExportRun.State.EXPIRED
            fresh.message = (f"The file was removed {settings.EXPORT_KEEP_DAYS} days after it was prepared. "
                             "Download the register again for an up-to-date copy.")
            fresh.save(update_fields=["file", "state", "message"])
            # Deleted once the state is committed: a failure after this leaves a stray file, never a broken link.
            transaction.on_commit(lambda name=name, storage=fresh.file.storage: name and storage.delete(name))
        expired += 1
    return expired
