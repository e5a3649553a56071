"""The inspection calendar: list and month views, add and edit, and the ICS feed. Rules live in services."""

import calendar as monthcal
import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.gradings.views import managed_organisations
from oversight.reports.models import Report

from . import services
from .forms import ActivityForm
from .models import InspectionActivity


def _visible(user):
    return access.visible(InspectionActivity.objects.select_related("organisation", "report"), user)


def _month(request, today):
    try:
        year, month = (int(p) for p in request.GET.get("month", "").split("-"))
        return datetime.date(year, month, 1)
    except ValueError:
        return today.replace(day=1)


@login_required
def calendar(request):
    """Inspection activity: a month at a glance, then forthcoming first and what has happened, newest first."""
    today = timezone.localdate()
    qs = _visible(request.user)
    upcoming = qs.filter(starts_on__gte=today).order_by("starts_on")
    past = qs.filter(starts_on__lt=today).order_by("-starts_on")
    first = _month(request, today)
    last = first.replace(day=monthcal.monthrange(first.year, first.month)[1])
    in_month = list(qs.filter(starts_on__lte=last).filter(
        Q(ends_on__gte=first) | Q(ends_on__isnull=True, starts_on__gte=first)).order_by("starts_on", "id"))
    weeks = []
    for week in monthcal.Calendar().monthdatescalendar(first.year, first.month):
        weeks.append([{"day": d, "in_month": d.month == first.month,
                       "activities": [a for a in in_month if a.starts_on <= d <= (a.ends_on or a.starts_on)]}
                      for d in week])
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = last + datetime.timedelta(days=1)
    return render(request, "activities/calendar.html", {
        "upcoming": upcoming, "past": past, "today": today, "weeks": weeks, "month": first,
        "previous": f"{previous:%Y-%m}", "following": f"{following:%Y-%m}",
        "can_record": managed_organisations(request.user).exists(),
    })


def _form(request, instance=None):
    organisations = managed_organisations(request.user)
    if not organisations.exists():
        raise PermissionDenied("Only a liaison officer or administrator can do this.")
    reports = access.visible(Report.objects.filter(archived_at__isnull=True), request.user).order_by("-published_on")
    return ActivityForm(request.POST or None, instance=instance, organisations=organisations, reports=reports)


def _save(request, form, save, template, context):
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            values = {k: v for k, v in form.cleaned_data.items() if k != "organisation"}
            try:
                save(form.cleaned_data["organisation"], values)
            except (InvalidInput, NotAllowed) as problem:
                form.add_error(None, str(problem))
            else:
                messages.success(request, "Activity saved.")
                return redirect("activities:calendar")
    return render(request, template, {"form": form, **context}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def activity_add(request):
    form = _form(request)
    return _save(request, form, lambda org, values: services.record_activity(org, by=request.user, **values),
                 "activities/activity_form.html", {"title": "Add an inspection activity"})


@login_required
@require_http_methods(["GET", "POST"])
def activity_edit(request, pk):
    activity = get_object_or_404(_visible(request.user), pk=pk)
    decision = access.can(request.user, "manage_register", activity.organisation)
    if not decision:
        raise PermissionDenied(decision.reason)
    form = _form(request, instance=InspectionActivity.objects.get(pk=activity.pk))

    def save(organisation, values):
        if organisation != activity.organisation:
            raise InvalidInput("An activity stays with its organisation: add a new one for another.")
        services.edit_activity(activity, by=request.user, **values)

    return _save(request, form, save, "activities/activity_form.html",
                 {"title": "Change an inspection activity", "activity": activity})


@login_required
def feed_settings(request):
    """The person's own subscription address, and a way to reset it."""
    token = services.feed_token_for(request.user)
    url = request.build_absolute_uri(reverse("activities:feed", args=[token.token]))
    return render(request, "activities/feed.html", {"feed_url": url})


@login_required
@require_POST
def feed_reset(request):
    services.reset_feed_token(request.user, by=request.user)
    messages.success(request, "Your calendar address was reset: subscribe again with the new one.")
    return redirect("activities:feed_settings")


def feed(request, token):
    """The ICS feed: no session (calendar apps cannot sign in); the secret token names the person, and
    the person's access decides what it holds."""
    user = services.user_for_token(token)
    if user is None:
        raise Http404("Unknown calendar address.")
    activities = _visible(user).order_by("starts_on", "id")
    body = services.ics(activities, site_url=settings.SITE_URL.rstrip("/"))
    reply = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    reply["Content-Disposition"] = 'inline; filename="oversight-calendar.ics"'
    reply["Cache-Control"] = "private, max-age=900"
    return reply
