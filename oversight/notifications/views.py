"""My work: what needs the signed-in person's attention, from the same lists the reminders use."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from . import selectors

# Each list shows its first rows and says how many there are: a liaison officer of a large force may
# have hundreds of sign-offs waiting, and the page read and printed every one (157 ms at 100,000, issue 17).
SHOWN = 25


@require_safe
@login_required
def my_work(request):
    """The person's own responses (flagged overdue, due soon, no recent update), sign-offs waiting
    for them, closures awaiting HMICFRS, and the PCC's statutory comments due."""
    today = timezone.localdate()
    owned = _first(selectors.owned_responses(request.user))
    for response in owned.rows:
        response.flags = selectors.needs(response, today)
    return render(request, "notifications/my_work.html", {
        "owned": owned,
        "sign_off": _first(selectors.sign_off_queue(request.user)),
        "awaiting_hmicfrs": _first(selectors.awaiting_hmicfrs(request.user)),
        "statutory": _with_days_left(selectors.statutory_due(request.user, today), today),
        "overdue_actions": _first(selectors.overdue_actions(request.user, today)),
        "register": _register_links(request.user),
        "can_add_people": _can_add_people(request.user),
        "today": today,
    })


@dataclass
class Shown:
    rows: list
    total: int

    def __bool__(self):
        return bool(self.rows)

    def __iter__(self):
        return iter(self.rows)

    @property
    def more(self):
        return self.total > len(self.rows)


def _first(queryset):
    """A list's first SHOWN rows and how many it has; counted only when there are more than that."""
    rows = list(queryset[: SHOWN + 1])
    if len(rows) <= SHOWN:
        return Shown(rows, len(rows))
    return Shown(rows[:SHOWN], queryset.count())


def _register_links(user):
    """The register filtered to each whole list, for "see all" (the register pages and sorts them)."""
    from urllib.parse import urlencode

    from django.urls import reverse

    from oversight.accounts import access
    from oversight.accounts.models import Role

    register = reverse("responses:register")
    sign_off = {"status": "awaiting_sign_off"}
    portfolios = [p.pk for m in access.memberships(user) if m.role == Role.PORTFOLIO_LEAD for p in m.portfolios.all()]
    if not access.has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR) and len(portfolios) == 1:
        sign_off["portfolio"] = portfolios[0]
    return {"owned": f"{register}?{urlencode({'owner': user.pk, 'active': 'true', 'sort': 'due'})}",
            "sign_off": f"{register}?{urlencode(sign_off)}",
            "awaiting_hmicfrs": f"{register}?{urlencode({'status': 'submitted'})}"}


def _with_days_left(statutory_responses, today):
    """Each statutory response with its days left (negative when overdue), for the clock (issue 13)."""
    rows = list(statutory_responses)
    for row in rows:
        row.left = row.days_left(today)
    return rows


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
