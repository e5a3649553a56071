"""The audit page and its CSV export: read-only views of django-auditlog's LogEntry."""

import csv

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from oversight.accounts import access

from .filters import LogEntryFilterSet
from .presenting import describe_many
from .scoping import actor_names, visible_entries


def _filtered(request):
    decision = access.can(request.user, "view_audit")
    if not decision:
        raise PermissionDenied(decision.reason)
    return LogEntryFilterSet(request.GET, queryset=visible_entries(request.user).order_by("-timestamp", "-id"),
                             request=request)


@require_safe
@login_required
def audit_log(request):
    """Every recorded change the person may see, newest first, filterable by person, date and record."""
    filterset = _filtered(request)
    page = Paginator(filterset.qs, 50).get_page(request.GET.get("page"))
    names = actor_names(page, request.user)
    for entry in page:
        entry.actor_label = names.get(entry.actor_id, "System")
    rows = list(zip(page, describe_many(page), strict=True))  # ids resolved to names in one query per model
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "audit/audit_log.html", {
        "filter": filterset, "page": page, "rows": rows, "query": query.urlencode(),
    })


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Echo:
    def write(self, value):
        return value


def _safe(value):
    """Spreadsheets run cells that start with = + - @ as formulas; prefix them so they are text."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@require_safe
@login_required
def audit_export(request):
    """The same entries as the page, with the same filters, as CSV."""
    filterset = _filtered(request)
    writer = csv.writer(_Echo())
    header = ["When", "Person", "Action", "Kind of record", "Record number", "Record", "Field", "Before", "After"]

    def rows():
        yield writer.writerow(header)
        for chunk in _chunks(filterset.qs.iterator(chunk_size=500), 500):
            yield from chunk_rows(chunk)

    def chunk_rows(chunk):
        names = actor_names(chunk, request.user)
        for entry, changes in zip(chunk, describe_many(chunk), strict=True):
            base = [
                timezone.localtime(entry.timestamp).isoformat(timespec="seconds"),
                names.get(entry.actor_id, "System"),
                entry.get_action_display(),
                entry.content_type.name,
                entry.object_pk,
                entry.object_repr,
            ]
            for field_name, before, after in changes or [("", "", "")]:
                yield writer.writerow([_safe(v) for v in base + [field_name, before, after]])

    stamp = timezone.localdate().isoformat()
    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="oversight-audit-{stamp}.csv"'
    return response
