"""Archiving a response: it leaves the register, the export and the API's list, and is never deleted."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from oversight.accounts import access
from oversight.audit import services as audit_services
from oversight.core.exceptions import NotAllowed
from oversight.core.forms import GovukFormMixin

from .models import Response


class ArchiveForm(GovukFormMixin, forms.Form):
    reason = forms.CharField(label="Why is this response being archived?", max_length=500,
                             help_text="For example: entered twice, or imported by mistake. The reason stays on the record.",
                             widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Give the reason for archiving."})


@login_required
@require_http_methods(["GET", "POST"])
def archive(request, pk):
    response = get_object_or_404(access.visible(Response.objects.select_related("finding__report"), request.user),
                                 pk=pk)
    decision = access.can(request.user, "archive", response)
    if not decision:
        raise PermissionDenied(decision.reason)
    form = ArchiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            audit_services.archive(response, by=request.user, reason=form.cleaned_data["reason"])
        except NotAllowed as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, "Response archived: it has left the register and stays on the record.")
            return redirect("responses:register")
    return render(request, "responses/response_archive.html", {"response": response, "form": form},
                  status=422 if form.errors else 200)
