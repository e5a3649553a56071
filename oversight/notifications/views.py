"""My work: what needs the signed-in person's attention, from the same lists the reminders use."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from . import selectors


@require_safe
@login_required
def my_work(request):
    """The person's own responses (flagged overdue, due soon, no recent update), sign-offs waiting
    for them, closures awaiting HMICFRS, and the PCC's statutory comments due."""
    today = timezone.localdate()
    work = selectors.owner_work(request.user, today)
    flags = {}
    for name in ("overdue", "due_soon", "stale"):
        for response in getattr(work, name):
            flags.setdefault(response.pk, []).append(name)
    owned = list(selectors.owned_responses(request.user))
    for response in owned:
        response.flags = flags.get(response.pk, [])
    return render(request, "notifications/my_work.html", {
        "owned": owned,
        "sign_off": list(selectors.sign_off_queue(request.user)),
        "awaiting_hmicfrs": list(selectors.awaiting_hmicfrs(request.user)),
        "statutory": [setattr(s, "left", s.days_left(today)) or s for s in selectors.statutory_due(request.user, today)],
        "overdue_actions": list(selectors.overdue_actions(request.user, today)),
        "can_add_people": _can_add_people(request.user),
        "today": today,
    })


PAGE_SIZE = 50


def _can_add_people(user):
    from oversight.accounts import access
    from oversight.accounts.models import Role

    return access.has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR)


@require_safe
@login_required
def notification_list(request):
    """The person's own notifications, newest first; unread ones marked."""
    from django.core.paginator import Paginator

    from .models import Notification

    mine = Notification.objects.filter(recipient=request.user).select_related("by")
    page = Paginator(mine, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "notifications/notification_list.html", {"page": page})


@require_POST
@login_required
def mark_read(request):
    """Mark all the person's notifications read, or just the one named."""
    from . import services

    one = request.POST.get("notification")
    if one is not None and not str(one).isdigit():
        return HttpResponseBadRequest("Say which notification to mark read.")
    changed = services.mark_read(request.user, ids=[int(one)] if one else None)
    if one:
        from .models import Notification

        target = get_object_or_404(Notification, pk=int(one), recipient=request.user)
        if request.POST.get("open") and target.url.startswith("/"):
            return redirect(target.url)
    messages.success(request, f"{changed} notification{'s' if changed != 1 else ''} marked as read.")
    return redirect("notifications:list")
