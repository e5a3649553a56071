"""Register and response pages: access → form → service → redirect or partial. No rules here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit

from . import rows as rows_for_page
from . import services
from .detail import detail_context
from .filters import ResponseFilterSet
from .forms import (
    ActionEditForm,
    ActionForm,
    ArchiveForm,
    BulkForm,
    EvidenceForm,
    ResponseForm,
    UpdateEditForm,
    UpdateForm,
)
from .models import REGISTER_ORDER, Action, Evidence, Response, SavedView, Update
from .paging import RegisterPaginator

PAGE_SIZE = 50


def _querystring(request, drop=("page",)):
    query = request.GET.copy()
    for key in drop:
        query.pop(key, None)
    return query.urlencode()


@login_required
def register(request):
    """The register of responses, filtered, sorted and paginated; htmx gets only the table."""
    qs = access.visible(Response.objects.for_register(), request.user).annotate(
        has_overdue_action=Exists(Action.objects.filter(
            response=OuterRef("pk"), done_on__isnull=True, archived_at__isnull=True, due_on__lt=timezone.localdate())))
    filterset = ResponseFilterSet(request.GET or None, queryset=qs, request=request)
    status = 200
    if filterset.is_bound and not filterset.is_valid():
        rows, status = Response.objects.none(), 400
    else:
        # Unfiltered, the register still leaves out archived responses (the filterset does it when bound).
        rows = filterset.qs if filterset.is_bound else qs.filter(archived_at__isnull=True)
    paginator = RegisterPaginator(rows_for_page.narrow(rows), PAGE_SIZE, rows_of=rows_for_page.narrow(qs))
    page = paginator.get_page(request.GET.get("page"))
    bulk_form = BulkForm(user=request.user) if access.can(request.user, "manage_register") else None
    multi_org = access.scope(request.user).several
    cols = _columns(request)
    context = {"filter": filterset, "page": page, "query": _querystring(request), "total": paginator.count,
               "table_rows": rows_for_page.render(page.object_list, cols, bulk=bool(bulk_form), multi_org=multi_org),
               "bulk_form": bulk_form,
               "bulk_query": _querystring(request, drop=("page", "sort")),
               "current_sort": request.GET.get("sort", ""),
               "cols": cols,
               "column_choices": services.REGISTER_COLUMNS,
               "saved_views": list(access.visible(SavedView.objects.all(), request.user)),
               "multi_org": multi_org,
               "can_import": bool(access.can(request.user, "import_register"))}
    template = "responses/register.html#register-table" if request.htmx and not request.htmx.boosted else "responses/register.html"
    return render(request, template, context, status=status)


def _columns(request):
    """The columns the person chose (`cols`), or the usual ones; unknown names are ignored."""
    known = {name for name, _ in services.REGISTER_COLUMNS}
    chosen = [c for c in request.GET.getlist("cols") if c in known]
    return chosen or services.DEFAULT_COLUMNS


def _visible_response(request, pk):
    qs = access.visible(Response.objects.select_related(
        "finding__report", "finding__parent", "organisation", "owner", "portfolio", "business_area", "board",
        "superseded_by",
    ), request.user)
    return get_object_or_404(qs, pk=pk)


@login_required
def detail(request, pk):
    response = _visible_response(request, pk)
    return render(request, "responses/response_detail.html", detail_context(response, request.user))


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    """Edit a response. A stale save is refused and shows the other person's values beside ours."""
    response = _visible_response(request, pk)
    decision = access.can(request.user, "edit_response", response)
    if not decision:
        raise_forbidden(decision)
    form = ResponseForm(request.POST or None, instance=response)

    def save():
        values = {name: form.cleaned_data[name] for name in services.EDITABLE_FIELDS}
        services.edit_response(Response.objects.get(pk=response.pk), values, by=request.user,
                               expected_version=form.cleaned_data["version"])

    return _versioned_edit(request, form, save, "Response saved.", response, "responses/response_edit.html",
                           {"response": response})


@login_required
@require_http_methods(["POST"])
def add_update(request, pk):
    response = _visible_response(request, pk)
    decision = access.can(request.user, "add_update", response)
    if not decision:
        raise_forbidden(decision)
    form = UpdateForm(request.POST)
    if form.is_valid():
        try:
            services.add_update(response, by=request.user, **form.cleaned_data)
        except (NotAllowed, InvalidInput) as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, "Update added.")
            return redirect(response)
    context = detail_context(response, request.user, update_form=form)
    return render(request, "responses/response_detail.html", context, status=422)


@login_required
@require_http_methods(["GET", "POST"])
def edit_update(request, pk, update_pk):
    response = _visible_response(request, pk)
    update = get_object_or_404(Update.objects.filter(response=response), pk=update_pk)
    decision = access.can(request.user, "add_update", response)
    if not decision:
        raise_forbidden(decision)
    form = UpdateEditForm(request.POST or None, instance=update)

    def save():
        services.edit_update(Update.objects.get(pk=update.pk), text=form.cleaned_data["text"],
                             rag=form.cleaned_data["rag"], by=request.user,
                             expected_version=form.cleaned_data["version"])

    return _versioned_edit(request, form, save, "Update saved.", response, "responses/update_edit.html",
                           {"response": response, "update": update})


def _versioned_edit(request, form, save, done_message, response, template, context):
    """The shared shape of an edit page: a stale save (409) shows what is saved now beside the kept text."""
    current = None
    if request.method == "POST" and form.is_valid():
        try:
            save()
        except StaleEdit as stale:
            current = stale.current
            form.add_error(None, str(stale))
            _carry_current_version(form, current)
        except (NotAllowed, InvalidInput) as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, done_message)
            return redirect(response)
    status = 409 if current else (422 if request.method == "POST" else 200)
    return render(request, template, {**context, "form": form, "current": current}, status=status)


def _carry_current_version(form, current):
    """Keep the person's text but let the next save go against what they have now been shown."""
    form.data = form.data.copy()
    form.data["version"] = current.version


def raise_forbidden(decision):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied(decision.reason)


# --- Evidence and the action plan on the response page (issue 10) ----------------------------------


def _require_can(user, action, response):
    decision = access.can(user, action, response)
    if not decision:
        raise_forbidden(decision)


def _page_with_errors(request, response, status=422, **forms):
    """The response page again with the form that failed, its errors summarised at the top."""
    return render(request, "responses/response_detail.html", detail_context(response, request.user, **forms),
                  status=status)


@login_required
@require_http_methods(["POST"])
def add_evidence(request, pk):
    """Upload one or more files and/or give a link; all are saved or none is."""
    response = _visible_response(request, pk)
    _require_can(request.user, "add_evidence", response)
    form = EvidenceForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            added = services.attach_evidence(response, description=form.cleaned_data["description"],
                                             files=form.cleaned_data["files"], url=form.cleaned_data["url"],
                                             by=request.user)
        except InvalidInput as problem:
            form.add_error("files" if form.cleaned_data["files"] else "url", str(problem))
        else:
            messages.success(request, "Evidence added." if len(added) == 1 else f"{len(added)} pieces of evidence added.")
            return redirect(f"{response.get_absolute_url()}#evidence")
    return _page_with_errors(request, response, evidence_form=form)


def _visible_evidence(request, response, evidence_pk):
    return get_object_or_404(Evidence.objects.filter(response=response).select_related("added_by"), pk=evidence_pk)


@login_required
@require_safe
def download_evidence(request, pk, evidence_pk):
    """The file, for anyone who may read the response; never a public /media/ address."""
    import mimetypes
    import os

    from django.core.files.storage import default_storage
    from django.http import FileResponse, Http404

    response = _visible_response(request, pk)
    evidence = _visible_evidence(request, response, evidence_pk)
    if not evidence.file:
        raise Http404("This evidence is a link, not a file.")
    try:
        handle = default_storage.open(evidence.file.name, "rb")
    except FileNotFoundError as missing:
        raise Http404("The file is no longer in storage.") from missing
    filename = evidence.file_name or os.path.basename(evidence.file.name)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    reply = FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)
    reply["Cache-Control"] = "private, no-store"
    return reply


@login_required
@require_http_methods(["GET", "POST"])
def archive_evidence(request, pk, evidence_pk):
    """Take a piece of evidence off the response, with a reason; it stays in the record."""
    response = _visible_response(request, pk)
    evidence = _visible_evidence(request, response, evidence_pk)
    _require_can(request.user, "add_evidence", response)
    form = ArchiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.archive_evidence(evidence, reason=form.cleaned_data["reason"], by=request.user)
        except (NotAllowed, InvalidInput) as problem:
            form.add_error("reason", str(problem))
        else:
            messages.success(request, f"“{evidence.description}” archived.")
            return redirect(f"{response.get_absolute_url()}#evidence")
    status = 422 if request.method == "POST" else 200
    return render(request, "responses/evidence_archive.html",
                  {"response": response, "evidence": evidence, "form": form}, status=status)


def _visible_action(response, action_pk):
    return get_object_or_404(Action.objects.filter(response=response, archived_at__isnull=True), pk=action_pk)


@login_required
@require_http_methods(["POST"])
def add_action(request, pk):
    response = _visible_response(request, pk)
    _require_can(request.user, "add_action", response)
    form = ActionForm(request.POST, response=response)
    if form.is_valid():
        try:
            services.add_action(response, by=request.user, **form.cleaned_data)
        except (NotAllowed, InvalidInput) as problem:
            form.add_error("due_on" if "due date" in str(problem) else None, str(problem))
        else:
            messages.success(request, "Action added to the plan.")
            return redirect(f"{response.get_absolute_url()}#action-plan")
    return _page_with_errors(request, response, action_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def edit_action(request, pk, action_pk):
    response = _visible_response(request, pk)
    action = _visible_action(response, action_pk)
    _require_can(request.user, "add_action", response)
    form = ActionEditForm(request.POST or None, instance=action, response=response)

    def save():
        fresh = Action.objects.get(pk=action.pk)
        services.edit_action(fresh, description=form.cleaned_data["description"], owner=form.cleaned_data["owner"],
                             due_on=form.cleaned_data["due_on"], by=request.user,
                             expected_version=form.cleaned_data["version"])

    return _versioned_edit(request, form, save, "Action saved.", response, "responses/action_edit.html",
                           {"response": response, "action": action})


@login_required
@require_http_methods(["POST"])
def complete_action(request, pk, action_pk):
    response = _visible_response(request, pk)
    action = _visible_action(response, action_pk)
    _require_can(request.user, "add_action", response)
    try:
        services.complete_action(action, by=request.user)
    except InvalidInput as problem:
        messages.error(request, str(problem))
        return redirect(f"{response.get_absolute_url()}#action-plan")
    messages.success(request, f"“{action}” marked done.")
    return redirect(f"{response.get_absolute_url()}#action-plan")


@login_required
@require_http_methods(["POST"])
def move_action(request, pk, action_pk):
    response = _visible_response(request, pk)
    action = _visible_action(response, action_pk)
    _require_can(request.user, "add_action", response)
    direction = request.POST.get("direction", "")
    if direction not in ("up", "down"):
        return HttpResponseBadRequest("Move an action up or down.")
    services.move_action(action, direction=direction, by=request.user)
    return redirect(f"{response.get_absolute_url()}#action-plan")


@login_required
@require_http_methods(["POST"])
def bulk(request):
    """Change the chosen rows (or all matching the filter) one by one through the services and workflow."""
    from django.http import QueryDict

    form = BulkForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "responses/bulk_result.html", {"form": form, "back": _back_to_register(request)},
                      status=422)
    qs = access.visible(Response.objects.select_related("finding__report"), request.user).filter(
        archived_at__isnull=True)
    if form.cleaned_data["all"]:
        filterset = ResponseFilterSet(QueryDict(form.cleaned_data["query"]), queryset=qs, request=request)
        if not filterset.is_valid():
            form.add_error(None, "The filter has changed or is not valid; filter the register again.")
            return render(request, "responses/bulk_result.html", {"form": form, "back": _back_to_register(request)},
                          status=422)
        rows = filterset.qs.order_by(*REGISTER_ORDER)
    else:
        rows = qs.filter(pk__in=form.cleaned_data["ids"]).order_by(*REGISTER_ORDER)
    try:
        changed, unchanged, refused = services.bulk_change(rows, values=form.values(), moves=form.moves(),
                                                           by=request.user)
    except InvalidInput as problem:
        form.add_error(None, str(problem))
        return render(request, "responses/bulk_result.html", {"form": form, "back": _back_to_register(request)},
                      status=422)
    if not refused:
        messages.success(request, f"{len(changed)} response{'s' if len(changed) != 1 else ''} changed"
                                  + (f"; {len(unchanged)} already as asked." if unchanged else "."))
        return redirect(_back_to_register(request))
    # Some rows were refused: the page says how many changed and lists each refused row with the reason.
    return render(request, "responses/bulk_result.html", {
        "changed": changed, "unchanged": unchanged, "refused": refused, "back": _back_to_register(request),
    }, status=422)


def _back_to_register(request):
    from django.urls import reverse

    query = request.POST.get("bulk-query", "")
    return reverse("responses:register") + (f"?{query}" if query else "")


@login_required
@require_http_methods(["POST"])
def save_view(request):
    """Keep the current register view (filters, sort, columns) under a name of the person's choosing."""
    try:
        view = services.save_view(name=request.POST.get("name", ""), query=request.POST.get("query", ""),
                                  by=request.user)
    except InvalidInput as problem:
        from django import forms
        from django.urls import reverse

        form = forms.Form({})
        form.is_valid()
        form.add_error(None, str(problem))
        query = request.POST.get("query", "")
        back = reverse("responses:register") + (f"?{query}" if query else "")
        return render(request, "responses/bulk_result.html", {"form": form, "back": back}, status=422)
    messages.success(request, f"View “{view.name}” saved.")
    return redirect(view.get_absolute_url())


@login_required
@require_http_methods(["POST"])
def forget_view(request, view_pk):
    view = get_object_or_404(access.visible(SavedView.objects.all(), request.user), pk=view_pk)
    services.forget_view(view, by=request.user)
    messages.success(request, f"View “{view.name}” removed.")
    return redirect("responses:register")
