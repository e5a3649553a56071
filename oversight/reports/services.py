"""Counts and rules about reports and findings. Totals are always counted from findings, never typed."""

import re
from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.responses.models import Response

from .models import Finding, FindingLink, Report, ReportInvolvement


def _require(decision):
    if not decision:
        raise NotAllowed(decision.reason)


def finding_totals(report, responses):
    """The report's findings counted by kind, and how many apply by the given responses (a queryset,
    or organisation ids, whose responses count).

    "14 recommendations were made in total, of which 5 were applicable to Chief Constables" (seed 003)
    is `{"recommendation": {"total": 14, "applicable": 5}}` here.
    """
    if not isinstance(responses, QuerySet):
        responses = Response.objects.filter(organisation_id__in=list(responses))
    ids = responses.values("id")
    rows = Finding.objects.filter(report=report, archived_at__isnull=True).values("kind").annotate(
        total=Count("id", distinct=True),
        applicable=Count("id", distinct=True, filter=Q(responses__in=ids, responses__applicability="applies")),
        monitored=Count("id", distinct=True, filter=Q(responses__in=ids, responses__applicability="monitor_only")),
    )
    totals = {row["kind"]: row for row in rows}
    return [
        {"kind": kind, "label": label, **{k: totals.get(kind, {}).get(k, 0) for k in ("total", "applicable", "monitored")}}
        for kind, label in Finding.Kind.choices
    ]


def addressee_counts(findings):
    """How many findings name each addressee (a finding naming several counts for each)."""
    return Counter(a for f in findings for a in f.addressees)


# --- The one writer of reports, findings and involvements (issue 15) -------------------------------
# Extraction, import, the API, the admin and the demo loader call these, never the ORM. A report
# belongs to nobody: it is national. What an organisation may change of it is decided here.

DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'") | dict.fromkeys(
    map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"')


def normalise_title(title):
    """A title as a person compares it: dashes, quotes, case and spacing do not matter."""
    text = (title or "").translate(DASHES).translate(QUOTES).casefold()
    text = re.sub(r"\s*-\s*", " - ", text)
    return " ".join(text.split())


def clean_text(value, *, limit=None, label):
    """Text a person or a file gave, as the database can keep it: NUL refused, length checked."""
    text = "" if value is None else str(value)
    if "\x00" in text:
        raise InvalidInput(f"The {label} contains a NUL character, which cannot be stored. Remove it.")
    text = text.strip()
    if limit is not None and len(text) > limit:
        raise InvalidInput(f"The {label} is {len(text):,} characters long; at most {limit:,} can be kept.")
    return text


def _field_limit(model, name):
    return model._meta.get_field(name).max_length


def matching_reports(title, *, by, published_on=None):
    """Reports `by` may see whose title matches `title` as a person would read it, newest first.

    Matching is scoped to what the person may see (access.visible): a report only another
    organisation has in its register is never matched, so an import cannot reach it (issue 15).
    """
    wanted = normalise_title(title)
    candidates = access.visible(Report.objects.filter(archived_at__isnull=True), by).order_by("-published_on", "-id")
    found = [r for r in candidates.only("id", "title", "published_on") if normalise_title(r.title) == wanted]
    if published_on and len(found) > 1:
        found = [r for r in found if r.published_on == published_on] or found
    return found


@transaction.atomic
def create_report(*, title, kind, by, published_on=None, url="", summary="", content_hash="",
                  source=Report.Source.HMICFRS):
    """A new report in the register. Anyone who may manage a register may add one."""
    _require(access.can(by, "manage_register"))
    title = " ".join(clean_text(title, limit=_field_limit(Report, "title"), label="report's title").split())
    if not title:
        raise InvalidInput("Enter the report's title.")
    if kind not in Report.Kind.values:
        raise InvalidInput("Choose the kind of report.")
    return Report.objects.create(
        title=title, kind=kind, published_on=published_on, created_by=by, source=source,
        url=clean_text(url, limit=_field_limit(Report, "url"), label="report's web address"),
        summary=clean_text(summary, label="summary"), content_hash=content_hash,
    )


def _finding_values(values):
    limits = {"ref": ("reference", _field_limit(Finding, "ref")), "text": ("finding's text", None),
              "due_text": ("deadline as printed", _field_limit(Finding, "due_text")),
              "theme": ("section", _field_limit(Finding, "theme")),
              "hmicfrs_reference": ("HMICFRS reference", _field_limit(Finding, "hmicfrs_reference"))}
    out = dict(values)
    for name, (label, limit) in limits.items():
        if name in out:
            out[name] = clean_text(out[name], limit=limit, label=label)
    if "kind" in out and out["kind"] not in Finding.Kind.values:
        raise InvalidInput("Choose recommendation, area for improvement or cause of concern.")
    return out


def shared_with_others(report, organisation):
    """Whether organisations other than `organisation` (and those it oversees) rely on this report:
    they answer one of its findings or were involved in it. Its printed text is then not one
    organisation's to change."""
    own = {organisation.pk, *organisation.oversees.values_list("id", flat=True)}
    answered = Response.objects.filter(finding__report=report).exclude(organisation_id__in=own).exists()
    return answered or report.involvements.exclude(organisation_id__in=own).exists()


def _require_national_editor(by):
    """organisation=None: a correction to the national record itself (a typo in a finding as
    printed), which only a system administrator makes, from the admin, audited under their name."""
    if not by.is_superuser:
        raise NotAllowed("Only a system administrator corrects a report's printed text for everyone.")


@transaction.atomic
def edit_report(report, values, *, by):
    """Correct a report's details (title, kind, dates, links): a system administrator's job."""
    _require_national_editor(by)
    editable = {"title", "kind", "published_on", "url", "summary", "source", "joint_inspectorates",
                "hmicfrs_reference"}
    unknown = set(values) - editable
    if unknown:
        raise InvalidInput(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    if "title" in values:
        values["title"] = clean_text(values["title"], limit=_field_limit(Report, "title"), label="report's title")
    changed = [name for name, value in values.items() if getattr(report, name) != value]
    for name in changed:
        setattr(report, name, values[name])
    if changed:
        report.save(update_fields=[*changed, "updated_at"])
    return report


@transaction.atomic
def add_finding(report, *, by, organisation, **values):
    """A finding as printed, added to `report` for `organisation`'s register; refused on a report
    that other organisations rely on (its findings are as published)."""
    if organisation is None:
        _require_national_editor(by)
    else:
        _require(access.can(by, "manage_register", organisation))
    if organisation is not None and report.pk and shared_with_others(report, organisation):
        raise NotAllowed(f"“{report.title}” is shared with other organisations; its findings are as published "
                         "and cannot be added to from here.")
    values = _finding_values(values)
    if not values.get("text"):
        raise InvalidInput("Enter the finding's text as printed.")
    return Finding.objects.create(report=report, **values)


EDITABLE_FINDING_FIELDS = {"kind", "ref", "text", "addressees", "due_text", "due_on", "theme",
                           "hmicfrs_reference", "position", "parent", "accelerated"}


@transaction.atomic
def edit_finding(finding, values, *, by, organisation):
    """Correct a finding's printed details; refused where other organisations rely on its report.
    With organisation=None, a system administrator's correction of the national record."""
    if organisation is None:
        _require_national_editor(by)
    else:
        _require(access.can(by, "manage_register", organisation))
    unknown = set(values) - EDITABLE_FINDING_FIELDS
    if unknown:
        raise InvalidInput(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    if organisation is not None and not access.visible(Finding.objects.filter(pk=finding.pk), by).exists():
        raise NotAllowed("This finding belongs to a report you cannot see.")
    values = _finding_values(values)
    changed = [name for name, value in values.items() if getattr(finding, name) != value]
    if not changed:
        return finding
    if organisation is not None and shared_with_others(finding.report, organisation):
        raise NotAllowed(f"“{finding.report.title}” is shared with other organisations; its findings are as "
                         "published and only your own response to them can change.")
    for name in changed:
        setattr(finding, name, values[name])
    finding.save(update_fields=[*changed, "updated_at"])
    return finding


@transaction.atomic
def record_involvement(report, organisation, involvement, *, by, notes=""):
    """How `organisation` took part in `report` (inspected, noted, data contributor, not involved)."""
    _require(access.can(by, "manage_register", organisation))
    if involvement not in ReportInvolvement.Involvement.values:
        raise InvalidInput("Choose how the organisation took part in the inspection.")
    found = ReportInvolvement.objects.filter(report=report, organisation=organisation).first()
    if found is None:
        return ReportInvolvement.objects.create(report=report, organisation=organisation, involvement=involvement,
                                                notes=clean_text(notes, label="notes"))
    if (found.involvement, found.notes) != (involvement, notes or found.notes):
        found.involvement, found.notes = involvement, notes or found.notes
        found.save(update_fields=["involvement", "notes", "updated_at"])
    return found


@transaction.atomic
def link_findings(source, target, relation, *, by):
    """Record that `source` is related to, supersedes or duplicates `target` (liaison officers only).

    Refuses, changing nothing, when the user may not manage the register, the target is the same
    finding or one they cannot see, the relation is unknown, or the link already exists.
    """
    decision = access.can(by, "manage_register")
    if not decision:
        raise NotAllowed(decision.reason)
    if relation not in FindingLink.Relation.values:
        raise InvalidInput("Choose how the findings are related.")
    if target is None or not access.visible(Finding.objects.all(), by).filter(pk=target.pk).exists():
        raise InvalidInput("Choose a finding you can see to link to.")
    if source.pk == target.pk:
        raise InvalidInput("A finding cannot be linked to itself.")
    if FindingLink.objects.filter(source=source, target=target, relation=relation).exists():
        raise InvalidInput("These findings are already linked that way.")
    try:
        with transaction.atomic():
            return FindingLink.objects.create(source=source, target=target, relation=relation, created_by=by)
    except IntegrityError as clash:  # a concurrent identical link
        raise InvalidInput("These findings are already linked that way.") from clash
