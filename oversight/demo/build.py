"""What the seed modules share: the seeds' words made ready for the register (internal notes moved
out of printed fields, wrapped lines rejoined) and handed to the owning services' replay writers.

The loader replays history the seeds report, not decisions: responses.services writes each response's
status and the Transition rows that history implies, so "closed in period" counts see them.
"""

import re
from datetime import datetime, time

from django.utils import timezone

from oversight.core import replay
from oversight.reports import services as reports
from oversight.reports.models import Finding, Report, ReportInvolvement
from oversight.responses import services as responses
from oversight.responses.models import ClosureSubmission, HmicfrsStatusEvent, Response

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


# Records with a writer of their own (reports.services, responses.services) are replayed through it;
# `upsert` below is for what the seeds set up around them (organisations, people, lists, gradings).
WRITER_OWNED = {"report", "reportinvolvement", "finding", "findinglink", "statutoryresponse", "response",
                "update", "action", "evidence", "closuresubmission", "transition", "hmicfrsstatusevent"}


def loading():
    """One replay: the rows already stored are read once per table (core/replay.py)."""
    return replay.replaying()


def upsert(model, defaults=None, **keys):
    """A seed's row keyed on its natural key, with internal notes moved out of printed fields; a
    second load saves nothing. Returns (row, created)."""
    if model._meta.model_name in WRITER_OWNED:
        raise TypeError(f"{model.__name__} rows are written by their service's replay_* function.")
    return replay.upsert(model, split_notes(model, defaults or {}), **keys)


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
    values = split_notes(Report, {"published_on": published_on, "summary": normalise(summary), "url": url,
                                  "joint_inspectorates": joint_inspectorates})
    took_part = [(organisation, split_notes(ReportInvolvement, {"involvement": involvement, "notes": normalise(notes)}))
                 for organisation, involvement, notes in involvements]
    return reports.replay_report(title, kind=kind, involvements=took_part, **values)


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
    return reports.replay_finding(
        report,
        position,
        **split_notes(Finding, {
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
        }),
    )


class SeedHistory(responses.HistoryReplay):
    """The status steps the seeds report, with their internal notes kept off the printed comment."""

    def record(self, response, dates, comment):
        """`dates` maps each step, in order, to the day it happened (or the day the seed reports it)."""
        comment, internal_note = split_note(comment)
        super().record(response, dates, comment=comment, internal_note=internal_note)


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
    response = responses.replay_response(
        finding,
        organisation,
        **split_notes(Response, {
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
        }),
    )
    if status != Response.Status.OPEN:
        history.record(response, dates, comment)
    return response


def upsert_update(response, written_on, text, rag=""):
    """A dated progress note from a seed paper; no user wrote it, so `by` stays empty."""
    return responses.replay_update(response, written_on, normalise(text), rag=rag)


def upsert_submission(response, level, submitted_on, *, decision="", decided_on=None, summary=""):
    """A closure submission keyed on its response and day."""
    responses.replay_closure_submission(
        response, submitted_on, level=level,
        **split_notes(ClosureSubmission, {"decision": decision, "decided_on": decided_on, "summary": summary}),
    )


def upsert_hmicfrs_event(response, status, on, comment):
    """HMICFRS's own dated status of a finding, as the seed reports it."""
    responses.replay_hmicfrs_status(response, status, on, **split_notes(HmicfrsStatusEvent, {"comment": comment}))


def upsert_statutory(report, organisation):
    """The PCC's s55 comments on a report, due 56 days from publication; when they were published is not printed."""
    reports.replay_statutory_response(report, organisation)
