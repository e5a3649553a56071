from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from oversight.accounts import access

from .models import InspectionActivity


@login_required
def calendar(request):
    """Inspection activity: forthcoming first, then what has happened, newest first."""
    today = timezone.localdate()
    qs = access.visible(InspectionActivity.objects.select_related("organisation", "report"), request.user)
    upcoming = qs.filter(starts_on__gte=today).order_by("starts_on")
    past = qs.filter(starts_on__lt=today).order_by("-starts_on")
    return render(request, "activities/calendar.html", {"upcoming": upcoming, "past": past, "today": today})
