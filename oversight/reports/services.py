"""Counts and rules about reports and findings. Totals are always counted from findings, never typed."""

import re
from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet

from oversight.accounts import access
from oversight.core import inserts
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


def matching_reports(title, *, by, published_on=None, among=None):
    """Reports `by` may see whose title matches `title` as a person would read it, newest first.

    Matching is scoped to what the person may see (access.visible): a report only another
    organisation has in its register is never matched, so an import cannot reach it (issue 15).
    `among`: those reports (visible_reports(by)) when the caller has read them already; an import
    matches every title of its file against one reading.
    """
    wanted = normalise_title(title)
    found = [r for r in (visible_reports(by) if among is None else among) if normalise_title(r.title) == wanted]
    if published_on and len(found) > 1:
        found = [r for r in found if r.published_on == published_on] or found
    return found


def visible_reports(by):
    """The reports `by` may see, newest first, as matching_reports compares them."""
    return access.visible(Report.objects.filter(archived_at__isnull=True), by).order_by(
        "-published_on", "-id").only("id", "title", "published_on")


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
    if "published_on" in changed:
        # The PCC's 56 days run from publication: a corrected date moves each clock not yet stopped.
        for statutory in report.statutory_responses.filter(published_on__isnull=True):
            if statutory.due_on != report.statutory_comment_due_on and report.statutory_comment_due_on:
                statutory.due_on = report.statutory_comment_due_on
                statutory.save(update_fields=["due_on", "updated_at"])
    return report


@transaction.atomic
def _new_findings(report, rows, *, by, organisation):
    """The checks every new finding passes, for add_finding and add_findings alike: who may add to the
    report (a system administrator for the national record, organisation=None), never to a report other
    organisations rely on (its findings are as published), the values as printed. Returns them cleaned."""
    if organisation is None:
        _require_national_editor(by)
    else:
        _require(access.can(by, "manage_register", organisation))
    if organisation is not None and report.pk and shared_with_others(report, organisation):
        raise NotAllowed(f"“{report.title}” is shared with other organisations; its findings are as published "
                         "and cannot be added to from here.")
    cleaned = [_finding_values(values) for values in rows]
    if not all(values.get("text") for values in cleaned):
        raise InvalidInput("Enter the finding's text as printed.")
    return cleaned


def add_finding(report, *, by, organisation, **values):
    """A finding as printed, added to `report` for `organisation`'s register; refused on a report
    that other organisations rely on (its findings are as published)."""
    [values] = _new_findings(report, [values], by=by, organisation=organisation)
    finding = Finding.objects.create(report=report, **values)
    if organisation is not None:
        ensure_statutory_response(report, organisation, by=by)  # addressees may make s55 apply (issue 13)
    return finding


def add_findings(report, rows, *, by, organisation):
    """add_finding for many findings of one report (an import's batch): the same checks, made once
    for the report, then one INSERT, their audit entries and search documents in bulk. `rows` are
    dicts of finding values; returns the findings in the same order."""
    from oversight.audit import bulk as audit

    findings = [Finding(report=report, **values) for values in _new_findings(report, rows, by=by,
                                                                              organisation=organisation)]
    with transaction.atomic():
        created = inserts.insert(Finding, findings)
        audit.write(audit.entry(f, audit.CREATE, by=by, label=f.text[:200],
                                changes=audit.created_changes(f, ["report", "kind", "ref", "text", "due_on"]))
                    for f in created)
        ensure_statutory_response(report, organisation, by=by)
        from oversight.search import index  # bulk_create sends no post_save: search.signals does not see them

        index.index_findings([f.pk for f in created])
    return created


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
        found = ReportInvolvement.objects.create(report=report, organisation=organisation, involvement=involvement,
                                                 notes=clean_text(notes, label="notes"))
    elif (found.involvement, found.notes) != (involvement, notes or found.notes):
        found.involvement, found.notes = involvement, notes or found.notes
        found.save(update_fields=["involvement", "notes", "updated_at"])
    ensure_statutory_response(report, organisation, by=by)  # the PCC's s55 comments (issue 13)
    return found


# --- Replaying records another system kept (the demo's seed papers; see core/replay.py) ------------
# A replay writes what the source says, keyed on natural keys, with the same checks on each value as a
# typed record; it is run by an operator's command, never offered on a page.

REPLAYED_REPORT_FIELDS = {"published_on", "summary", "url", "joint_inspectorates", "internal_note"}
REPLAYED_FINDING_FIELDS = EDITABLE_FINDING_FIELDS | {"text_is_printed", "internal_note"}


def replay_report(title, *, kind, involvements=(), **values):
    """A report as the source records it, keyed on its title, with how each organisation took part:
    `involvements` holds (organisation, values) with involvement, notes and internal_note. Returns the report."""
    from oversight.core.replay import upsert

    unknown = set(values) - REPLAYED_REPORT_FIELDS
    if unknown:
        raise InvalidInput(f"These report fields cannot be replayed: {', '.join(sorted(unknown))}.")
    title = " ".join(clean_text(title, limit=_field_limit(Report, "title"), label="report's title").split())
    if not title:
        raise InvalidInput("Enter the report's title.")
    if kind not in Report.Kind.values:
        raise InvalidInput("Choose the kind of report.")
    for name in ("summary", "url"):
        if name in values:
            values[name] = clean_text(values[name], limit=_field_limit(Report, name), label=name)
    report, _ = upsert(Report, title=title, defaults={"kind": kind, **values})
    for organisation, took_part in involvements:
        if took_part.get("involvement") not in ReportInvolvement.Involvement.values:
            raise InvalidInput("Choose how the organisation took part in the inspection.")
        took_part = {**took_part, "notes": clean_text(took_part.get("notes", ""), label="notes")}
        upsert(ReportInvolvement, report=report, organisation=organisation, defaults=took_part)
    return report


def replay_finding(report, position, **values):
    """A finding as the source prints it, keyed on its place in the report. Returns the finding."""
    from oversight.core.replay import upsert

    unknown = set(values) - REPLAYED_FINDING_FIELDS
    if unknown:
        raise InvalidInput(f"These finding fields cannot be replayed: {', '.join(sorted(unknown))}.")
    values = _finding_values(values)
    if not values.get("text"):
        raise InvalidInput("Enter the finding's text as printed.")
    parent = values.get("parent")
    if parent is not None and parent.kind != Finding.Kind.CAUSE_OF_CONCERN:
        raise InvalidInput("Only a cause of concern can have recommendations under it.")
    finding, _ = upsert(Finding, report=report, position=position, defaults=values)
    return finding


def replay_statutory_response(report, office):
    """The PCC office's s55 comments on `report`, which the source says were required; due 56 days
    from publication. An office's later decisions (drafts, publication) are kept."""
    from oversight.core.replay import upsert

    from .models import StatutoryResponse

    statutory, _ = upsert(StatutoryResponse, report=report, organisation=office,
                          defaults={"due_on": report.statutory_comment_due_on, "notes": ""})
    return statutory


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


# ---------------------------------------------------------------------------------------------
# The PCC's statutory response (s55 Police Act 1996): opened by ensure_statutory_response from
# every path a report arrives by, drafted, approved by a second person, publication recorded.
# ---------------------------------------------------------------------------------------------

FORCE_INSPECTION_KINDS = {"peel", "peel_spotlight", "revisit", "crime_data_integrity"}
PCC_ADDRESSEE_WORDS = ("police and crime commissioner", "pcc", "commissioner", "chief constable", "police forces",
                       "all forces", "forces should", "the force")
STATUTORY_WRITE_ROLES = ("liaison_officer", "administrator", "oversight_reviewer")
REMINDER_DAYS = (28, 14, 7)


def _offices_for(organisation):
    """The PCC offices that must comment for this organisation: itself, or the offices overseeing it."""
    from oversight.organisations.models import Organisation

    if organisation.kind == Organisation.Kind.PCC_OFFICE:
        return [organisation]
    return list(Organisation.objects.filter(kind=Organisation.Kind.PCC_OFFICE, oversees=organisation))


def statutory_rule(report, office):
    """Whether the rule requires this office's comments on the report, and why (a sentence).

    Section 55 applies to HMICFRS reports: PEEL and force inspections of a force the office oversees
    (and any report for which the force was inspected in fieldwork), and thematics whose
    recommendations are addressed to PCCs or chief constables (or that the force marked as applying).
    """
    from oversight.responses.models import Response

    from .models import ReportInvolvement

    if report.source != report.Source.HMICFRS:
        return False, "Not an HMICFRS report: section 55 does not apply."
    overseen = list(office.oversees.values_list("id", flat=True))
    if report.kind in FORCE_INSPECTION_KINDS:
        inspected = ReportInvolvement.objects.filter(report=report, organisation_id__in=overseen).exclude(
            involvement=ReportInvolvement.Involvement.NOT_INVOLVED).exists()
        answered = Response.objects.filter(finding__report=report, organisation_id__in=overseen).exists()
        if inspected or answered:
            return True, f"{report.get_kind_display()} inspection of the force."
        return False, "An inspection of another force."
    if ReportInvolvement.objects.filter(report=report, organisation_id__in=overseen,
                                        involvement=ReportInvolvement.Involvement.INSPECTED).exists():
        return True, "The force was inspected in fieldwork for this report."
    for addressees in Finding.objects.filter(report=report, archived_at__isnull=True).values_list(
            "addressees", flat=True):
        words = " ".join(addressees or []).lower()
        if any(w in words for w in PCC_ADDRESSEE_WORDS):
            return True, "Recommendations are addressed to PCCs or chief constables."
    if Response.objects.filter(finding__report=report, organisation_id__in=overseen,
                               applicability=Response.Applicability.APPLIES).exists():
        return True, "The force has findings of this report that apply to it."
    return False, "No recommendation is addressed to PCCs or chief constables."


def ensure_statutory_response(report, organisation, *, by=None):
    """Open (or bring up to date) the statutory response of each PCC office concerned with `organisation`
    for `report`, with its 56-day due date. Returns the statutory responses that are required.

    Idempotent: call it after any path creates or changes a report (typed, read from a file, imported,
    the API, the daily reminder run). An office's override for the report is never undone here.
    """
    from django.db import transaction

    from .models import StatutoryResponse

    opened = []
    with transaction.atomic():
        for office in _offices_for(organisation):
            existing = StatutoryResponse.objects.filter(report=report, organisation=office).first()
            if existing is not None:
                if existing.due_on != report.statutory_comment_due_on and existing.published_on is None:
                    existing.due_on = report.statutory_comment_due_on
                    existing.save(update_fields=["due_on", "updated_at"])
                if existing.required:
                    opened.append(existing)
                continue
            required, reason = statutory_rule(report, office)
            if required:
                opened.append(StatutoryResponse.objects.create(
                    report=report, organisation=office, due_on=report.statutory_comment_due_on,
                    required=True, required_reason=reason))
    return opened


def _can_write_statutory(user, statutory):
    from oversight.accounts import access

    return access.can(user, "write_statutory", statutory)


def _check(decision):
    from oversight.core.exceptions import NotAllowed

    if not decision:
        raise NotAllowed(decision.reason)


def _bump(statutory, expected_version, **values):
    """Write `values` only if the record is still at `expected_version` (no lost update)."""
    from django.db.models import F

    from oversight.core.exceptions import StaleEdit

    from .models import StatutoryResponse

    rows = StatutoryResponse.objects.filter(pk=statutory.pk, version=expected_version)
    if not rows.exists():
        raise StaleEdit(StatutoryResponse.objects.get(pk=statutory.pk))
    # Through save() rather than update(), so django-auditlog records the change.
    for name, value in values.items():
        setattr(statutory, name, value)
    statutory.version = F("version") + 1
    statutory.save()
    statutory.refresh_from_db()
    return statutory


def set_statutory_requirement(report, office, *, required, reason, by):
    """The office overrides the rule for one report: comments required, or not required, and why."""
    from django.db import transaction
    from django.utils import timezone

    from oversight.core.exceptions import InvalidInput

    from .models import StatutoryResponse

    reason = " ".join((reason or "").split())
    if not reason:
        raise InvalidInput("Say why the rule is overridden for this report.")
    probe = StatutoryResponse(report=report, organisation=office)
    _check(_can_write_statutory(by, probe))
    with transaction.atomic():
        statutory, _ = StatutoryResponse.objects.get_or_create(
            report=report, organisation=office, defaults={"due_on": report.statutory_comment_due_on})
        if statutory.status == StatutoryResponse.Status.PUBLISHED and not required:
            raise InvalidInput("These comments are already published.")
        statutory.required, statutory.required_reason = required, reason[:500]
        statutory.overridden_by, statutory.overridden_at = by, timezone.now()
        statutory.save()
    return statutory


def draft_statutory_comments(statutory, *, comments, finding_comments, expected_version, by):
    """Save the office's draft. An edit after approval needs approving again."""
    from django.db import transaction

    from oversight.core.exceptions import InvalidInput

    from .models import StatutoryResponse

    _check(_can_write_statutory(by, statutory))
    if statutory.status == StatutoryResponse.Status.PUBLISHED:
        raise InvalidInput("These comments are published and can no longer be changed.")
    allowed = {str(i) for i in statutory.report.findings.values_list("id", flat=True)}
    cleaned = {k: v.strip() for k, v in (finding_comments or {}).items() if str(k) in allowed and (v or "").strip()}
    with transaction.atomic():
        return _bump(statutory, expected_version, comments=(comments or "").strip(), finding_comments=cleaned,
                     drafted_by=by, status=StatutoryResponse.Status.DRAFT, approved_by=None, approved_at=None,
                     approval_requested_by=None)


def request_statutory_approval(statutory, *, expected_version, by):
    from django.db import transaction

    from oversight.core.exceptions import InvalidInput

    from .models import StatutoryResponse

    _check(_can_write_statutory(by, statutory))
    if statutory.status != StatutoryResponse.Status.DRAFT:
        raise InvalidInput("Only a draft can be sent for approval.")
    if not statutory.comments.strip():
        raise InvalidInput("Write the PCC's comments before asking for approval.")
    with transaction.atomic():
        return _bump(statutory, expected_version, status=StatutoryResponse.Status.AWAITING_APPROVAL,
                     approval_requested_by=by)


def approve_statutory_comments(statutory, *, expected_version, by):
    """A second person approves: never the one who asked for approval or last drafted the text."""
    from django.db import transaction
    from django.utils import timezone

    from oversight.core.exceptions import InvalidInput, NotAllowed

    from .models import StatutoryResponse

    _check(_can_write_statutory(by, statutory))
    if statutory.status != StatutoryResponse.Status.AWAITING_APPROVAL:
        raise InvalidInput("Only comments sent for approval can be approved.")
    if by.pk in {statutory.approval_requested_by_id, statutory.drafted_by_id}:
        raise NotAllowed("A second person must approve: you drafted these comments or asked for their approval.")
    with transaction.atomic():
        return _bump(statutory, expected_version, status=StatutoryResponse.Status.APPROVED, approved_by=by,
                     approved_at=timezone.now())


def publish_statutory_comments(statutory, *, published_on, url, copied_to_home_secretary_on,
                               copied_to_hmicfrs_on, expected_version, by):
    """Record publication on the PCC's website and the copies sent. Refused without approval."""
    from django.db import transaction

    from oversight.core.exceptions import InvalidInput

    from .models import StatutoryResponse

    _check(_can_write_statutory(by, statutory))
    if statutory.status != StatutoryResponse.Status.APPROVED or not statutory.approved_by_id:
        raise InvalidInput("These comments have not been approved: a second person must approve them before "
                           "publication is recorded.")
    if not (published_on and url and copied_to_home_secretary_on and copied_to_hmicfrs_on):
        raise InvalidInput("Enter the publication date, the web address and when copies went to the Home "
                           "Secretary and HMICFRS.")
    if statutory.report.published_on and published_on < statutory.report.published_on:
        raise InvalidInput("The comments cannot be published before the report itself.")
    with transaction.atomic():
        return _bump(statutory, expected_version, status=StatutoryResponse.Status.PUBLISHED,
                     published_on=published_on, url=url, copied_to_home_secretary_on=copied_to_home_secretary_on,
                     copied_to_hmicfrs_on=copied_to_hmicfrs_on, published_by=by)


def statutory_clock(organisation_ids, today):
    """Required, unpublished statutory responses of these organisations with days left (negative: overdue)."""
    from .models import StatutoryResponse

    rows = list(StatutoryResponse.objects.filter(
        organisation_id__in=list(organisation_ids), required=True, published_on__isnull=True,
        report__archived_at__isnull=True).select_related("report", "organisation").order_by("due_on", "id"))
    for row in rows:
        row.left = row.days_left(today)
        row.overdue = row.left is not None and row.left < 0
    return rows


def statutory_published_on_time(organisation_ids, since=None, until=None, as_at=None):
    """How many required statutory responses were published, and how many of those on time (by their
    due date), optionally for those due in [since, until]. For the dashboard and the committee paper,
    which counts as the register stood on `as_at` (a publication after it had not happened then).

    Returns {"published": n, "on_time": n, "late": n, "due": n, "outstanding": n}.
    """
    from django.db.models import F

    from .models import StatutoryResponse

    qs = StatutoryResponse.objects.filter(organisation_id__in=list(organisation_ids), required=True,
                                          report__archived_at__isnull=True)
    if since:
        qs = qs.filter(due_on__gte=since)
    if until:
        qs = qs.filter(due_on__lte=until)
    published = Q(published_on__isnull=False) & (Q(published_on__lte=as_at) if as_at else Q())
    figures = qs.aggregate(
        due=Count("id"),
        published=Count("id", filter=published),
        on_time=Count("id", filter=published & Q(published_on__lte=F("due_on"))),
    )
    figures["late"] = figures["published"] - figures["on_time"]
    figures["outstanding"] = figures["due"] - figures["published"]
    return figures


def statutory_reminder_stage(statutory, today):
    """The reminder this response is at: "28", "14" or "7" days left (or fewer), "overdue", or None.

    Each stage is sent once (notifications keys it by response and stage), so a run missed on the
    day itself still sends the stage the next time it runs.
    """
    left = statutory.days_left(today)
    if left is None or statutory.published_on or not statutory.required:
        return None
    if left < 0:
        return "overdue"
    for days in sorted(REMINDER_DAYS):
        if left <= days:
            return str(days)
    return None


def mark_statutory_reminder_sent(statutory, stage):
    """Remember that this reminder stage went out, so it is sent once (called by `oversight remind`)."""
    from .models import StatutoryResponse

    fresh = StatutoryResponse.objects.get(pk=statutory.pk)
    if stage not in fresh.reminders_sent:
        fresh.reminders_sent = [*fresh.reminders_sent, stage]
        fresh.save(update_fields=["reminders_sent", "updated_at"])
