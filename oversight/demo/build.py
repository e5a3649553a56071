"""Idempotent writers the seed modules share: each row is keyed on its natural key.

The loader sets response status directly because it is replaying history the seeds report,
not making a decision; it writes the Transition rows that history implies so "closed in
period" counts see them.
"""

import re
from contextlib import contextmanager
from datetime import datetime, time

from django.utils import timezone

from oversight.reports.models import Finding, Report, ReportInvolvement, StatutoryResponse
from oversight.responses.models import ClosureSubmission, HmicfrsStatusEvent, Response, Transition, Update

# Notes about where the demo data came from ("(seed 003)", "Seed 002 prints neither day ...") are
# for whoever maintains the demo, never for a committee: `split_note` moves them out of the printed
# fields into the row's `internal_note` (models that have one), so no paper, page or export shows them.
INTERNAL_MARKERS = re.compile(
    r"\bseeds?\b|not printed|prints? (?:neither|no\b|only)|gives? (?:the )?(?:month|months|year|count)s? only"
    r"|gives no (?:date|publication)|\bstored (?:as|from)\b|\bplaceholder\b",
    re.IGNORECASE,
)
NOTE_PREFIX = re.compile(r"^\s*seed \d{3}:\s*", re.IGNORECASE)
PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)")
SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")
# Not "text": a finding's or update's words are as printed (a placeholder finding is split in upsert_finding).
PRINTED_FIELDS = ("summary", "notes", "reason", "comment", "applicability_reason", "description")


def split_note(text):
    """(what may be printed, the internal note) for one text field of the demo data."""
    if not isinstance(text, str) or not text:
        return text, ""
    notes = []
    prefix = NOTE_PREFIX.match(text)
    if prefix:
        notes.append(text[: prefix.end()].strip().rstrip(":"))
        text = text[prefix.end():]

    def parenthetical(match):
        if INTERNAL_MARKERS.search(match.group(1)):
            notes.append(match.group(1).strip())
            return ""
        return match.group(0)

    text = PARENTHETICAL.sub(parenthetical, text)
    kept = []
    for part in SENTENCE_END.split(text):
        if INTERNAL_MARKERS.search(part):
            notes.append(part.strip())
        else:
            kept.append(part)
    public = " ".join(kept).strip()
    public = re.sub(r"\s+([.;,:])", r"\1", public)
    public = re.sub(r";\s*$", ".", public)
    if public and public[-1] not in ".!?:" and text.rstrip()[-1:] in (".", ";"):
        public += "."
    if prefix and public:
        public = public[0].upper() + public[1:]
    return public, " ".join(notes)


def split_notes(model, values):
    """`values` with internal notes moved into internal_note (dropped where the model has none)."""
    has_note = any(f.name == "internal_note" for f in model._meta.fields)
    notes = [values.get("internal_note", "")] if values.get("internal_note") else []
    out = dict(values)
    for name in PRINTED_FIELDS:
        if name in out and isinstance(out[name], str):
            out[name], note = split_note(out[name])
            if note:
                notes.append(note)
    if has_note:
        out["internal_note"] = " ".join(n for n in notes if n)
    return out

# action -> target status, named as responses.workflow names them.
STEPS = {
    "start": Response.Status.IN_PROGRESS,
    "request_sign_off": Response.Status.AWAITING_SIGN_OFF,
    "submit": Response.Status.SUBMITTED,
    "accept": Response.Status.CLOSED,
}
# The usual path to each status; a seed can tell a shorter story (HMICFRS closing on re-inspection).
PATHS = {
    Response.Status.IN_PROGRESS: ["start"],
    Response.Status.AWAITING_SIGN_OFF: ["start", "request_sign_off"],
    Response.Status.SUBMITTED: ["start", "request_sign_off", "submit"],
    Response.Status.CLOSED: ["start", "request_sign_off", "submit", "accept"],
}


def path_on(status, *days):
    """The usual path to `status`, one day per step (the last day repeats when fewer are given)."""
    steps = PATHS[status]
    return {step: days[min(i, len(days) - 1)] for i, step in enumerate(steps)}


class Index:
    """The rows already in the database, read once per model and natural key during a load: a
    load then costs one query per table instead of one per row."""

    def __init__(self):
        self.tables = {}

    def table(self, model, attnames):
        key = (model, attnames)
        if key not in self.tables:
            self.tables[key] = {
                tuple(values[:-1]): values[-1]
                for values in (
                    (*(getattr(row, a) for a in attnames), row) for row in model.objects.order_by()
                )
            }
        return self.tables[key]


_index = None


@contextmanager
def loading():
    """Share one Index across the upserts of a load; outside a load each upsert queries."""
    global _index
    _index = Index()
    try:
        yield
    finally:
        _index = None


def by_attname(model, values):
    """Field values keyed by column (owner -> owner_id), so a comparison fetches no related row."""
    out = {}
    for name, value in values.items():
        field = model._meta.get_field(name)
        if field.many_to_one:
            name, value = field.attname, getattr(value, "pk", value)
        out[name] = value
    return out


def upsert(model, defaults=None, **keys):
    """update_or_create that writes only what changed: a second load saves nothing, so the audit
    trail and updated_at stay true, and reloading stays fast. Returns (row, created)."""
    defaults = split_notes(model, defaults or {})
    key = by_attname(model, keys)
    attnames = tuple(sorted(key))
    if _index is not None:
        table = _index.table(model, attnames)
        row = table.get(tuple(key[a] for a in attnames))
    else:
        table, row = None, model.objects.filter(**keys).order_by().first()
    if row is None:
        row = model.objects.create(**keys, **defaults)
        if table is not None:
            table[tuple(key[a] for a in attnames)] = row
        return row, True
    changed = []
    for name, value in by_attname(model, defaults).items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    if changed:
        if any(f.name == "updated_at" for f in model._meta.fields):
            changed.append("updated_at")
        row.save(update_fields=changed)
    return row, False


def normalise(text):
    """Text as printed with whitespace collapsed: lines wrapped to fit the source file rejoin, and each
    printed list item ("- ", "i. ", "a. ") keeps a line of its own."""
    items = re.split(r"\n\s*(?=(?:- |[ivx]+\. |[ab]\. ))", text.strip())
    return "\n".join(re.sub(r"\s+", " ", item).strip() for item in items)


def at(day):
    """Midday on `day` in the project's time zone, for history whose time of day is not printed."""
    return timezone.make_aware(datetime.combine(day, time(12)))


def upsert_report(
    title, *, kind, published_on=None, summary="", url="", joint_inspectorates="", involvements=()
):
    """A report keyed on its title, with how each organisation took part."""
    report, _ = upsert(
        Report,
        title=title,
        defaults={
            "kind": kind,
            "published_on": published_on,
            "summary": normalise(summary),
            "url": url,
            "joint_inspectorates": joint_inspectorates,
        },
    )
    for organisation, involvement, notes in involvements:
        upsert(
            ReportInvolvement,
            report=report,
            organisation=organisation,
            defaults={"involvement": involvement, "notes": normalise(notes)},
        )
    return report


def upsert_finding(
    report,
    position,
    *,
    kind,
    text,
    ref="",
    addressees=(),
    due_text="",
    due_on=None,
    parent=None,
    theme="",
    printed=True,
):
    """A finding keyed on its place in the report; placeholders say plainly that the words are not printed."""
    internal_note = "" if printed else "The source paper does not print this finding's words."
    if not printed:
        text, note = split_note(text)
        internal_note = " ".join(n for n in (internal_note, note) if n)
        text = text or "The words of this finding are not recorded."
    finding, _ = upsert(
        Finding,
        report=report,
        position=position,
        defaults={
            "kind": kind,
            "ref": ref,
            "text": normalise(text) if printed else text,
            "text_is_printed": printed,
            "addressees": list(addressees),
            "due_text": due_text,
            "due_on": due_on,
            "parent": parent,
            "theme": theme,
            "internal_note": internal_note,
        },
    )
    return finding


class History:
    """Collects the Transition rows the loaded statuses imply and writes the missing ones at the end."""

    def __init__(self):
        self.pending = []

    def record(self, response, dates, comment):
        """`dates` maps each step, in order, to the day it happened (or the day the seed reports it)."""
        source = Response.Status.OPEN
        comment, internal_note = split_note(comment)
        for action, day in dates.items():
            target = STEPS[action]
            self.pending.append(
                Transition(
                    response=response,
                    action=action,
                    source=source,
                    target=target,
                    by=None,
                    at=at(day),
                    comment=comment,
                    internal_note=internal_note,
                )
            )
            source = target
        if source != response.status:
            raise ValueError(f"History of {response} ends at {source}, not {response.status}")

    def flush(self):
        if not self.pending:
            return
        ids = {t.response_id for t in self.pending}
        existing = set(Transition.objects.filter(response_id__in=ids).values_list("response_id", "action"))
        Transition.objects.bulk_create([t for t in self.pending if (t.response_id, t.action) not in existing])
        self.pending = []


def upsert_response(
    finding,
    organisation,
    history,
    *,
    status=Response.Status.OPEN,
    dates=None,
    comment="",
    applicability=Response.Applicability.APPLIES,
    applicability_reason="",
    owner=None,
    portfolio=None,
    business_area=None,
    board=None,
    narrative="",
    rag="",
    hmicfrs_status="",
):
    """One organisation's response to a finding, with the status history the seed reports."""
    dates = dates or {}
    # A stable time, so loading twice changes nothing: the last step, else the report's publication.
    last = max(dates.values()) if dates else finding.report.published_on
    response, _ = upsert(
        Response,
        finding=finding,
        organisation=organisation,
        defaults={
            "status": status,
            "status_changed_at": at(last) if last else timezone.now(),
            "applicability": applicability,
            "applicability_reason": applicability_reason,
            "owner": owner,
            "portfolio": portfolio,
            "business_area": business_area,
            "board": board,
            "narrative": normalise(narrative),
            "rag": rag,
            "hmicfrs_status": hmicfrs_status,
        },
    )
    if status != Response.Status.OPEN:
        history.record(response, dates, comment)
    return response


def upsert_update(response, written_on, text, rag=""):
    """A dated progress note from a seed paper; no user wrote it, so `by` stays empty."""
    update, _ = upsert(
        Update,
        response=response,
        written_on=written_on,
        by=None,
        defaults={"text": normalise(text), "rag": rag},
    )
    return update


def upsert_submission(response, level, submitted_on, *, decision="", decided_on=None, summary=""):
    """A closure submission keyed on its response and day."""
    upsert(
        ClosureSubmission,
        response=response,
        submitted_on=submitted_on,
        defaults={"level": level, "decision": decision, "decided_on": decided_on, "summary": summary},
    )


def upsert_hmicfrs_event(response, status, on, comment):
    """HMICFRS's own dated status of a finding, as the seed reports it."""
    upsert(HmicfrsStatusEvent, response=response, status=status, on=on, defaults={"comment": comment})


def upsert_statutory(report, organisation):
    """The PCC's s55 comments on a report, due 56 days from publication; when they were published is not printed."""
    upsert(
        StatutoryResponse,
        report=report,
        organisation=organisation,
        defaults={
            "due_on": report.statutory_comment_due_on,
            "notes": "",
        },
    )
