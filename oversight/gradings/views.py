from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from oversight.accounts import access
from oversight.organisations.models import Organisation

from . import services
from .models import Grading, MonitoringPhase


@login_required
def grading_list(request):
    """The gradings table by area with last inspected and trend (seed 004), and the full history."""
    org_ids = set(access.visible(Organisation.objects.all(), request.user).values_list("pk", flat=True))
    framework = request.GET.get("framework") or None
    if framework not in Grading.Framework.values:
        framework = None
    rows = services.latest_table(org_ids, framework)
    history = services.rows_for(list(
        access.visible(Grading.objects.select_related("organisation"), request.user)
        .order_by("organisation__name", "-published_on", "position")
    ))
    return render(request, "gradings/grading_list.html", {
        "rows": rows, "history": history, "frameworks": Grading.Framework.choices, "framework": framework,
    })


@login_required
def monitoring(request):
    phases = access.visible(MonitoringPhase.objects.select_related("organisation"), request.user) \
        .prefetch_related("causes").order_by("organisation__name", "-started_on")
    return render(request, "gradings/monitoring.html", {"phases": phases})
