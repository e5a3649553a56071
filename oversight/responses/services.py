"""Every change to a response and what sits under it. Views, imports and the API call these."""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from oversight.accounts import access
from oversight.core import inserts
from oversight.core.exceptions import InvalidInput, NotAllowed, Unmet
from oversight.core.services import save_versioned

from .models import Response, Update

EDITABLE_FIELDS = [
    "applicability", "applicability_reason", "rag", "owner", "portfolio", "business_area", "board",
    "target_on", "narrative",
]


def _require(decision):
    if not decision:
        raise NotAllowed(decision.reason)


def _check_same_organisation(response, values, *, members=None):
    """Reference lists and owners must belong to the response's organisation (tampered posts).
    `members` ({user id: organisation ids}) keeps each owner's memberships across many responses."""
    for name in ("portfolio", "business_area", "board"):
        item = values.get(name)
        if item is not None and item.organisation_id != response.organisation_id:
            raise NotAllowed(f"That {name.replace('_', ' ')} belongs to another organisation.")
    owner = values.get("owner")
    if owner is None:
        return
    members = {} if members is None else members
    if owner.pk not in members:
        members[owner.pk] = {m.organisation_id for m in access.memberships(owner)}
    if response.organisation_id not in members[owner.pk]:
        raise NotAllowed("The owner must be a member of the organisation that owns this response.")


def _check_applicability(response, values, by):
    """Deciding whether a finding applies is the liaison officer's (DESIGN.md §1); "not applicable"
    takes the response off the register, so it is a workflow move with its reason, never an edit
    (the page refused it but the API's PATCH allowed it: issue 15)."""
    wanted = values.get("applicability", response.applicability)
    if wanted == response.applicability:
        return
    if wanted == Response.Applicability.NOT_APPLICABLE:
        raise Unmet("Use “Mark as not applicable” to say the finding does not apply, with the reason.")
    if response.applicability == Response.Applicability.NOT_APPLICABLE:
        raise Unmet("This finding was marked not applicable; reopen it through the workflow instead.")
    if not access.is_liaison(by, response):
        raise NotAllowed("Only the liaison officer decides whether a finding applies.")


@transaction.atomic
def edit_response(response, values, *, by, expected_version):
    """Change the editable fields of a response; refused if someone saved since `expected_version`."""
    _require(access.can(by, "edit_response", response))
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    _check_same_organisation(response, values)
    _check_applicability(response, values, by)
    for name, value in values.items():
        setattr(response, name, value)
    return save_versioned(response, list(values), expected_version=expected_version)


@transaction.atomic
def add_update(response, *, text, rag="", written_on=None, by):
    """Record a dated progress note; its RAG becomes the response's current RAG."""
    _require(access.can(by, "add_update", response))
    text = _update_text(text)
    _check_rag(rag)
    if written_on and written_on > timezone.localdate():
        raise InvalidInput("The date of the update cannot be in the future.")
    update = Update(response=response, text=text, rag=rag or "", by=by)
    if written_on:
        update.written_on = written_on
    update.save()
    if rag and rag != response.rag:
        response.rag = rag
        response.save(update_fields=["rag", "updated_at"])
    return update


@transaction.atomic
def edit_update(update, *, text, rag, by, expected_version):
    """Correct a progress note; refused if someone saved it since `expected_version`."""
    _require(access.can(by, "add_update", update.response))
    if update.by_id and update.by_id != by.id and not access.is_liaison(by, update.response):
        # An update is its author's words: an owner or lead cannot reword someone else's (issue 15).
        # The liaison officer may correct one, and the timeline then names them as its editor.
        raise NotAllowed("Only the person who wrote an update, or the liaison officer, can correct it; "
                         "add an update of your own instead.")
    text = _update_text(text)
    _check_rag(rag)
    update.text, update.rag = text, rag or ""
    return save_versioned(update, ["text", "rag"], expected_version=expected_version)


def _update_text(text):
    if text is not None and not isinstance(text, str):
        raise InvalidInput("The update must be text.")
    text = (text or "").strip()
    if not text:
        raise InvalidInput("Enter what has been done.")
    if "\x00" in text:
        raise InvalidInput("The update contains a NUL character, which cannot be stored. Remove it.")
    return text


STATUSES, RAGS = frozenset(Response.Status.values), frozenset(Response.Rag.values)  # read once: .values builds a list


def _check_rag(rag):
    if rag and rag not in RAGS:
        raise InvalidInput("Choose red, amber or green.")


def _draft(finding, organisation, values, *, applicability=Response.Applicability.APPLIES, members=None):
    """A new draft response (unsaved) with `values` checked: only editable fields, and lists and owner
    of its organisation. The one check of open_response and open_responses."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"{', '.join(sorted(unknown))} cannot be set here.")
    response = Response(finding=finding, organisation=organisation, status=Response.Status.DRAFT,
                        applicability=applicability, **values)
    _check_same_organisation(response, values, members=members)
    return response


@transaction.atomic
def open_response(finding, organisation, *, by, applicability=Response.Applicability.APPLIES, **values):
    """The organisation's draft response to a finding (proposed by extraction or import, DESIGN.md §3),
    with its owner and lists; the one place a live Response row is created (`replay_response` below
    replays one that another record kept). Returns (response, created)."""
    _require(access.can(by, "manage_register", organisation))
    found = Response.objects.filter(finding=finding, organisation=organisation).first()
    if found is not None:
        return found, False
    response = _draft(finding, organisation, values, applicability=applicability)
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError:  # a concurrent first response to the same finding: one wins, one is reused
        return Response.objects.get(finding=finding, organisation=organisation), False
    return response, True


# --- Replaying history another record kept (the demo's seed papers; see core/replay.py) -----------
# A replay is not a decision: the steps happened elsewhere, on the days the source gives, so the
# workflow's people and needs are not asked again. The steps must still be a path the workflow allows.

def replay_response(finding, organisation, *, by=None, **values):
    """The organisation's response to a finding as a source records it, keyed on finding and
    organisation; only what differs is written. Returns the response."""
    from oversight.core.replay import upsert

    unknown = set(values) - set(EDITABLE_FIELDS) - {"status", "status_changed_at", "hmicfrs_status", "internal_note"}
    if unknown:
        raise InvalidInput(f"{', '.join(sorted(unknown))} cannot be replayed.")
    if values.get("status", Response.Status.OPEN) not in Response.Status.values:
        raise InvalidInput("Unknown status.")
    _check_same_organisation(Response(finding=finding, organisation=organisation), values)
    response, _ = upsert(Response, finding=finding, organisation=organisation, defaults=values)
    return response


class HistoryReplay:
    """Collects the status steps of replayed responses and writes the missing Transition rows at the
    end, in one statement: "closed in the period" counts then see the history the source reports.
    A bulk insert writes no audit entry per row: the replay itself is the record of where they came from."""

    def __init__(self, *, by=None):
        self.by, self.pending = by, []

    def record(self, response, steps, *, comment="", internal_note=""):
        """`steps` maps each workflow action, in order, to the day it happened; they must end at the
        response's status. A source may tell a shorter story than the workflow's usual path (HMICFRS
        closing a finding on re-inspection goes from in progress to closed), so steps may be skipped."""
        from .models import Transition
        from .workflow import TRANSITIONS

        source = Response.Status.OPEN
        for action, day in steps.items():
            rule = TRANSITIONS.get(action)
            if rule is None:
                raise InvalidInput(f"{action} is not a step of the workflow.")
            at = _noon(day)  # the time of day is not printed
            self.pending.append(Transition(response=response, action=action, source=source, target=rule.target,
                                           by=self.by, at=at, comment=comment, internal_note=internal_note))
            source = rule.target
        if source != response.status:
            raise InvalidInput(f"The history of {response} ends at {source}, not {response.status}.")

    def flush(self):
        from .models import Transition

        if not self.pending:
            return
        ids = {t.response_id for t in self.pending}
        existing = set(Transition.objects.filter(response_id__in=ids).values_list("response_id", "action"))
        Transition.objects.bulk_create([t for t in self.pending if (t.response_id, t.action) not in existing])
        self.pending = []


def replay_update(response, written_on, text, *, rag="", by=None):
    """A dated progress note a source records, keyed on its response, day and author."""
    from oversight.core.replay import upsert

    _check_rag(rag)
    update, _ = upsert(Update, response=response, written_on=written_on, by=by,
                       defaults={"text": _update_text(text), "rag": rag})
    return update


def replay_closure_submission(response, submitted_on, *, level, **values):
    """A submission to HMICFRS for closure and its decision, as a source records them. `values`:
    decision, decided_on, summary, internal_note."""
    from oversight.core.replay import upsert

    from .models import ClosureSubmission

    if level is not None and level.organisation_id != response.organisation_id:
        raise InvalidInput("Choose one of the organisation's closure levels.")
    if values.get("decided_on") and values["decided_on"] < submitted_on:
        raise InvalidInput("A decision cannot come before the submission.")
    submission, _ = upsert(ClosureSubmission, response=response, submitted_on=submitted_on,
                           defaults={"level": level, **values})
    return submission


def replay_hmicfrs_status(response, status, on, **values):
    """HMICFRS's own dated status of a finding, as a source records it (`values`: comment, internal_note)."""
    from oversight.core.replay import upsert

    from .models import HmicfrsStatusEvent

    event, _ = upsert(HmicfrsStatusEvent, response=response, status=status, on=on, defaults=values)
    return event


def open_responses(items, organisation, *, by):
    """open_response for many findings at once (an import's batch): `items` are (finding, values) with
    values among EDITABLE_FIELDS; the same checks, then one INSERT, audit entries and search scopes in
    bulk. A finding already answered keeps its response. Returns the responses in the same order."""
    from oversight.audit import bulk as audit
    from oversight.search import index

    _require(access.can(by, "manage_register", organisation))
    items = list(items)
    existing = {r.finding_id: r for r in Response.objects.filter(  # unordered: no join to sort by
        organisation=organisation, finding_id__in=[f.pk for f, _ in items]).order_by()}
    members = {}  # each owner's memberships read once for the batch
    fresh = [_draft(finding, organisation, values, members=members) for finding, values in items
             if finding.pk not in existing]
    with transaction.atomic():
        created = inserts.insert(Response, fresh)
        fields = ["finding", "organisation", "status", "applicability", *EDITABLE_FIELDS[2:8]]
        audit.write(audit.entry(r, audit.CREATE, by=by, label=f"{organisation.short_name}: {r.finding_id}",
                                changes=audit.created_changes(r, fields)) for r in created)
        # A new responding organisation now sees the findings and their reports (search.signals does
        # this one by one for a single save).
        index.index_findings([r.finding_id for r in created])
    made = {r.finding_id: r for r in created}
    return [existing.get(f.pk) or made[f.pk] for f, _ in items]


# --- Evidence, the action plan and bulk work (issue 10) -------------------------------------------

# What evidence may be: documents, spreadsheets, slides, mail, images and plain text. Each kind is
# also checked by its first bytes, so a renamed program is refused whatever its name says.
EVIDENCE_TYPES = {
    "pdf": (b"%PDF",),
    "docx": (b"PK\x03\x04",), "xlsx": (b"PK\x03\x04",), "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",), "ods": (b"PK\x03\x04",), "odp": (b"PK\x03\x04",),
    "doc": (b"\xd0\xcf\x11\xe0",), "xls": (b"\xd0\xcf\x11\xe0",), "ppt": (b"\xd0\xcf\x11\xe0",),
    "msg": (b"\xd0\xcf\x11\xe0",),
    "png": (b"\x89PNG",), "jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",),
    "csv": None, "txt": None, "eml": None,  # text: refused only if it holds NUL bytes
}
EVIDENCE_TYPE_NAMES = "PDF, Word, Excel, PowerPoint, OpenDocument, Outlook (.msg, .eml), PNG, JPEG, CSV or text"


def evidence_max_bytes():
    from django.conf import settings

    return getattr(settings, "EVIDENCE_MAX_BYTES", settings.MAX_UPLOAD_BYTES)


def _megabytes(size):
    return f"{size / (1024 * 1024):.0f} MB"


def check_evidence_file(upload):
    """Refuse an empty, too big or refused-type file with a message naming it; return its extension."""
    name = getattr(upload, "name", "") or "the file"
    if not upload.size:
        raise InvalidInput(f"{name} is empty.")
    if upload.size > evidence_max_bytes():
        raise InvalidInput(f"{name} is bigger than {_megabytes(evidence_max_bytes())}.")
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in EVIDENCE_TYPES:
        raise InvalidInput(f"{name} must be a {EVIDENCE_TYPE_NAMES} file.")
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    signatures = EVIDENCE_TYPES[extension]
    if signatures is None:
        if b"\x00" in head:
            raise InvalidInput(f"{name} is not a text file.")
    elif not head.startswith(signatures):
        raise InvalidInput(f"{name} is not a real .{extension} file.")
    return extension


def _evidence_path(response, upload):
    import os

    from django.utils import timezone
    from django.utils.text import get_valid_filename

    stem, ext = os.path.splitext(os.path.basename(upload.name))
    safe = get_valid_filename(stem)[:80] or "evidence"
    return f"evidence/{timezone.now():%Y/%m}/{response.pk}/{safe}{ext.lower()}"


def attach_evidence(response, *, description, files=(), url="", by):
    """Attach files and/or a link, each one Evidence row with the description; all or nothing.

    Files go through Django's storage API (default_storage), so object storage is a setting away.
    A file written before a later failure is removed again, so nothing is left half-saved.
    """
    from django.core.files.storage import default_storage

    from .models import Evidence

    _require(access.can(by, "add_evidence", response))
    description = (description or "").strip()
    url = (url or "").strip()
    files = [f for f in files if f is not None]
    if not description:
        raise InvalidInput("Describe what the evidence shows.")
    if len(description) > 500:
        raise InvalidInput("The description must be 500 characters or fewer.")
    if not files and not url:
        raise InvalidInput("Choose a file or give a link to the document.")
    if url and not url.lower().startswith(("https://", "http://")):
        raise InvalidInput("The link must start with https:// or http://.")
    for upload in files:
        check_evidence_file(upload)
    written = []
    try:
        with transaction.atomic():
            created = []
            for upload in files:
                stored = default_storage.save(_evidence_path(response, upload), upload)
                written.append(stored)
                evidence = Evidence(response=response, description=description, added_by=by,
                                    file_name=upload.name[:255], file_size=upload.size)
                evidence.file.name = stored
                evidence.save()
                created.append(evidence)
            if url:
                created.append(Evidence.objects.create(response=response, description=description, url=url,
                                                       added_by=by))
    except Exception:
        for stored in written:
            default_storage.delete(stored)
        raise
    return created


@transaction.atomic
def archive_evidence(evidence, *, reason, by):
    """Take evidence off the response with a reason; the file and the row stay for the record."""
    from django.utils import timezone

    _require(access.can(by, "add_evidence", evidence.response))
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("Give the reason for archiving this evidence.")
    if evidence.archived_at:
        raise InvalidInput("This evidence is already archived.")
    evidence.archived_at, evidence.archived_by, evidence.archive_reason = timezone.now(), by, reason[:500]
    evidence.save(update_fields=["archived_at", "archived_by", "archive_reason", "updated_at"])
    return evidence


def _check_action_values(response, *, description, owner, due_on, due_changed=True):
    from django.utils import timezone

    description = (description or "").strip()
    if not description:
        raise InvalidInput("Describe the action.")
    if due_on and due_changed and due_on < timezone.localdate():
        raise InvalidInput("The due date must be today or in the future.")
    _check_same_organisation(response, {"owner": owner})
    return description


@transaction.atomic
def add_action(response, *, description, owner=None, due_on=None, by):
    """Add a step to the end of the action plan."""
    from django.db.models import Max

    from .models import Action

    _require(access.can(by, "add_action", response))
    description = _check_action_values(response, description=description, owner=owner, due_on=due_on)
    last = response.actions.aggregate(last=Max("position"))["last"]
    return Action.objects.create(response=response, description=description, owner=owner, due_on=due_on,
                                 position=(last or 0) + 1)


@transaction.atomic
def edit_action(action, *, description, owner, due_on, by, expected_version):
    """Change a step; a due date moved into the past is refused (one already past may stay)."""
    _require(access.can(by, "add_action", action.response))
    if action.archived_at:
        raise InvalidInput("This action is archived.")
    action.description = _check_action_values(action.response, description=description, owner=owner, due_on=due_on,
                                              due_changed=due_on != action.due_on)
    action.owner, action.due_on = owner, due_on
    return save_versioned(action, ["description", "owner", "due_on"], expected_version=expected_version)


@transaction.atomic
def complete_action(action, *, done_on=None, by):
    """Mark a step done (today unless a date is given); a date in the future is refused."""
    from django.utils import timezone

    _require(access.can(by, "add_action", action.response))
    done_on = done_on or timezone.localdate()
    if done_on > timezone.localdate():
        raise InvalidInput("The date it was done cannot be in the future.")
    if action.done_on:
        raise InvalidInput("This action is already done.")
    action.done_on = done_on
    action.version += 1
    action.save(update_fields=["done_on", "version", "updated_at"])
    return action


@transaction.atomic
def move_action(action, *, direction, by):
    """Swap a step with the one above ("up") or below ("down") it in the plan."""
    from .models import Action

    _require(access.can(by, "add_action", action.response))
    if direction not in ("up", "down"):
        raise InvalidInput("Move an action up or down.")
    plan = list(Action.objects.select_for_update().filter(response_id=action.response_id, archived_at__isnull=True)
                .order_by("position", "due_on", "id"))
    index = next(i for i, a in enumerate(plan) if a.pk == action.pk)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(plan):
        return action
    plan[index], plan[other] = plan[other], plan[index]
    for position, step in enumerate(plan, start=1):
        if step.position != position:
            step.position = position
            step.save(update_fields=["position", "updated_at"])
    return action


# Bulk work in the register: each row through the same service and workflow as its own page.
BULK_FIELDS = ["applicability", "owner", "portfolio", "business_area", "board", "target_on"]
BULK_MOVES = ["confirm", "start"]  # in this order: a draft is confirmed, then work starts
BULK_LIMIT = 500


def _bulk_label(response):
    finding = response.finding
    return f"{finding.report.title}, {finding.label}"


def bulk_change(responses, *, values, moves=(), by):
    """Set `values` (owner, portfolio, business area, board, target date) and make `moves` on each response.

    Each row is done in its own savepoint, in full or not at all: a row refused (no permission, a list of
    another organisation, a move its status does not allow) is listed with the reason, and the rest go on.
    Returns (changed, unchanged, refused) with refused as [(response, reason)].
    """
    from oversight.core.exceptions import StaleEdit
    from oversight.notifications.services import gathered

    from .models import Response

    unknown = set(values) - set(BULK_FIELDS)
    if unknown or set(moves) - set(BULK_MOVES):
        raise InvalidInput("Only applicability, owner, portfolio, business area, board, target date, confirming "
                           "and starting work can be done to several rows at once.")
    if values.get("applicability") == Response.Applicability.NOT_APPLICABLE:
        raise InvalidInput("Mark findings not applicable one by one, each with its reason.")
    if not values and not moves:
        raise InvalidInput("Choose what to change for the selected rows.")
    responses = list(responses)
    if len(responses) > BULK_LIMIT:
        raise InvalidInput(f"Change at most {BULK_LIMIT} rows at once; narrow the filter.")
    changed, unchanged, refused = [], [], []
    # One notice per person at the end ("11 findings assigned to you"), not one per row.
    with gathered() as notices:
        for response in responses:
            mark = notices.mark()
            try:
                with transaction.atomic():
                    did = _bulk_row(response, values, moves, by=by)
            except (NotAllowed, InvalidInput) as problem:
                notices.forget_since(mark)  # the row was rolled back: so is what it would have told
                refused.append((response, str(problem)))
            except StaleEdit:
                notices.forget_since(mark)
                refused.append((response, "Someone else changed it at the same moment; try it again."))
            else:
                (changed if did else unchanged).append(response)
    return changed, unchanged, refused


def _bulk_row(response, values, moves, *, by):
    """One row of a bulk change (inside its own savepoint); whether anything changed."""
    from . import workflow
    from .models import Response

    fresh = Response.objects.select_for_update().select_related("finding__report").get(pk=response.pk)
    did = False
    wanted = {k: v for k, v in values.items() if getattr(fresh, k) != v}
    if wanted:
        edit_response(fresh, wanted, by=by, expected_version=fresh.version)
        did = True
    for move in moves:
        rule = workflow.TRANSITIONS[move]
        if fresh.status in rule.sources:
            workflow.transition(fresh, move, by=by)
            fresh.refresh_from_db()
            did = True
        elif move == "confirm" and fresh.status != Response.Status.DRAFT:
            continue  # already confirmed: nothing to do
        elif move == "start" and fresh.status == Response.Status.IN_PROGRESS:
            continue
        else:
            raise NotAllowed(f"It is {fresh.get_status_display().lower()}, so “{rule.label}” cannot be done.")
    return did


REGISTER_COLUMNS = [("reference", "Reference"), ("report", "Report"), ("status", "Status"), ("rag", "RAG"),
                    ("owner", "Owner"), ("portfolio", "Portfolio"), ("due", "Due"), ("updated", "Last update")]
DEFAULT_COLUMNS = ["reference", "report", "status", "rag", "owner", "portfolio", "due"]


@transaction.atomic
def save_view(*, name, query, by):
    """Keep the person's current register view under a name; the same name again replaces it."""
    from urllib.parse import parse_qsl, urlencode

    from .models import SavedView

    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("Give the view a name.")
    if len(name) > 100:
        raise InvalidInput("The name must be 100 characters or fewer.")
    pairs = [(k, v) for k, v in parse_qsl(query or "", keep_blank_values=False) if k not in ("page", "csrfmiddlewaretoken")]
    clean = urlencode(pairs)
    if len(clean) > 2000:
        raise InvalidInput("This view has too many filters to save.")
    view, _ = SavedView.objects.update_or_create(user=by, name=name, defaults={"query": clean})
    return view


@transaction.atomic
def forget_view(view, *, by):
    if view.user_id != by.pk:
        raise NotAllowed("This is someone else's saved view.")
    view.delete()


# --- History from a register (issue 14) ------------------------------------------------------------

@dataclass
class HistoryEntry:
    """What a register says of one response: its status, RAG, the date and words of its latest update,
    and where that was read (file and row) for the "imported" transition."""

    response: Response
    status: str = ""
    rag: str = ""
    updated_on: datetime.date | None = None
    update_text: str = ""
    source: str = ""
    row: int | None = None
    written_by: object = None  # who wrote the update, when the register says; else nobody named


def import_history(entries, *, by):
    """Bring responses to what their registers record, in bulk: history imported as history.

    A status is reached in one "imported" transition naming the source file and row, without the
    evidence or sign-offs the workflow asks of live work (it is a record of what was done, not a
    decision); a RAG is set; an update is added unless it repeats the latest. Every write is audited
    under `by` (or nobody, for the demo loader replaying seeds: by=None) in bulk, one statement per
    kind of row. Returns, per entry, the set of what changed ({"status", "rag", "update"}).
    """
    from oversight.audit import bulk as audit

    from . import workflow
    from .models import Transition

    entries = list(entries)
    if by is not None:
        for organisation_id in {e.response.organisation_id for e in entries}:
            _require(access.can(by, "import_register", _organisation(organisation_id)))
    today, now = timezone.localdate(), timezone.now()
    latest = _latest_update_texts([e.response.pk for e in entries if e.update_text])
    moves, updates, rag_changed, changed, logs = [], [], [], [], []
    for e in entries:
        response, did = e.response, set()
        if e.status and e.status not in STATUSES:
            raise InvalidInput(f"{e.status!r} is not a status.")
        _check_rag(e.rag)
        if e.updated_on and e.updated_on > today:
            raise InvalidInput("The date of the update cannot be in the future.")
        at = _noon(e.updated_on) if e.updated_on else now
        changes = {}  # one audit entry per response for what the register changed of it
        if e.rag and e.rag != response.rag:
            changes["rag"] = [response.rag, e.rag]
            response.rag = e.rag
            rag_changed.append(response)
            did.add("rag")
        text = _update_text(e.update_text) if (e.update_text or "").strip() else ""
        if text and latest.get(response.pk, "").strip() != text:
            updates.append(Update(response=response, text=text, rag=e.rag or "", by=e.written_by,
                                  written_on=e.updated_on or today))
            latest[response.pk] = text
            did.add("update")
        if e.status and e.status != response.status:
            changes["status"] = [response.status, e.status]
            if e.status == Response.Status.NOT_APPLICABLE:
                response.applicability = Response.Applicability.NOT_APPLICABLE
                response.applicability_reason = response.applicability_reason or f"Imported from {e.source}"
                rag_changed.append(response)
            payload = {"source": e.source} | ({"row": e.row} if e.row else {})
            moves.append((response, e.status, at, Transition(response=response, by=by, at=at, payload=payload,
                                                             comment=f"Imported from {e.source}")))
            did.add("status")
        if changes:
            logs.append(audit.entry(response, audit.UPDATE, by=by, label=e.source, changes=changes))
        changed.append(did)
    with transaction.atomic():
        if rag_changed:
            groups = {}
            for response in {r.pk: r for r in rag_changed}.values():
                response.updated_at, response.version = now, response.version + 1
                key = (response.rag, response.applicability, response.applicability_reason)
                groups.setdefault(key, []).append(response.pk)
            for (rag, applicability, reason), ids in groups.items():
                for start in range(0, len(ids), 500):
                    Response.objects.filter(pk__in=ids[start:start + 500]).update(
                        rag=rag, applicability=applicability, applicability_reason=reason, updated_at=now,
                        version=F("version") + 1)
        transitions = workflow.record_imported(moves) if moves else []
        created = inserts.insert(Update, updates)
        audit.write(logs)  # built as each change was read: they hold the values before and after
        audit.write(audit.entry(row, audit.CREATE, by=by, label=str(row), changes=audit.created_changes(
            row, ["action", "source", "target", "comment"])) for row in transitions)
        audit.write(audit.entry(update, audit.CREATE, by=by, label=f"Update of {update.written_on:%d %b %Y}",
                                changes=audit.created_changes(update, ["text", "rag", "written_on"]))
                    for update in created)
        # bulk_create sends no post_save: the updates are indexed for search here, in one statement.
        from oversight.search import index

        index.add_documents(index.update_document(u, u.response) for u in created)
    return changed


def _organisation(organisation_id):
    from oversight.organisations.models import Organisation

    return Organisation.objects.get(pk=organisation_id)


def _noon(day):
    """A day a source gives, as a moment: noon (the time of day is not recorded)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def _latest_update_texts(response_ids):
    """{response id: text of its latest update} in one query per 500 responses."""
    found = {}
    for start in range(0, len(response_ids), 500):
        chunk = response_ids[start:start + 500]
        for response_id, text in (Update.objects.filter(response_id__in=chunk)
                                  .order_by("response_id", "-written_on", "-id").values_list("response_id", "text")):
            found.setdefault(response_id, text)
    return found
