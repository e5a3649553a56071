"""Writers for the inspection calendar, and the ICS feed people subscribe to."""

import datetime

from django.db import transaction
from django.utils import timezone

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed

from .models import FeedToken, InspectionActivity

FIELDS = ("inspection", "kind", "inspection_kind", "starts_on", "ends_on", "place", "force_inspected", "focus_areas",
          "lead", "documents_requested", "notes", "report")


def _may_manage(user, organisation):
    decision = access.can(user, "manage_register", organisation)
    if not decision:
        raise NotAllowed(decision.reason)


def _check(values):
    if not (values.get("inspection") or "").strip():
        raise InvalidInput("Enter the inspection, for example: PEEL 2025.")
    if values.get("ends_on") and values.get("starts_on") and values["ends_on"] < values["starts_on"]:
        raise InvalidInput("The activity cannot end before it starts: check the end date.")
    if values.get("kind") not in InspectionActivity.Kind.values:
        raise InvalidInput("Choose the activity.")


def record_activity(organisation, *, by, **values):
    """Add an activity to the organisation's calendar. Refused when it ends before it starts."""
    _may_manage(by, organisation)
    _check(values)
    with transaction.atomic():
        return InspectionActivity.objects.create(
            organisation=organisation, created_by=by, **{k: v for k, v in values.items() if k in FIELDS})


def edit_activity(activity, *, by, **values):
    _may_manage(by, activity.organisation)
    _check(values)
    with transaction.atomic():
        for name in FIELDS:
            if name in values:
                setattr(activity, name, values[name])
        activity.save()
    return activity


def feed_token_for(user):
    token, _ = FeedToken.objects.get_or_create(user=user)
    return token


def reset_feed_token(user, *, by):
    """A new secret address: the old one stops working at once."""
    if by.pk != user.pk:
        raise NotAllowed("Only the person themselves can reset their calendar address.")
    with transaction.atomic():
        FeedToken.objects.filter(user=user).delete()
        return FeedToken.objects.create(user=user)


def user_for_token(token):
    found = FeedToken.objects.filter(token=token, user__is_active=True).select_related("user").first()
    return found.user if found else None


def ics(activities, *, name="Oversight: inspection calendar", site_url=""):
    """RFC 5545 text for the activities (all-day events; DTEND is the day after the last day)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Oversight//Inspection calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for a in activities:
        event = Event()
        event.add("uid", f"activity-{a.pk}@oversight")
        event.add("dtstamp", stamp)
        event.add("dtstart", a.starts_on)
        event.add("dtend", (a.ends_on or a.starts_on) + datetime.timedelta(days=1))
        event.add("summary", f"{a.inspection}: {a.get_kind_display()} ({a.organisation.short_name})")
        lines = [f"Inspection: {a.get_inspection_kind_display() or '—'}",
                 "The force is one of the forces inspected." if a.force_inspected else "The force is not inspected."]
        if a.lead:
            lines.append(f"Lead: {a.lead}")
        if a.focus_list:
            lines.append("Focus areas: " + "; ".join(a.focus_list))
        if a.documents_list:
            lines.append("Documents asked for: " + "; ".join(a.documents_list))
        if a.notes:
            lines.append(a.notes)
        event.add("description", "\n".join(lines))
        if a.place:
            event.add("location", a.place)
        if site_url:
            event.add("url", site_url + a.get_absolute_url())
        calendar.add_component(event)
    return calendar.to_ical()
