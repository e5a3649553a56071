"""Reference list pages: access → form → service → redirect. Rules live in services and access."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.papers.models import Committee

from . import services
from .forms import ArchiveForm, list_form
from .models import (
    Board,
    BusinessArea,
    ClosureLevel,
    CommitteeMember,
    OrganisationAlias,
    Portfolio,
)

LISTS = {
    "portfolios": (Portfolio, "Portfolios", ["name", "lead"]),
    "business-areas": (BusinessArea, "Business areas", ["name", "portfolio"]),
    "boards": (Board, "Boards", ["name", "parent", "chair", "cadence"]),
    "closure-levels": (ClosureLevel, "Closure levels", ["code", "description", "position"]),
    "aliases": (OrganisationAlias, "Organisation aliases", ["name"]),
    "committees": (Committee, "Committees", ["name"]),
    "committee-members": (CommitteeMember, "Committee members", ["committee", "name", "role", "user"]),
}
RELATED = {"portfolios": ["lead"], "business-areas": ["portfolio"], "boards": ["parent"],
           "committee-members": ["committee__organisation", "user"]}


def _list(kind):
    if kind not in LISTS:
        raise Http404("No such list.")
    return LISTS[kind]


def _org_path(model):
    return "committee__organisation" if model is CommitteeMember else "organisation"


def managed(user):
    return access.organisations_for(user, "manage_reference_lists")


@login_required
def index(request):
    return render(request, "organisations/index.html", {"lists": [(k, v[1]) for k, v in LISTS.items()]})


@login_required
def item_list(request, kind):
    model, title, fields = _list(kind)
    org_path = _org_path(model)
    order = [f"{org_path}__name", *(["position"] if model is ClosureLevel else []), _name(model)]
    items = access.visible(model.objects.select_related(org_path, *RELATED.get(kind, [])), request.user).order_by(*order)
    rows = [{"item": item, "organisation": services.organisation_of(item),
             "cells": [_cell(item, f) for f in fields]} for item in items]
    return render(request, "organisations/item_list.html", {
        "kind": kind, "title": title, "rows": rows, "archivable": hasattr(model, "archived_at"),
        "can_manage": managed(request.user).exists(),
        "labels": [model._meta.get_field(f).verbose_name.capitalize() for f in fields],
    })


def _name(model):
    return "code" if model is ClosureLevel else "name"


def _cell(item, field):
    value = getattr(item, field)
    return "" if value is None else str(value)


@login_required
@require_http_methods(["GET", "POST"])
def item_add(request, kind):
    model, title, fields = _list(kind)
    organisations = managed(request.user)
    if not organisations.exists():
        raise PermissionDenied("Only an administrator manages people and reference lists.")
    form = list_form(model, fields, list(organisations.values_list("id", flat=True)), data=request.POST or None,
                     organisations=organisations)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            values = {f: form.cleaned_data[f] for f in fields}
            try:
                services.add_item(model, form.cleaned_data["organisation"], values, by=request.user)
            except (InvalidInput, NotAllowed) as problem:
                form.add_error(None, str(problem))
            else:
                messages.success(request, "Added.")
                return redirect("organisations:list", kind=kind)
    return render(request, "organisations/item_form.html", {"form": form, "kind": kind, "title": title,
                                                            "heading": f"Add to {title.lower()}"}, status=status)


def _item(request, kind, pk):
    model, title, fields = _list(kind)
    item = get_object_or_404(access.visible(model.objects.all(), request.user), pk=pk)
    decision = access.can(request.user, "manage_reference_lists", services.organisation_of(item))
    if not decision:
        raise PermissionDenied(decision.reason)
    return model, title, fields, item


@login_required
@require_http_methods(["GET", "POST"])
def item_edit(request, kind, pk):
    model, title, fields, item = _item(request, kind, pk)
    org = services.organisation_of(item)
    form = list_form(model, fields, [org.pk], data=request.POST or None, instance=model.objects.get(pk=item.pk))
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                services.edit_item(item, {f: form.cleaned_data[f] for f in fields}, by=request.user)
            except (InvalidInput, NotAllowed) as problem:
                form.add_error(None, str(problem))
            else:
                messages.success(request, "Saved.")
                return redirect("organisations:list", kind=kind)
    return render(request, "organisations/item_form.html", {
        "form": form, "kind": kind, "title": title, "heading": f"Change {item}", "item": item,
        "archive_form": ArchiveForm() if hasattr(item, "archived_at") and not item.archived_at else None,
    }, status=status)


@login_required
@require_POST
def item_archive(request, kind, pk):
    model, title, fields, item = _item(request, kind, pk)
    if not hasattr(item, "archived_at"):
        raise Http404("This list is not archived.")
    form = ArchiveForm(request.POST)
    try:
        if not form.is_valid():
            raise InvalidInput("Say why the entry is archived.")
        services.archive_item(item, reason=form.cleaned_data["reason"], by=request.user)
    except (InvalidInput, NotAllowed) as problem:
        org = services.organisation_of(item)
        edit = list_form(model, fields, [org.pk], instance=item)
        form.add_error(None, str(problem))
        return render(request, "organisations/item_form.html", {
            "form": edit, "kind": kind, "title": title, "heading": f"Change {item}", "item": item,
            "archive_form": form}, status=422)
    messages.success(request, f"{item} archived: it stays on the records that used it.")
    return redirect("organisations:list", kind=kind)


@login_required
@require_POST
def item_restore(request, kind, pk):
    model, title, fields, item = _item(request, kind, pk)
    if not getattr(item, "archived_at", None):
        raise Http404("This entry is not archived.")
    services.restore_item(item, by=request.user)
    messages.success(request, f"{item} restored.")
    return redirect("organisations:list", kind=kind)
