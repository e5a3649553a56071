"""People pages (issue 10): who is in my organisations, and adding a person who is invited by email."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.organisations.models import Organisation

from . import access, services
from .forms import PersonForm
from .models import Membership, Role


def _managed_organisations(user):
    """The organisations in which the person may add people (liaison officer or administrator)."""
    visible = access.visible(Organisation.objects.all(), user).order_by("name")
    ids = [o.id for o in visible if access.can(user, "add_person", o)]
    return Organisation.objects.filter(id__in=ids).order_by("name")


@require_safe
@login_required
def people(request):
    organisations = _managed_organisations(request.user)
    if not organisations:
        raise PermissionDenied("Only a liaison officer or administrator can see and add people.")
    members = (Membership.objects.filter(organisation__in=organisations).select_related("user", "organisation")
               .prefetch_related("portfolios").order_by("organisation__name", "user__first_name", "user__last_name"))
    return render(request, "accounts/people.html", {"members": members, "several": len(organisations) > 1})


@require_http_methods(["GET", "POST"])
@login_required
def add_person(request):
    organisations = _managed_organisations(request.user)
    if not organisations:
        raise PermissionDenied("Only a liaison officer or administrator can add people.")
    is_admin = any(access.has_role(request.user, Role.ADMINISTRATOR, organisation_id=o.id) for o in organisations)
    form = PersonForm(request.POST or None, organisations=organisations, is_admin=is_admin)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            person = services.add_person(first_name=data["first_name"], last_name=data["last_name"],
                                         email=data["email"], organisation=data["organisation"], role=data["role"],
                                         portfolios=data["portfolios"], by=request.user)
        except (NotAllowed, InvalidInput) as problem:
            form.add_error("email" if "email" in str(problem) else None, str(problem))
        else:
            messages.success(request, f"{person.get_full_name()} added. An invitation to set a password has been "
                                      f"sent to {person.email}; they can own work straight away.")
            return redirect("accounts:people")
    status = 422 if request.method == "POST" else 200
    return render(request, "accounts/person_add.html", {"form": form}, status=status)
