"""Import journey (upload → columns → check → import) and exports. Views only translate HTTP."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.reports.models import Report

from . import exporter, exports, progress, rowlist, services
from .columns import LABELS
from .forms import ChoicesForm, MappingForm, UploadForm
from .models import ExportRun, ImportRun

CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def _download(content, fmt, name):
    reply = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    reply["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return reply


def _format(request):
    fmt = request.GET.get("format", "xlsx")
    return fmt if fmt in CONTENT_TYPES else None


@require_GET
@login_required
def export_register(request):
    """The register as the user sees it, with the same filters (responses.filters.ResponseFilterSet) and
    the columns chosen. A small one downloads at once; a large one is written by a task (interop.exports)."""
    fmt = _format(request)
    if fmt is None:
        return HttpResponseBadRequest("Choose format=xlsx or format=csv.")
    try:
        queryset = exports.register_rows(request.GET, request.user)
    except InvalidInput as problem:
        return HttpResponseBadRequest(str(problem))
    if queryset.count() > exports.inline_limit():
        return redirect(exports.queue_export(request.GET, fmt, by=request.user))
    rows = exporter.register_rows(queryset)
    columns = exporter.register_columns(request.GET.getlist("cols"))
    # Streamed: the CSV row by row as it downloads, the workbook from a temporary file.
    if fmt == "csv":
        reply = StreamingHttpResponse(exporter.stream_csv(rows, columns), content_type=CONTENT_TYPES[fmt])
        reply["Content-Disposition"] = 'attachment; filename="register.csv"'
        return reply
    return FileResponse(exporter.xlsx_file(rows, columns, title="Register"), as_attachment=True,
                        filename="register.xlsx", content_type=CONTENT_TYPES[fmt])


def _export_run(request, pk):
    return get_object_or_404(access.visible(ExportRun.objects.all(), request.user), pk=pk)


@require_GET
@login_required
def export_status(request, pk):
    """A large export being prepared (the page asks again every few seconds), then its download link."""
    run = _export_run(request, pk)
    template = "interop/export_status.html#export-state" if request.htmx else "interop/export_status.html"
    return render(request, template, {"run": run})


@require_GET
@login_required
def export_download(request, pk):
    run = _export_run(request, pk)
    if run.state != ExportRun.State.READY:
        return redirect(run)
    return FileResponse(run.file.open("rb"), as_attachment=True, filename=f"register.{run.fmt}",
                        content_type=CONTENT_TYPES[run.fmt])


@require_GET
@login_required
def export_findings(request, pk):
    """One report's findings as printed."""
    fmt = _format(request)
    if fmt is None:
        return HttpResponseBadRequest("Choose format=xlsx or format=csv.")
    report = get_object_or_404(access.visible(Report.objects.all(), request.user), pk=pk)
    return _download(services.export_findings(report, fmt), fmt, f"report-{report.pk}-findings")


def _importing_organisations(user):
    return access.organisations_for(user, "import_register")


def _run_for(request, pk):
    run = get_object_or_404(access.visible(ImportRun.objects.select_related("organisation"), request.user), pk=pk)
    if not access.can(request.user, "import_register", run.organisation):
        raise PermissionDenied("Only a liaison officer or administrator can import a register.")
    return run


@require_http_methods(["GET", "POST"])
@login_required
def upload(request):
    """Step 1: choose the file."""
    organisations = _importing_organisations(request.user)
    if not organisations.exists():
        raise PermissionDenied("Only a liaison officer or administrator can import a register.")
    form = UploadForm(request.POST or None, request.FILES or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            run = services.start_import(form.cleaned_data["file"], organisation=form.cleaned_data["organisation"],
                                        by=request.user)
        except (InvalidInput, NotAllowed) as problem:
            form.add_error("file", str(problem))
        else:
            return redirect("interop:mapping", pk=run.pk)
    return render(request, "interop/upload.html", {"form": form}, status=422 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@login_required
def mapping(request, pk):
    """Step 2: say which column holds what; then the dry run."""
    run = _run_for(request, pk)
    saved = services.saved_mapping(run.organisation)
    form = MappingForm(request.POST or None, headers=services.headers_of(run), mapping=run.mapping, saved=saved)
    if request.method == "POST" and form.is_valid():
        run.mapping = form.mapping()
        run.save(update_fields=["mapping", "updated_at"])
        if form.cleaned_data["save"]:
            services.save_mapping(run.organisation, run.mapping, by=request.user)
        try:
            services.run_in_background(run, by=request.user, commit=False)
        except (InvalidInput, NotAllowed) as problem:
            form.add_error(None, str(problem))
        else:
            return redirect("interop:preview", pk=run.pk)
    remembered = [header for header in services.headers_of(run) if header in saved]
    return render(request, "interop/mapping.html", {"run": run, "form": form, "remembered": remembered},
                  status=422 if form.errors else 200)


@require_GET
@login_required
def preview(request, pk):
    """Step 3: what the import would do, and every problem by row and column."""
    run = _run_for(request, pk)
    if run.is_running:
        template = "interop/progress.html#progress" if request.htmx else "interop/progress.html"
        from django.conf import settings

        return render(request, template, {
            "run": run, "progress": progress.read(run), "stopping": progress.stop_asked_by(run),
            "silent": progress.silent_for(run) > 2 * settings.TASK_LEASE_SECONDS})
    if request.htmx:
        return HttpResponseClientRedirect(request.path)  # finished: show the whole outcome page
    if not run.outcome:
        return redirect("interop:mapping", pk=run.pk)
    return _preview(request, run)


def _choices_form(run, by, data=None):
    members, lists = services.choice_options(run, by=by)
    return ChoicesForm(data, outcome=run.outcome, members=members, lists=lists)


ROW_LISTS = {"created": "New", "updated": "Changed", "unchanged": "Unchanged", "refused": "Cannot be imported"}
ROWS_PER_PAGE = 50


def _row_page(request, outcome):
    """One page of the rows with one result (?show=, ?page=), read from the run alone: the same queries
    whatever the file's size. New and changed rows carry their changes where the run kept them."""
    problems = outcome.get("problems", [])
    show = request.GET.get("show")
    if show not in ROW_LISTS:
        show = "refused" if problems else "created"
    results = outcome.get("results") or {}
    counts = {name: len(rowlist.Rows(results.get(name))) for name in ("created", "updated", "unchanged")}
    counts["refused"] = outcome.get("refused", len({p["row"] for p in problems}))
    if show == "refused":
        page = Paginator(problems, ROWS_PER_PAGE).get_page(request.GET.get("page"))
        items = list(page)
    else:
        page = Paginator(rowlist.Rows(results.get(show)), ROWS_PER_PAGE).get_page(request.GET.get("page"))
        kept = {c["row"]: c["fields"] for c in outcome.get("changes", [])}
        items = [{"row": number, "fields": kept.get(number)} for number in page]
    return {"show": show, "lists": [(name, label, counts[name]) for name, label in ROW_LISTS.items()],
            "page": page, "items": items, "query": f"show={show}"}


def _preview(request, run, form=None, status=200):
    mapped = {LABELS[f]: header for header, f in run.mapping.items() if f}
    form = form or _choices_form(run, request.user)
    to_create = run.outcome.get("to_create", {})
    return render(request, "interop/preview.html", {
        "run": run, "outcome": run.outcome, "mapped": mapped, "form": form, "to_create": to_create,
        "asks": bool(form.fields), "words": run.outcome.get("words", []), "rows": _row_page(request, run.outcome)},
        status=status)


@require_POST
@login_required
def choices(request, pk):
    """Step 3b: the person's answers to the preview; the file is checked again with them."""
    run = _run_for(request, pk)
    if run.is_running or not run.outcome:
        return redirect("interop:preview", pk=run.pk)
    form = _choices_form(run, request.user, request.POST)
    if not form.is_valid():
        return _preview(request, run, form, status=422)
    return _then_preview(request, run, lambda: services.save_choices(
        run, form.choices(), partial=run.choices.get("partial", False), by=request.user),
        lambda: services.run_in_background(run, by=request.user, commit=False))


def _then_preview(request, run, *steps):
    """Take the steps (service calls) in turn, a refusal shown as a message; then back to the run's page."""
    try:
        for step in steps:
            step()
    except (InvalidInput, NotAllowed) as problem:
        messages.error(request, str(problem))
    return redirect("interop:preview", pk=run.pk)


@require_POST
@login_required
def stop(request, pk):
    """Stop a check or an import that is running (or whose worker died)."""
    run = _run_for(request, pk)
    return _then_preview(request, run, lambda: services.stop_import(run, by=request.user))


@require_GET
@login_required
def refused(request, pk):
    """The rows not imported, as the file had them, with the reason of each."""
    run = _run_for(request, pk)
    if not run.outcome.get("problems"):
        return HttpResponseBadRequest("No rows were refused.")
    return _download(services.refused_rows(run), "xlsx", "rows-not-imported")


@require_POST
@login_required
def commit(request, pk):
    """Step 4: import all rows, or none."""
    run = _run_for(request, pk)
    if run.is_running:
        return redirect("interop:preview", pk=run.pk)
    try:
        services.save_choices(run, {k: v for k, v in run.choices.items() if k != "partial"},
                              partial=request.POST.get("partial") == "1", by=request.user)
        if services.run_in_background(run, by=request.user, commit=True):
            return redirect("interop:preview", pk=run.pk)
    except (InvalidInput, NotAllowed) as problem:
        messages.error(request, str(problem))
        return redirect("interop:preview", pk=run.pk)
    run.refresh_from_db()
    outcome = run.outcome
    if outcome["committed"]:
        refused = f", {outcome.get('refused', 0)} not imported" if outcome.get("refused") else ""
        messages.success(request, f"Imported {outcome['rows'] - outcome.get('refused', 0)} rows: {outcome['created']} "
                                  f"new, {outcome['updated']} changed, {outcome['unchanged']} unchanged{refused}.")
    else:
        messages.error(request, "Nothing was imported: fix the rows listed and upload the file again.")
    return redirect("interop:preview", pk=run.pk)
