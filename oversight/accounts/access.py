"""THE one place for roles and scoping: who sees which organisation's data, and who may do what.

`visible(queryset, user)` restricts any queryset to what the user may see (ids from other
organisations therefore give 404); `can(user, action, obj)` answers yes or no with a reason.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from . import kept
from .models import Membership, Role

# How each model reaches its organisation, for scoping.
ORGANISATION_PATHS = {
    "organisation": "id",
    "membership": "organisation",
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
    "organisationalias": "organisation",
    "committeemember": "committee__organisation",
    "committee": "organisation",
    "meeting": "committee__organisation",
    "paper": "meeting__committee__organisation",
    "papertemplate": "organisation",
    "paperissue": "paper__meeting__committee__organisation",
    "reportinvolvement": "organisation",
    "reportupload": "organisation",
    "importrun": "organisation",
    "columnmapping": "organisation",
    # The dashboard's kept counts (dashboard.models): an organisation's id, not a key (0 means none).
    "responsetally": "organisation_id",
    "duetally": "organisation_id",
}

# Models a force's people also see when they belong to a body that oversees the force.
REPORTED_TO = {"committee", "meeting", "paper", "paperissue", "committeemember"}

# Records that are one person's own: their API token, the reminders sent to them.
PERSONAL_PATHS = {"token": "user", "tokenproxy": "user", "reminder": "recipient", "feedtoken": "user",
                  "notification": "recipient", "savedview": "user", "exportrun": "requested_by"}

WRITE_ROLES = {Role.ADMINISTRATOR, Role.LIAISON_OFFICER, Role.PORTFOLIO_LEAD, Role.ACTION_OWNER}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""

    def __bool__(self):
        return self.allowed


ALLOW = Decision(True)


def memberships(user):
    """The user's memberships: on the user object for the request, and kept in the process between
    requests until any of them changes (kept.py)."""
    if not user or not user.is_authenticated:
        return []
    cached = getattr(user, "_oversight_memberships", None)
    if cached is None:
        cached = user._oversight_memberships = kept.memberships(user, lambda: list(
            Membership.objects.filter(user=user).select_related("organisation").prefetch_related(
                "portfolios", "organisation__oversees"
            )
        ))
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


@dataclass(frozen=True)
class Scope:
    """What a person may see, for callers that must choose between one organisation and several
    (a PCC office's dashboard) or narrow an index by it. Restricting rows is visible()'s job."""

    everything: bool
    organisation_ids: frozenset

    @property
    def several(self):
        return self.everything or len(self.organisation_ids) > 1


def scope(user):
    ids = frozenset(organisation_ids(user))
    return Scope(everything=bool(user and user.is_authenticated and user.is_superuser and not ids),
                 organisation_ids=ids)


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
    """Restrict a queryset to what the user may see (NetBox's restrict()): every model of the app,
    the audit trail included. A model this does not know is an error, never everything."""
    model_name = queryset.model._meta.model_name
    if user is None or not user.is_authenticated:
        return queryset.none()
    ids = organisation_ids(user)
    if user.is_superuser and not ids:
        return queryset
    special = _SPECIAL.get(model_name)
    if special is not None:
        return special(queryset, user, ids)
    if model_name in PERSONAL_PATHS:
        return queryset.filter(**{PERSONAL_PATHS[model_name]: user})
    path = ORGANISATION_PATHS.get(model_name)
    if path is None:
        raise LookupError(f"access.visible does not know how {model_name} reaches an organisation")
    if model_name in REPORTED_TO:
        # A force reports to the committees of the bodies that oversee it (seed 003: the force's
        # liaison officer writes the PCC's Joint Audit Committee paper).
        return queryset.filter(Q(**{f"{path}__in": ids}) | Q(**{f"{path}__oversees__in": ids})).distinct()
    return queryset.filter(**{f"{path}__in": ids})


def held_ids(organisation):
    """The organisation and those it oversees: whose records an organisation's work covers (a PCC
    office's committee paper reports on its force)."""
    return {organisation.pk, *organisation.oversees.values_list("id", flat=True)}


def held_by(queryset, organisation):
    """What `organisation` and the organisations it oversees hold, by the same rules as visible():
    for work done on an organisation's behalf rather than a person's, such as checking a reading's
    findings against the register before they are confirmed."""
    model_name = queryset.model._meta.model_name
    ids = held_ids(organisation)
    if model_name in _HELD:
        return _HELD[model_name](queryset, None, ids)
    path = ORGANISATION_PATHS.get(model_name)
    if path is None:
        raise LookupError(f"access.held_by does not know what an organisation holds of {model_name}")
    return queryset.filter(**{f"{path}__in": ids})


def _reports(queryset, user, ids):
    # EXISTS per row rather than joins + DISTINCT (pagination counts stay cheap at 100,000 rows) or
    # IN (every report the organisations answered, hashed first: 33 ms for one report at 1,000,000).
    from oversight.reports.models import ReportInvolvement
    from oversight.responses.models import Response

    answered = Response.objects.filter(finding__report_id=OuterRef("pk"), organisation_id__in=ids)
    involved = ReportInvolvement.objects.filter(report_id=OuterRef("pk"), organisation_id__in=ids)
    return queryset.filter(Exists(answered) | Exists(involved))


def _findings(queryset, user, ids):
    from oversight.reports.models import ReportInvolvement
    from oversight.responses.models import Response

    answered = Response.objects.filter(finding_id=OuterRef("pk"), organisation_id__in=ids)
    involved = ReportInvolvement.objects.filter(report_id=OuterRef("report_id"), organisation_id__in=ids)
    return queryset.filter(Exists(answered) | Exists(involved))


def _finding_links(queryset, user, ids):
    from oversight.reports.models import Finding

    seen = _findings(Finding.objects.all(), user, ids).values("id")
    return queryset.filter(source_id__in=seen, target_id__in=seen)


def _people(queryset, user, ids):
    """People who belong to an organisation the user may see, and the user themself."""
    from .models import Membership

    members = Membership.objects.filter(organisation_id__in=ids).values("user_id")
    return queryset.filter(Q(id__in=members) | Q(id=user.id))


def _search_documents(queryset, user, ids):
    # The rules of _findings and _reports, as IN sets: a search matches thousands of documents, and
    # the sets are hashed once where EXISTS would probe a finding or report for each of them.
    from oversight.reports.models import Finding, ReportInvolvement
    from oversight.responses.models import Response

    answered = Response.objects.filter(organisation_id__in=ids)
    involved = ReportInvolvement.objects.filter(organisation_id__in=ids).values("report_id")
    kind = queryset.model.Kind
    return queryset.filter(
        Q(organisation_id__in=ids)
        | Q(kind=kind.FINDING, finding_id__in=answered.values("finding_id"))
        | Q(kind=kind.FINDING, finding_id__in=Finding.objects.filter(report_id__in=involved).values("id"))
        | Q(kind=kind.REPORT, report_id__in=answered.values("finding__report_id"))
        | Q(kind=kind.REPORT, report_id__in=involved)
    )


def _log_entries(queryset, user, ids):
    """Entries about what the user may see: records of their organisations (by the organisation id
    each entry carries, audit/registry.py), and the national reports, findings and links they may
    open. Entries about people are for administrators, and only about people they may see."""
    from django.contrib.contenttypes.models import ContentType

    from oversight.reports.models import Finding, FindingLink, Report

    from .models import User

    types = ContentType.objects.get_for_models(Report, Finding, FindingLink, User)
    allowed = Q(additional_data__organisation_id__in=sorted(ids))
    for model, rule in ((Report, _reports), (Finding, _findings), (FindingLink, _finding_links)):
        allowed |= Q(content_type=types[model], object_id__in=rule(model.objects.all(), user, ids).values("id"))
    if has_role(user, Role.ADMINISTRATOR):
        allowed |= Q(content_type=types[User], object_id__in=_people(User.objects.all(), user, ids).values("id"))
    else:
        allowed &= ~Q(content_type=types[User])
    return queryset.filter(allowed)


def _system_only(queryset, user, ids):
    """Records of the system itself (the mail outbox): for a system administrator, through the admin."""
    return queryset.none()


_SPECIAL = {
    "outboxmail": _system_only,
    "report": _reports,
    "finding": _findings,
    "findinglink": _finding_links,
    "user": _people,
    "searchdocument": _search_documents,
    "logentry": _log_entries,
}

# The rules that depend on the organisation alone, not on who is asking.
_HELD = {name: _SPECIAL[name] for name in ("report", "finding", "findinglink")}


def visible_models():
    """The model names the policy answers for (tests walk every model against this)."""
    return set(ORGANISATION_PATHS) | set(PERSONAL_PATHS) | set(_SPECIAL)


def organisations_for(user, action):
    """The organisations on whose behalf `user` may take `action` (import a register, read a report
    in, write a committee's paper), for the choice a page offers."""
    from oversight.organisations.models import Organisation

    candidates = visible(Organisation.objects.all(), user)
    if action == "write_paper" and not scope(user).everything:
        # A force writes the papers of the committees of the bodies that oversee it (REPORTED_TO).
        candidates = Organisation.objects.filter(Q(pk__in=candidates.values("pk")) | Q(oversees__in=candidates.values("pk")))
    allowed = [o.pk for o in candidates.distinct() if can(user, action, o)]
    return Organisation.objects.filter(pk__in=allowed).order_by("name")


def may_see_organisation(user, organisation_id):
    return scope(user).everything or organisation_id in organisation_ids(user)


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
    if not may_see_organisation(user, response.organisation_id):
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
    if action == "add_person":
        # Issue 10: a liaison officer (or administrator) adds the people who own the work.
        org_id = getattr(obj, "id", None) if obj is not None else None
        if has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR, organisation_id=org_id):
            return ALLOW
        return Decision(False, "Only a liaison officer or administrator can add people.")
    if action == "comment":
        if has_role(user, Role.OVERSIGHT_REVIEWER, Role.LIAISON_OFFICER, Role.PORTFOLIO_LEAD, Role.ADMINISTRATOR):
            return ALLOW
        return Decision(False, "Committee members read only.")
    if action == "write_statutory":
        # The PCC office's own people draft, approve and publish its statutory comments (s55).
        org_id = getattr(obj, "organisation_id", None)
        if has_role(user, Role.LIAISON_OFFICER, Role.ADMINISTRATOR, Role.OVERSIGHT_REVIEWER, organisation_id=org_id) \
                and (org_id is None or org_id in {m.organisation_id for m in memberships(user)} or user.is_superuser):
            return ALLOW
        return Decision(False, "Only the PCC office's liaison officers, reviewers and administrators can do this.")
    raise LookupError(f"Unknown action {action!r}")
