"""Register and response pages: access → form → service → redirect or partial. No rules here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit

from . import services, timeline, transition_views
from .filters import ResponseFilterSet
from .forms import ResponseForm, UpdateEditForm, UpdateForm
from .models import Response, Update

PAGE_SIZE = 50


def _querystring(request, drop=("page",)):
    query = request.GET.copy()
    for key in drop:
        query.pop(key, None)
    return query.urlencode()


@login_required
def register(request):
    """The register of responses, filtered, sorted and paginated; htmx gets only the table."""
    qs = access.visible(Response.objects.for_register(), request.user)
    filterset = ResponseFilterSet(request.GET or None, queryset=qs, request=request)
    status = 200
    if filterset.is_bound and not filterset.is_valid():
        rows, status = Response.objects.none(), 400
    else:
        rows = filterset.qs if filterset.is_bound else qs
    paginator = Paginator(rows, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {"filter": filterset, "page": page, "query": _querystring(request), "total": paginator.count,
               "multi_org": access.scope(request.user).several,
               "can_import": bool(access.can(request.user, "import_register"))}
    template = "responses/register.html#register-table" if request.htmx and not request.htmx.boosted else "responses/register.html"
    return render(request, template, context, status=status)


def _visible_response(request, pk):
    qs = access.visible(Response.objects.select_related(
        "finding__report", "finding__parent", "organisation", "owner", "portfolio", "business_area", "board",
        "superseded_by",
    ), request.user)
    return get_object_or_404(qs, pk=pk)


def detail_context(response, user, **extra):
    finding = response.finding
    updates = list(response.updates.select_related("by"))
    context = {
        "response": response,
        "finding": finding,
        "children": list(finding.children.all()),
        "updates": updates,
        "actions": list(response.actions.select_related("owner").filter(archived_at__isnull=True)),
        "evidence": list(response.evidence.select_related("added_by").filter(archived_at__isnull=True)),
        "closures": list(response.closure_submissions.select_related("level", "by")),
        "timeline": timeline.for_response(response, updates=updates),
        "can_edit": access.can(user, "edit_response", response),
        "update_form": extra.pop("update_form", None) or UpdateForm(),
        "transitions": extra.pop("transitions", None) or transition_views.panel(response, user),
    }
    context.update(extra)
    return context


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
