"""The dashboard: the state of things at a glance, each figure a link to its rows in the register."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from oversight.accounts import access
from oversight.organisations.models import Organisation, Portfolio

from . import figures
from .forms import DashboardForm


@login_required
def home(request):
    organisations = access.visible(Organisation.objects.all(), request.user)
    led = figures.lead_portfolios(request.user)
    form = DashboardForm(
        request.GET or None, organisations=organisations, initial={"since": figures.default_since()},
        portfolios=Portfolio.objects.filter(pk__in=[p.pk for p in led]),
    )
    if form.is_bound and not form.is_valid():
        return render(request, "dashboard/home.html", {"form": form, "choose_organisation": True}, status=400)
    choice = form.cleaned_data if form.is_bound else {}
    organisation = choice.get("organisation")
    scope = figures.scope_for(request.user, organisation, choice.get("view"), choice.get("portfolio"))
    seen = access.scope(request.user)
    organisation_ids = {organisation.pk} if organisation else (
        set(seen.organisation_ids) or set(organisations.values_list("pk", flat=True)))
    since = choice.get("since") or figures.default_since()
    context = figures.context(request.user, scope, since, organisation_ids)
    context.update(
        form=form, scope=scope, can_narrow=bool(led) or figures.owns_work(request.user),
        choose_organisation=seen.several, choose_portfolio=len(led) > 1,
        multi_org=len(organisation_ids) > 1 or organisation is not None and seen.several,
    )
    return render(request, "dashboard/home.html", context)
