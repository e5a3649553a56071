"""My work: what needs the signed-in person's attention, from the same lists the reminders use."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

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
        "statutory": _with_days_left(selectors.statutory_due(request.user, today), today),
        "today": today,
    })


def _with_days_left(statutory_responses, today):
    """Each statutory response with its days left (negative when overdue), for the clock (issue 13)."""
    rows = list(statutory_responses)
    for row in rows:
        row.left = row.days_left(today)
    return rows
