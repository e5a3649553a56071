"""Read a report for review, let a person correct the proposal, and confirm it into the register.

Nothing is written to the register before `confirm_upload`; that writes the report, its findings and
one draft response per finding for the organisation, all or nothing.
"""

import hashlib
import re
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from oversight.accounts import access
from oversight.core import bounded
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.reports import services as report_services
from oversight.reports.models import Finding, Report, ReportInvolvement
from oversight.responses import services as response_services
from oversight.responses.models import Response

from .models import ReportUpload
from .propose import propose
from .readers import UnreadableDocument

KINDS = [choice for choice, _ in Finding.Kind.choices]


class AlreadyImported(Exception):
    """The same report file is already in the register for this organisation."""

    def __init__(self, report):
        super().__init__(f"This report is already in the register: {report.title}.")
        self.report = report


def content_hash(data):
    return hashlib.sha256(data).hexdigest()


def read_uploaded_file(uploaded):
    """The bytes of an uploaded file, refusing one over settings.MAX_UPLOAD_BYTES without reading it all."""
    limit = settings.MAX_UPLOAD_BYTES
    if uploaded.size is not None and uploaded.size > limit:
        raise InvalidInput(f"The file is larger than {limit // (1024 * 1024) or 1} MB. Upload a smaller file.")
    chunks, size = [], 0
    for chunk in uploaded.chunks():
        size += len(chunk)
        if size > limit:
            raise InvalidInput(f"The file is larger than {limit // (1024 * 1024) or 1} MB. Upload a smaller file.")
        chunks.append(chunk)
    return b"".join(chunks)


def _require(user, organisation):
    decision = access.can(user, "confirm_findings", organisation)
    if not decision:
        raise NotAllowed(decision.reason)


def start_review(data, name, *, organisation, by):
    """Read a report and keep its proposed findings for review; the same file again returns the same review."""
    _require(by, organisation)
    digest = content_hash(data)
    report = Report.objects.filter(content_hash=digest).first()
    if report and report.findings.filter(responses__organisation=organisation).exists():
        raise AlreadyImported(report)
    pending = ReportUpload.objects.filter(
        organisation=organisation, content_hash=digest, confirmed_at__isnull=True
    ).first()
    if pending:
        return pending
    try:
        # In a bounded child process: a bomb is refused, never the web worker (core/bounded.py).
        proposal = bounded.run(propose, data, name, with_theme=True, with_source=True, split_items=True,
                               what="the report")
    except UnreadableDocument as error:
        raise InvalidInput(str(error)) from error
    published = proposal["published_on"]
    return ReportUpload.objects.create(
        organisation=organisation, uploaded_by=by, source_name=(name or "pasted text")[:255], content_hash=digest,
        format=_format_of(name, data), title=(proposal["title"] or "")[:500],
        published_on=date.fromisoformat(published) if published else None, pages=proposal["pages"],
        read_by_ocr=bool(proposal.get("ocr")), gradings=proposal.get("gradings") or [],
        damaged_lines=proposal.get("damaged_lines") or [],
        findings=mark_own_organisation(proposal["findings"], organisation),
    )


ORGANISATION_WORDS = re.compile(
    r"\s+(?:police(?:\s+service)?|constabulary|fire\s+and\s+rescue\s+service|fire\s+(?:and\s+rescue\s+)?authority|frs)$", re.I
)


def organisation_names(organisation):
    """The names a report may call the organisation: its name, short name, the name without "Police",
    and the aliases its administrators keep (issue 13: "WMP", "West Midlands")."""
    aliases = organisation.aliases.filter(archived_at__isnull=True).values_list("name", flat=True)
    names = {organisation.name, organisation.short_name, ORGANISATION_WORDS.sub("", organisation.name), *aliases}
    return {" ".join(n.lower().split()) for n in names if n and len(n) >= 3}


def mark_own_organisation(findings, organisation):
    """Flag the findings addressed to the organisation by name ("West Midlands Police should …"): they apply."""
    names = organisation_names(organisation)
    for finding in findings:
        addressed = {" ".join(a.lower().removeprefix("the ").split()) for a in finding.get("addressees") or []}
        if addressed & names:
            finding["addressed_to_us"] = True
    return findings


def _format_of(name, data):
    from .readers import sniff

    return sniff(data)


def _editable(upload, by):
    _require(by, upload.organisation)
    if upload.confirmed_at:
        raise InvalidInput("This report has already been confirmed; change its findings in the register.")


def _save(upload):
    upload.save(update_fields=["findings", "updated_at"])
    return upload


def edit_finding(upload, finding_id, changes, *, by):
    """Correct one proposed finding: kind, ref, text, addressees, deadline or parent."""
    _editable(upload, by)
    finding = upload.finding(finding_id)
    if finding is None:
        raise InvalidInput("That finding is no longer in the proposal.")
    text = " ".join((changes.get("text") or "").split())
    if not text:
        raise InvalidInput("Enter the text of the finding.")
    if changes.get("kind") not in KINDS:
        raise InvalidInput("Choose what kind of finding this is.")
    parent = changes.get("parent") or None
    if parent is not None:
        target = upload.finding(parent)
        if target is None or target["kind"] != Finding.Kind.CAUSE_OF_CONCERN or parent == finding_id:
            raise InvalidInput("A finding can only belong to a cause of concern.")
        if changes["kind"] == Finding.Kind.CAUSE_OF_CONCERN:
            raise InvalidInput("A cause of concern cannot belong to another one.")
    due_on = changes.get("due_on")
    finding.update(
        kind=changes["kind"], ref=(changes.get("ref") or "").strip() or None, text=text,
        addressees=[a.strip() for a in changes.get("addressees", []) if a.strip()],
        due_text=(changes.get("due_text") or "").strip() or None,
        due_on=due_on.isoformat() if due_on else None, parent=parent,
    )
    if finding["kind"] != Finding.Kind.CAUSE_OF_CONCERN:
        _orphan_children_of(upload, finding_id)
    return _save(upload)


def discard_finding(upload, finding_id, *, by):
    """Leave a proposed finding out: it is not a finding, or it is one already listed."""
    _editable(upload, by)
    upload.findings = [f for f in upload.findings if f["id"] != finding_id]
    _orphan_children_of(upload, finding_id)
    return _save(upload)


def merge_with_next(upload, finding_id, *, by):
    """Join a finding and the one after it, where the reader cut one finding in two."""
    _editable(upload, by)
    ids = [f["id"] for f in upload.findings]
    if finding_id not in ids or ids.index(finding_id) == len(ids) - 1:
        raise InvalidInput("There is no next finding to merge with.")
    first = upload.findings[ids.index(finding_id)]
    second = upload.findings[ids.index(finding_id) + 1]
    first["text"] = f"{first['text']} {second['text']}"
    first["due_text"] = first["due_text"] or second["due_text"]
    first["due_on"] = first["due_on"] or second["due_on"]
    first["addressees"] = first["addressees"] or second["addressees"]
    upload.findings.remove(second)
    for finding in upload.findings:
        if finding["parent"] == second["id"]:
            finding["parent"] = first["id"] if first["kind"] == Finding.Kind.CAUSE_OF_CONCERN else None
    return _save(upload)


def split_finding(upload, finding_id, starts_with, *, by):
    """Split a finding in two where the words `starts_with` begin: two findings printed as one."""
    _editable(upload, by)
    finding = upload.finding(finding_id)
    if finding is None:
        raise InvalidInput("That finding is no longer in the proposal.")
    words = " ".join((starts_with or "").split())
    at = finding["text"].find(words) if words else -1
    if at <= 0:
        raise InvalidInput("Enter words from the finding's text where the second finding begins.")
    second = {**finding, "id": _next_id(upload), "ref": None, "text": finding["text"][at:].strip()}
    finding["text"] = finding["text"][:at].strip()
    upload.findings.insert(upload.findings.index(finding) + 1, second)
    return _save(upload)


def _next_id(upload):
    numbers = [int(m.group(1)) for f in upload.findings if (m := re.fullmatch(r"F(\d+)", f["id"]))]
    return f"F{max(numbers, default=0) + 1}"


def _orphan_children_of(upload, finding_id):
    for finding in upload.findings:
        if finding["parent"] == finding_id:
            finding["parent"] = None


def applies(finding, findings):
    """Whether the organisation must act: addressed to chief constables, forces or the service.

    A cause of concern prints no addressee; it applies when a recommendation under it does.
    """
    probe = Finding(kind=finding["kind"], addressees=finding["addressees"])
    if probe.applies_to_forces or finding.get("addressed_to_us"):
        return True
    if finding["kind"] == Finding.Kind.CAUSE_OF_CONCERN:
        return any(applies(child, findings) for child in findings if child["parent"] == finding["id"])
    return False


def guess_involvement(upload, title=""):
    """How the organisation most likely took part, for the reviewer to correct: inspected in fieldwork when the
    report names it (in its title or as a finding's addressee), else a noted force."""
    names = organisation_names(upload.organisation)
    heading = " ".join((title or upload.title or "").lower().split())
    if any(f.get("addressed_to_us") for f in upload.findings) or any(name in heading for name in names):
        return ReportInvolvement.Involvement.INSPECTED
    return ReportInvolvement.Involvement.NOTED_FORCE


def confirm_upload(upload, *, title, kind, published_on, by, involvement=None):
    """Write the report, its findings and a draft response each for the organisation; all or nothing.

    Reading a report also records how the organisation took part (`involvement`, else the guess), which
    starts the PCC's 56-day clock where the statutory rule asks for comments (reports.services).
    """
    _editable(upload, by)
    involvement = involvement or guess_involvement(upload, title)
    if not upload.findings:
        raise InvalidInput("There are no findings to confirm. Discarded everything? Read the report again.")
    if kind not in Report.Kind.values:
        raise InvalidInput("Choose the kind of report.")
    title = " ".join((title or "").split())
    if not title:
        raise InvalidInput("Enter the report's title.")
    with transaction.atomic():
        locked = ReportUpload.objects.select_for_update().get(pk=upload.pk)
        if locked.confirmed_at:
            raise InvalidInput("This report has already been confirmed.")
        report = Report.objects.filter(content_hash=upload.content_hash).first()
        new_findings = None
        if report is None:
            report = report_services.create_report(title=title, kind=kind, published_on=published_on,
                                                   content_hash=upload.content_hash, by=by)
            findings = _create_findings(report, upload.findings, organisation=upload.organisation, by=by)
            new_findings = findings
        else:
            # Another organisation confirmed the same file first: share its findings, add our responses.
            existing = {(f.kind, _normal(f.text)): f for f in report.findings.all()}
            findings = {item["id"]: existing.get((item["kind"], _normal(item["text"]))) for item in upload.findings}
        for item in upload.findings:
            finding = findings.get(item["id"])
            if finding is None:
                continue
            response_services.open_response(
                finding, upload.organisation, by=by,
                applicability=(Response.Applicability.APPLIES if applies(item, upload.findings)
                               else Response.Applicability.MONITOR_ONLY))
        if new_findings:
            _link_parents(new_findings, upload.findings, organisation=upload.organisation, by=by)
        report_services.record_involvement(report, upload.organisation, involvement, by=by)
        upload.report, upload.confirmed_at = report, timezone.now()
        upload.save(update_fields=["report", "confirmed_at", "updated_at"])
    return report


def _create_findings(report, items, *, organisation, by):
    created, used = {}, set()
    for position, item in enumerate(items, start=1):
        theme = (item.get("theme") or "")[:200]
        ref = item["ref"] or ""
        # The same ref under the same heading twice (seed 002 prints AFI1 under two questions): keep both.
        while ref and (item["kind"], theme, ref) in used:
            theme = f"{theme} ({position})"[:200]
        used.add((item["kind"], theme, ref))
        due_on = item.get("due_on")
        created[item["id"]] = report_services.add_finding(
            report, by=by, organisation=organisation, kind=item["kind"], ref=ref, text=item["text"],
            addressees=item["addressees"], due_text=(item["due_text"] or "")[:300],
            due_on=date.fromisoformat(due_on) if due_on else None, theme=theme, position=position,
        )
    return created


def _link_parents(created, items, *, organisation, by):
    """Each recommendation under its cause of concern, once the organisation's responses make the
    new findings its own to correct."""
    for item in items:
        parent = created.get(item["parent"]) if item["parent"] else None
        if parent is not None:
            report_services.edit_finding(created[item["id"]], {"parent": parent}, by=by, organisation=organisation)


def _normal(text):
    return " ".join(text.split()).lower()
