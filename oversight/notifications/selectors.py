"""What needs a person's attention. The "my work" page and `oversight remind` read the same lists."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce, TruncDate

from oversight.accounts import access
from oversight.accounts.models import Membership, Role
from oversight.organisations.models import Organisation
from oversight.reports.models import Report, ReportInvolvement, StatutoryResponse
from oversight.responses.models import ACTIVE_STATUSES, Response, Transition


@dataclass
class OwnerWork:
    """A person's own active responses, sorted into what makes them due for a reminder."""

    overdue: list = field(default_factory=list)
    due_soon: list = field(default_factory=list)
    stale: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.overdue or self.due_soon or self.stale)


def _active(qs):
    return qs.filter(status__in=ACTIVE_STATUSES, archived_at__isnull=True)


def owned_responses(user):
    """The person's active responses, with their working due date and the date of their last update."""
    return (
        _active(Response.objects.filter(owner=user))
        .select_related("finding__report", "organisation")
        .annotate(
            due=Coalesce("target_on", "finding__due_on"),
            last_update_on=F("latest_update_on"),  # kept by the database (responses migration 0005): no GROUP BY
            changed_on=TruncDate("status_changed_at"),
        )
        .order_by("due", "id")
    )


def owner_work(user, today):
    """Sort the person's responses: overdue, due within REMIND_DUE_WITHIN_DAYS, no update for REMIND_STALE_AFTER_DAYS."""
    work = OwnerWork()
    for response in owned_responses(user):
        for need in needs(response, today):
            getattr(work, need).append(response)
    return work


def needs(response, today):
    """What one of owned_responses needs: "overdue" or "due_soon" (within REMIND_DUE_WITHIN_DAYS), and
    "stale" when nothing was written for REMIND_STALE_AFTER_DAYS. The reminders and "my work" alike."""
    soon = today + datetime.timedelta(days=settings.REMIND_DUE_WITHIN_DAYS)
    stale_before = today - datetime.timedelta(days=settings.REMIND_STALE_AFTER_DAYS)
    found = []
    if response.due and response.due < today:
        found.append("overdue")
    elif response.due and response.due <= soon:
        found.append("due_soon")
    last = response.last_update_on or response.changed_on
    if last is None or last < stale_before:
        found.append("stale")
    return found


def sign_off_queue(user):
    """Responses waiting for this person's sign-off: their portfolio's, or any for a liaison officer,
    never the ones they asked to be signed off themselves."""
    home = [m for m in access.memberships(user)]
    liaison_orgs = [m.organisation_id for m in home if m.role in (Role.LIAISON_OFFICER, Role.ADMINISTRATOR)]
    portfolios = [p.id for m in home if m.role == Role.PORTFOLIO_LEAD for p in m.portfolios.all()]
    if not liaison_orgs and not portfolios:
        return Response.objects.none()
    # Read through the policy, then narrowed to the work this person's roles sign off.
    return (
        access.visible(Response.objects.all(), user)
        .filter(status=Response.Status.AWAITING_SIGN_OFF, archived_at__isnull=True)
        .filter(Q(organisation_id__in=liaison_orgs) | Q(portfolio_id__in=portfolios))
        .exclude(sign_off_requested_by=user)
        .select_related("finding__report", "owner", "organisation")
        .order_by("status_changed_at")
    )


def awaiting_hmicfrs(user):
    """Responses submitted to HMICFRS and waiting for a decision, for liaison officers to chase."""
    orgs = [m.organisation_id for m in access.memberships(user)
            if m.role in (Role.LIAISON_OFFICER, Role.ADMINISTRATOR)]
    return (
        access.visible(Response.objects.all(), user)
        .filter(status=Response.Status.SUBMITTED, organisation_id__in=orgs, archived_at__isnull=True)
        .select_related("finding__report", "owner", "organisation")
        .order_by("status_changed_at")
    )


STATUTORY_ROLES = (Role.LIAISON_OFFICER, Role.ADMINISTRATOR, Role.OVERSIGHT_REVIEWER)


def statutory_due(user, today):
    """The PCC's unpublished, required statutory comments due within 28 days or overdue, for its office."""
    orgs = [m.organisation_id for m in access.memberships(user)
            if m.organisation.kind == Organisation.Kind.PCC_OFFICE and m.role in STATUTORY_ROLES]
    # The statutory clock reminds from 28 days before the deadline (reports.services.REMINDER_DAYS).
    soon = today + datetime.timedelta(days=max(settings.REMIND_DUE_WITHIN_DAYS, 28))
    return (
        access.visible(StatutoryResponse.objects.all(), user)
        .filter(organisation_id__in=orgs, published_on__isnull=True, due_on__lte=soon, required=True)
        .select_related("report", "organisation")
        .order_by("due_on")
    )


def track_statutory_responses(today):
    """Open a StatutoryResponse for each PCC office and each HMICFRS report on a force it oversees,
    published within the last 56 days (s55 Police Act 1996), by the rule in reports.services.
    Older reports are history, not reminders. A safety net: the report-creation paths open them too."""
    from oversight.reports.services import ensure_statutory_response

    window_start = today - datetime.timedelta(days=55)
    created = 0
    offices = Organisation.objects.filter(kind=Organisation.Kind.PCC_OFFICE).prefetch_related("oversees")
    for office in offices:
        overseen = [o.id for o in office.oversees.all()]
        reports = Report.objects.filter(
            source="hmicfrs", published_on__gte=window_start, published_on__lte=today, archived_at__isnull=True,
        ).filter(
            Q(id__in=ReportInvolvement.objects.filter(organisation_id__in=overseen).exclude(
                involvement=ReportInvolvement.Involvement.NOT_INVOLVED).values("report_id"))
            | Q(id__in=Response.objects.filter(organisation_id__in=overseen).values("finding__report_id"))
        ).exclude(statutory_responses__organisation=office)
        for report in reports:
            created += len(ensure_statutory_response(report, office))
    return created


def digest(organisation_ids, today):
    """A liaison officer's week: counts by status, overdue responses, what moved in the last seven days."""
    responses = _active(Response.objects.filter(organisation_id__in=organisation_ids))
    week_ago = today - datetime.timedelta(days=7)
    counts = {
        Response.Status(s).label: n
        for s, n in responses.values_list("status").annotate(n=Count("id")).order_by("status")
    }
    overdue = list(
        responses.overdue(today).select_related("finding__report", "owner").order_by("target_on", "id")[:50]
    )
    moved = list(
        Transition.objects.filter(response__organisation_id__in=organisation_ids, at__date__gte=week_ago)
        .select_related("response__finding__report", "by")
        .order_by("-at")[:50]
    )
    return {"counts": counts, "overdue": overdue, "moved": moved}


def liaison_officers():
    """Everyone who is a liaison officer somewhere, with the organisations they act for."""
    by_user = {}
    for m in Membership.objects.filter(role=Role.LIAISON_OFFICER, user__is_active=True).select_related("user"):
        by_user.setdefault(m.user, []).append(m.organisation_id)
    return by_user


def overdue_actions(user, today):
    """Steps of action plans past their due date and not done: those the person owns, and those on
    responses they own (the response owner answers for the whole plan). One query."""
    from oversight.responses.models import Action

    return (
        Action.objects.filter(Q(owner=user) | Q(response__owner=user), done_on__isnull=True, archived_at__isnull=True,
                              due_on__lt=today, response__status__in=ACTIVE_STATUSES,
                              response__archived_at__isnull=True)
        .select_related("response__finding__report", "owner")
        .order_by("due_on", "id")
    )
