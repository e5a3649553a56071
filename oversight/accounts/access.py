"""THE one place for roles and scoping: who sees which organisation's data, and who may do what.

`visible(queryset, user)` restricts any queryset to what the user may see (ids from other
organisations therefore give 404); `can(user, action, obj)` answers yes or no with a reason.
"""

from dataclasses import dataclass
from functools import lru_cache  # noqa: F401  (kept for callers that memoise per request)

from django.db.models import Q

from .models import Membership, Role

# How each model reaches its organisation, for scoping.
ORGANISATION_PATHS = {
    "organisation": "id",
    "response": "organisation",
    "update": "response__organisation",
    "action": "response__organisation",
    "evidence": "response__organisation",
    "closuresubmission": "response__organisation",
    "transition": "response__organisation",
    "hmicfrsstatusevent": "response__organisation",
    "grading": "organisation",
    "monitoringphase": "organisation",
    "inspectionactivity": "organisation",
    "statutoryresponse": "organisation",
    "portfolio": "organisation",
    "businessarea": "organisation",
    "board": "organisation",
    "closurelevel": "organisation",
    "committee": "organisation",
    "meeting": "committee__organisation",
    "paper": "meeting__committee__organisation",
    "paperissue": "paper__meeting__committee__organisation",
    "reportinvolvement": "organisation",
}

# Models a force's people also see when they belong to a body that oversees the force.
REPORTED_TO = {"committee", "meeting", "paper", "paperissue"}

WRITE_ROLES = {Role.ADMINISTRATOR, Role.LIAISON_OFFICER, Role.PORTFOLIO_LEAD, Role.ACTION_OWNER}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""

    def __bool__(self):
        return self.allowed


ALLOW = Decision(True)


def memberships(user):
    """The user's memberships, cached on the user object for the request."""
    if not user or not user.is_authenticated:
        return []
    cached = getattr(user, "_oversight_memberships", None)
    if cached is None:
        cached = list(
            Membership.objects.filter(user=user).select_related("organisation").prefetch_related(
                "portfolios", "organisation__oversees"
            )
        )
        user._oversight_memberships = cached
    return cached


def organisation_ids(user):
    """Ids of the organisations whose data the user may see: their own and those they oversee."""
    if not user or not user.is_authenticated:
        return set()
    cached = getattr(user, "_oversight_org_ids", None)
    if cached is None:
        cached = set()
        for m in memberships(user):
            cached.add(m.organisation_id)
            cached.update(o.id for o in m.organisation.oversees.all())
        user._oversight_org_ids = cached
    return cached


def roles(user, organisation_id=None):
    """The user's roles, in one organisation or anywhere."""
    found = set()
    for m in memberships(user):
        if organisation_id is None or m.organisation_id == organisation_id:
            found.add(m.role)
        elif organisation_id in {o.id for o in m.organisation.oversees.all()}:
            # Oversight reaches read and comment only, whatever the role at home (a PCC office's
            # liaison cannot run the force's workflow).
            found.add(Role.OVERSIGHT_REVIEWER)
    return found


def has_role(user, *wanted, organisation_id=None):
    if user.is_superuser:
        # A system owner with no memberships acts everywhere; one who belongs to organisations is
        # scoped to them like everyone else, the same as visible() (another organisation → no).
        ids = organisation_ids(user)
        return not ids or organisation_id is None or organisation_id in ids
    return bool(roles(user, organisation_id) & set(wanted))


def visible(queryset, user):
    """Restrict a queryset to the organisations the user may see (NetBox's restrict())."""
    model_name = queryset.model._meta.model_name
    ids = organisation_ids(user)
    if user.is_superuser and not ids:
        return queryset
    if model_name in ("report", "finding"):
        # IN subqueries rather than joins + DISTINCT: pagination counts stay cheap at 100,000 rows.
        from oversight.reports.models import Finding, ReportInvolvement

        answered = Finding.objects.filter(responses__organisation_id__in=ids)
        involved = ReportInvolvement.objects.filter(organisation_id__in=ids).values("report_id")
        if model_name == "report":
            return queryset.filter(Q(id__in=answered.values("report_id")) | Q(id__in=involved))
        return queryset.filter(Q(id__in=answered.values("id")) | Q(report_id__in=involved))
    path = ORGANISATION_PATHS.get(model_name)
    if path is None:
        raise LookupError(f"access.visible does not know how {model_name} reaches an organisation")
    if model_name in REPORTED_TO:
        # A force reports to the committees of the bodies that oversee it (seed 003: the force's
        # liaison officer writes the PCC's Joint Audit Committee paper).
        return queryset.filter(Q(**{f"{path}__in": ids}) | Q(**{f"{path}__oversees__in": ids})).distinct()
    return queryset.filter(**{f"{path}__in": ids})


def portfolio_ids(user, organisation_id):
    return {
        p.id
        for m in memberships(user)
        if m.organisation_id == organisation_id and m.role == Role.PORTFOLIO_LEAD
        for p in m.portfolios.all()
    }


def is_liaison(user, response):
    return has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR, organisation_id=response.organisation_id)


def is_portfolio_lead_for(user, response):
    return bool(response.portfolio_id and response.portfolio_id in portfolio_ids(user, response.organisation_id))


def is_owner(user, response):
    return response.owner_id == user.id


def is_owner_or_liaison(user, response):
    """The owner, the portfolio lead of the response's portfolio, or the liaison officer."""
    if is_owner(user, response) or is_portfolio_lead_for(user, response) or is_liaison(user, response):
        return ALLOW
    return Decision(False, "Only the owner, the portfolio lead or the liaison officer can do this.")


def is_lead_or_liaison(user, response):
    """The portfolio lead of the response's portfolio, or the liaison officer."""
    if is_portfolio_lead_for(user, response) or is_liaison(user, response):
        return ALLOW
    return Decision(False, "Only the portfolio lead or the liaison officer can do this.")


def liaison_only(user, response):
    """The liaison officer (or administrator) of the response's organisation."""
    if is_liaison(user, response):
        return ALLOW
    return Decision(False, "Only the liaison officer can do this.")


def signs_off_and_did_not_request(user, response):
    """Sign-off is by the portfolio lead or liaison officer, never by whoever asked for it (issue 3)."""
    if response.sign_off_requested_by_id and response.sign_off_requested_by_id == user.id:
        return Decision(False, "The person who asked for sign-off cannot sign off a request they made.")
    return is_lead_or_liaison(user, response)


def can_edit_response(user, response):
    """Liaison officers edit any response of their organisation; leads their portfolio's; owners their own."""
    if response.organisation_id not in organisation_ids(user) and not user.is_superuser:
        return Decision(False, "This response belongs to an organisation you cannot see.")
    if is_liaison(user, response) or is_portfolio_lead_for(user, response) or is_owner(user, response):
        return ALLOW
    return Decision(False, "Only the owner, the portfolio lead or the liaison officer can change this response.")


def can(user, action, obj=None):
    """Answer whether `user` may take `action` on `obj`, with a reason when not."""
    if not user.is_authenticated:
        return Decision(False, "Sign in first.")
    if action in {"edit_response", "add_update", "add_evidence", "add_action"}:
        return can_edit_response(user, obj)
    if action == "write_paper" and obj is not None:
        # The committee's own liaison officers, or those of an organisation it oversees (see REPORTED_TO).
        candidates = [obj.id, *obj.oversees.values_list("id", flat=True)]
        if any(has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR, organisation_id=i) for i in candidates):
            return ALLOW
        return Decision(False, "Only a liaison officer or administrator can do this.")
    if action in {"manage_register", "confirm_findings", "write_paper", "import_register"}:
        org_id = getattr(obj, "id", None) if obj is not None else None
        if has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR, organisation_id=org_id):
            return ALLOW
        return Decision(False, "Only a liaison officer or administrator can do this.")
    if action == "archive":
        org_id = getattr(obj, "organisation_id", None)
        if has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR, organisation_id=org_id):
            return ALLOW
        return Decision(False, "Only a liaison officer or administrator can archive a record.")
    if action == "view_audit":
        if has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR, Role.OVERSIGHT_REVIEWER):
            return ALLOW
        return Decision(False, "The audit trail is open to liaison officers, reviewers and administrators.")
    if action == "manage_reference_lists":
        org_id = getattr(obj, "id", None) if obj is not None else None
        if has_role(user, Role.ADMINISTRATOR, organisation_id=org_id):
            return ALLOW
        return Decision(False, "Only an administrator manages people and reference lists.")
    if action == "comment":
        if has_role(user, Role.OVERSIGHT_REVIEWER, Role.LIAISON_OFFICER, Role.PORTFOLIO_LEAD, Role.ADMINISTRATOR):
            return ALLOW
        return Decision(False, "Committee members read only.")
    raise LookupError(f"Unknown action {action!r}")
