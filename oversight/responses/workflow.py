"""The life of a response (DESIGN.md §3) as one table: who may move it, what each move needs,
and what each move records. `transition()` is the only writer of Response.status.

Read a row aloud: "request_sign_off takes an in-progress response to awaiting sign-off; the
owner, portfolio lead or liaison officer may do it; it needs an update since the status last
changed and at least one piece of evidence; it records who asked."
"""

import datetime
from dataclasses import dataclass, field

from auditlog.models import LogEntry
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from oversight.accounts import access
from oversight.core import inserts
from oversight.core.exceptions import NotAllowed, StaleEdit, Unmet
from oversight.reports.models import Finding

from .models import ClosureSubmission, Response, Transition

S = Response.Status
ACTIVE = (S.OPEN, S.IN_PROGRESS, S.AWAITING_SIGN_OFF, S.SUBMITTED)


# Guards: each returns None when satisfied, or the reason shown on the page when not.
# They take the response and the payload the person typed (dates, level, reason ...).

def has_owner(r, p):
    return None if r.owner_id else "Assign an owner first."


def has_update_since_status_changed(r, p):
    known = getattr(r, "_read_updates", None)  # the page's own list, when available() was given it
    if (any(u.created_at >= r.status_changed_at for u in known) if known is not None
            else r.updates.filter(created_at__gte=r.status_changed_at).exists()):
        return None
    return "Add an update saying what was done since the status last changed."


def has_evidence(r, p):
    known = getattr(r, "_read_evidence", None)
    if (any(not e.archived_at for e in known) if known is not None
            else r.evidence.filter(archived_at__isnull=True).exists()):
        return None
    return "Add at least one piece of evidence."


def pending_submission(r):
    # available() asks several guards in turn; it reads the submission once for all of them (issue 17).
    if hasattr(r, "_pending_submission"):
        return r._pending_submission
    return r.closure_submissions.filter(decision="").order_by("-submitted_on", "-id").first()


def has_closure_submission(r, p):
    """Either a recorded submission awaiting HMICFRS's decision, or its level and date given now."""
    if pending_submission(r) is not None:
        return None
    level, submitted_on = p.get("level"), p.get("submitted_on")
    if level is not None and submitted_on:
        if level.organisation_id != r.organisation_id:
            return "Choose one of your organisation's closure levels."
        return None
    return "Record the closure submission with its level and date."


def has_submission_awaiting_decision(r, p):
    return None if pending_submission(r) else "There is no closure submission awaiting HMICFRS's decision."


def has_decision_date(r, p):
    decided_on = p.get("decided_on")
    if not decided_on:
        return "Give the date of HMICFRS's decision."
    submission = pending_submission(r)
    if submission and decided_on < submission.submitted_on:
        return "The decision date cannot be before the submission date."
    if decided_on > timezone.localdate():
        return "The decision date cannot be in the future."
    return None


def has_feedback(r, p):
    return None if (p.get("feedback") or "").strip() else "Record HMICFRS's feedback on why it was not accepted."


def has_replacing_finding(r, p):
    finding = p.get("superseded_by")
    if finding is None:
        return "Name the finding that replaces this one."
    if finding.pk == r.finding_id:
        return "A finding cannot replace itself."
    return None


def has_reason(r, p):
    return None if (p.get("reason") or "").strip() else "Give the reason."


# Records: what a move writes besides status (as field values on the response) and side rows.

def record_requester(r, p, by):
    return {"sign_off_requested_by": by}


def clear_requester(r, p, by):
    return {"sign_off_requested_by": None}


def record_submission(r, p, by):
    if pending_submission(r) is None:
        ClosureSubmission.objects.create(
            response=r, level=p["level"], submitted_on=p["submitted_on"], summary=p.get("summary", ""), by=by
        )
    return {}


def record_decision(decision):
    def record(r, p, by):
        submission = pending_submission(r)
        submission.decision = decision
        submission.decided_on = p["decided_on"]
        submission.feedback = p.get("feedback", "")
        submission.save(update_fields=["decision", "decided_on", "feedback", "updated_at"])
        return {"sign_off_requested_by": None}

    return record


def record_replacement(r, p, by):
    return {"superseded_by": p["superseded_by"]}


def record_not_applicable(r, p, by):
    return {"applicability": Response.Applicability.NOT_APPLICABLE, "applicability_reason": p["reason"].strip()}


@dataclass(frozen=True)
class Rule:
    """One row: from which statuses, to which, who may, what it needs and what it records."""

    sources: tuple
    target: str
    label: str
    who: object
    needs: tuple = ()
    records: tuple = ()
    done: str = ""
    fields: tuple = field(default=())  # what the form asks for, beyond an optional comment

    def refusal(self, response, user, payload=None):
        """Why `user` cannot make this move now, as the error to raise, or None. Wrong status first,
        then person (NotAllowed: 403 on the API), then needs (Unmet: 422 on the page and the API)."""
        if response.status not in self.sources:
            return Unmet(f"This cannot be done while the response is {response.get_status_display().lower()}.")
        if response.is_archived:
            return Unmet("This response is archived.")
        decision = self.who(user, response)
        if not decision:
            return NotAllowed(getattr(decision, "reason", "") or "You cannot do this.")
        for need in self.needs:
            reason = need(response, payload or {})
            if reason:
                return Unmet(reason)
        return None

    def blocked_reason(self, response, user, payload=None):
        """Why `user` cannot make this move now, or None."""
        refusal = self.refusal(response, user, payload)
        return refusal.reason if refusal else None


TRANSITIONS = {
    "confirm": Rule(
        (S.DRAFT,), S.OPEN, "Confirm this finding applies", access.liaison_only,
        done="Confirmed: the response is open.",
    ),
    "start": Rule(
        (S.OPEN,), S.IN_PROGRESS, "Start work", access.is_lead_or_liaison, needs=(has_owner,),
        done="Work has started.",
    ),
    "request_sign_off": Rule(
        (S.IN_PROGRESS,), S.AWAITING_SIGN_OFF, "Ask for sign-off", access.is_owner_or_liaison,
        needs=(has_update_since_status_changed, has_evidence), records=(record_requester,),
        done="Sign-off requested.",
    ),
    "decline_sign_off": Rule(
        (S.AWAITING_SIGN_OFF,), S.IN_PROGRESS, "Send back for more work", access.signs_off_and_did_not_request,
        needs=(has_reason,), records=(clear_requester,), fields=("reason",),
        done="Sent back to the owner for more work.",
    ),
    "submit": Rule(
        (S.AWAITING_SIGN_OFF,), S.SUBMITTED, "Sign off and submit to HMICFRS", access.signs_off_and_did_not_request,
        needs=(has_closure_submission,), records=(record_submission,), fields=("level", "submitted_on", "summary"),
        done="Signed off and recorded as submitted to HMICFRS.",
    ),
    "accept": Rule(
        (S.SUBMITTED,), S.CLOSED, "Record HMICFRS accepted closure", access.liaison_only,
        needs=(has_submission_awaiting_decision, has_decision_date), records=(record_decision("accepted"),),
        fields=("decided_on", "feedback"), done="Closed: HMICFRS accepted the closure.",
    ),
    "not_accept": Rule(
        (S.SUBMITTED,), S.IN_PROGRESS, "Record HMICFRS did not accept closure", access.liaison_only,
        needs=(has_submission_awaiting_decision, has_decision_date, has_feedback),
        records=(record_decision("not_accepted"),), fields=("decided_on", "feedback"),
        done="HMICFRS did not accept closure: the response is back in progress.",
    ),
    "reopen": Rule(
        (S.CLOSED,), S.IN_PROGRESS, "Reopen", access.liaison_only, needs=(has_reason,), fields=("reason",),
        done="Reopened.",
    ),
    "supersede": Rule(
        ACTIVE, S.SUPERSEDED, "Mark as superseded", access.liaison_only, needs=(has_replacing_finding,),
        records=(record_replacement,), fields=("superseded_by",), done="Marked as superseded.",
    ),
    "mark_not_applicable": Rule(
        (S.DRAFT, S.OPEN, S.IN_PROGRESS), S.NOT_APPLICABLE, "Mark as not applicable", access.liaison_only,
        needs=(has_reason,), records=(record_not_applicable,), fields=("reason",),
        done="Marked as not applicable.",
    ),
}


@dataclass(frozen=True)
class Offer:
    """An action the page may show: its verb, label, form fields and the reason it is blocked (or None)."""

    action: str
    label: str
    fields: tuple
    blocked: str | None

    @property
    def allowed(self):
        return self.blocked is None


def available(response, user, *, closures=None, updates=None, evidence=None):
    """Each move from the response's current status that `user` may take, with the reason when blocked.

    Moves the person may never make here (wrong role) are left out, so read-only people see none;
    moves blocked only by a missing need are shown with that need. Needs that depend on what
    the form asks for (a date, a reason) are not judged until it is sent.
    """
    # `closures` (newest first), `updates` and `evidence` (archived included): the response's rows when
    # the caller has read them already, so the guards ask nothing again (issue 17).
    response._pending_submission = (
        pending_submission(response) if closures is None else next((c for c in closures if not c.decision), None)
    )
    response._read_updates, response._read_evidence = updates, evidence
    try:
        return _offers(response, user)
    finally:
        del response._pending_submission, response._read_updates, response._read_evidence


def _offers(response, user):
    offers = []
    for action, rule in TRANSITIONS.items():
        if response.status not in rule.sources or response.is_archived or not rule.who(user, response):
            continue
        blocked = None
        for need in rule.needs:
            if need in PAYLOAD_NEEDS:
                continue
            blocked = need(response, {})
            if blocked:
                break
        offers.append(Offer(action, rule.label, rule.fields, blocked))
    return offers


# Needs judged from what the person types; `available` skips them until the form is sent.
PAYLOAD_NEEDS = {has_decision_date, has_feedback, has_replacing_finding, has_reason, has_closure_submission}


def done_message(action):
    return TRANSITIONS[action].done


# What people type into a transition's form: text, whatever the API was sent.
TEXT_FIELDS = ("reason", "feedback", "summary")


def clean_payload(response, payload, user):
    """Turn form or API input (ids, ISO dates) into the objects the guards expect."""
    from oversight.organisations.models import ClosureLevel

    cleaned = dict(payload)
    for name in TEXT_FIELDS:
        if name in cleaned and cleaned[name] is not None and not isinstance(cleaned[name], str):
            raise Unmet(f"The {name.replace('_', ' ')} must be text.")
        if isinstance(cleaned.get(name), str) and "\x00" in cleaned[name]:
            raise Unmet(f"The {name.replace('_', ' ')} contains a NUL character, which cannot be stored.")
    for name in ("submitted_on", "decided_on"):
        value = cleaned.get(name)
        if isinstance(value, str):
            try:
                cleaned[name] = datetime.date.fromisoformat(value) if value else None
            except ValueError as error:
                raise Unmet(f"Enter the date as year, month and day, for example {timezone.localdate()}.") from error
    level = cleaned.get("level")
    if level in ("", None):
        cleaned.pop("level", None)
    elif not isinstance(level, ClosureLevel):
        cleaned["level"] = ClosureLevel.objects.filter(
            pk=_as_id(level), organisation=response.organisation_id
        ).first()
        if cleaned["level"] is None:
            raise Unmet("Choose one of your organisation's closure levels.")
    finding = cleaned.get("superseded_by")
    if finding in ("", None):
        cleaned.pop("superseded_by", None)
    elif not isinstance(finding, Finding):
        # Only a finding the person can see may be named: another organisation's ids stay unknown.
        cleaned["superseded_by"] = access.visible(Finding.objects, user).filter(pk=_as_id(finding)).first()
        if cleaned["superseded_by"] is None:
            raise Unmet("Name the finding that replaces this one.")
    return cleaned


@transaction.atomic
def transition(response, action, *, by, comment="", **payload):
    """Move `response` by `action` as `by`. The only writer of Response.status.

    Refuses with NotAllowed(reason) and writes nothing when the move is not open to this person
    or lacks what it needs; raises StaleEdit when someone else moved or edited the response
    since it was read. Otherwise updates the response, writes the Transition row and an audit
    entry, all in one transaction.
    """
    rule = TRANSITIONS.get(action)
    if rule is None:
        raise Unmet(f"There is no action called {action!r}.")
    payload = clean_payload(response, payload, by)
    refusal = rule.refusal(response, by, payload)
    if refusal:
        raise refusal

    changes = {"status": rule.target, "status_changed_at": timezone.now()}
    for record in rule.records:
        changes.update(record(response, payload, by))
    source = response.status
    moved = Response.objects.filter(pk=response.pk, status=source, version=response.version).update(
        version=F("version") + 1, **changes
    )
    if not moved:
        # Leaving the atomic block with an error also undoes what a record wrote (a submission).
        raise StaleEdit(Response.objects.get(pk=response.pk))

    Transition.objects.create(
        response=response, action=action, source=source, target=rule.target, by=by, comment=comment.strip(),
        payload=_jsonable(payload),
    )
    # The conditional UPDATE bypasses save() signals, so the audit trail is written here.
    before = {name: _plain(getattr(response, name)) for name in changes if name != "status_changed_at"}
    response.refresh_from_db()
    after = {name: _plain(getattr(response, name)) for name in before}
    LogEntry.objects.log_create(
        response, action=LogEntry.Action.UPDATE, actor=by, force_log=True,
        changes={name: [str(before[name]), str(after[name])] for name in before if before[name] != after[name]},
    )
    return response


def _as_id(value):
    """A primary key from form input; anything else matches nothing rather than failing."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _plain(value):
    return getattr(value, "pk", value)


def _jsonable(payload):
    out = {}
    for key, value in payload.items():
        if hasattr(value, "pk"):
            out[key] = value.pk
        elif isinstance(value, datetime.date):
            out[key] = value.isoformat()
        elif value not in (None, ""):
            out[key] = value
    return out


IMPORTED = "imported"


def record_imported(moves):
    """Set statuses as a register records them: history replayed, not a decision, so no rule's `who` or
    `needs` applies (the caller, responses.services.import_history, checked the importer may import).
    `moves` is [(response, target, at, transition)] with an unsaved "imported" Transition each; the
    responses are written in bulk (version bumped) and the transitions created. Returns the transitions."""
    now = timezone.now()
    groups = {}
    for response, target, at, transition_row in moves:
        transition_row.source, transition_row.target, transition_row.action = response.status, target, IMPORTED
        response.status, response.status_changed_at, response.updated_at = target, at, now
        response.version += 1
        groups.setdefault((target, at), []).append(response.pk)
    # One UPDATE per status and day rather than bulk_update's CASE per row (a register's rows share both).
    for (target, at), ids in groups.items():
        for start in range(0, len(ids), 500):
            Response.objects.filter(pk__in=ids[start:start + 500]).update(
                status=target, status_changed_at=at, updated_at=now, version=F("version") + 1)
    return inserts.insert(Transition, [m[3] for m in moves])
