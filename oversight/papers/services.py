"""The rules of committee papers: adding meetings, drafting a paper, issuing it frozen, and producing its files."""

import copy
import json
from dataclasses import dataclass
from datetime import date

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit

from . import content as paper_content
from . import docx as word
from . import layouts, pdf
from .models import Committee, Meeting, Paper, PaperIssue, PaperTemplate
from .public import public_content

MAX_NARRATIVE_CHARS = 200_000
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


def writable_organisations(user):
    """Organisations whose committees the user writes papers for: their own, and those that oversee them."""
    return access.organisations_for(user, "write_paper")


def require_writer(user, organisation):
    decision = access.can(user, "write_paper", organisation)
    if not decision:
        raise NotAllowed(decision.reason)


@transaction.atomic
def add_meeting(committee, held_on, agenda_item="", *, by):
    """A new meeting of `committee`; it must come after the committee's latest meeting."""
    require_writer(by, committee.organisation)
    latest = committee.meetings.order_by("-held_on").first()
    if latest and held_on <= latest.held_on:
        raise InvalidInput(
            f"The meeting date must be after the committee's previous meeting on {latest.held_on:%-d %B %Y}."
        )
    try:
        with transaction.atomic():
            return Meeting.objects.create(committee=committee, held_on=held_on, agenda_item=agenda_item)
    except IntegrityError as problem:  # a concurrent add of the same day
        raise InvalidInput("The committee already has a meeting on that day.") from problem


def paper_for(meeting):
    """The meeting's paper, started as a draft covering the default period when there is none yet."""
    try:
        return meeting.paper
    except Paper.DoesNotExist:
        start, end = paper_content.default_period(meeting)
        paper, _ = Paper.objects.get_or_create(meeting=meeting, defaults={
            "period_start": start, "period_end": end, "narrative": carried_restrictions(meeting)})
        return paper


def carried_restrictions(meeting):
    """A finding restricted in the committee's previous paper starts restricted in the next one: what was
    kept off the PCC's website once stays off until a writer says otherwise."""
    previous = Paper.objects.filter(meeting__committee=meeting.committee, meeting__held_on__lt=meeting.held_on)
    previous = previous.order_by("-meeting__held_on").first()
    kept = {k: True for k, on in ((previous.narrative.get("restricted") or {}).items() if previous else ())
            if on and k.startswith("finding-")}
    return {"restricted": kept} if kept else {}


def require_draft(paper):
    if paper.status == Paper.Status.ISSUED:
        raise NotAllowed("This paper has been issued and is frozen; it cannot be changed.")


@transaction.atomic
def save_draft(paper, *, by, period_start, period_end, narrative, expected_version=None):
    """Save the period and every narrative part at once (the whole-paper form); restrictions set in place
    are kept. With `expected_version`, refused with StaleEdit when someone saved since."""
    require_writer(by, paper.meeting.committee.organisation)
    paper = Paper.objects.select_for_update().get(pk=paper.pk)
    require_draft(paper)
    if period_end < period_start:
        raise InvalidInput("The period must end on or after the day it starts.")
    if expected_version is not None and paper.edit_version != expected_version:
        raise StaleEdit(paper, "Someone else saved this paper while you were editing it. Reload the page to see "
                        "their changes; your text is kept in the form.")
    paper.period_start, paper.period_end = period_start, period_end
    restricted = paper.narrative.get("restricted")
    paper.narrative = {key: value for key, value in narrative.items() if value not in ("", None, {})}
    if restricted:
        paper.narrative["restricted"] = restricted
    paper.edit_version += 1
    paper.issue_requested_by, paper.issue_requested_at = None, None
    if len(json.dumps(paper.narrative)) > MAX_NARRATIVE_CHARS:
        raise InvalidInput("The paper's narrative is too long: keep it under 200,000 characters.")
    paper.save(update_fields=["period_start", "period_end", "narrative", "edit_version", "issue_requested_by",
                              "issue_requested_at"])
    return paper


# Narrative keys kept even when empty: an empty list overrides the committee layout's standing text.
KEEP_EMPTY = {"contacts", "background_documents", "free_sections"}


def apply_changes(narrative, changes):
    """`narrative` with `changes` applied: "key" sets a top-level part, "key.sub" one entry of a mapping
    (an overview per report, a restriction per item); an empty value removes it, so the paper follows the
    register or the layout again."""
    out = copy.deepcopy(narrative)
    for path, value in changes.items():
        head, _, sub = path.partition(".")
        empty = value in ("", None, False, [], {})
        if sub:
            bucket = dict(out.get(head) or {})
            if empty:
                bucket.pop(sub, None)
            else:
                bucket[sub] = value
            if bucket:
                out[head] = bucket
            else:
                out.pop(head, None)
        elif empty and head not in KEEP_EMPTY:
            out.pop(head, None)
        else:
            out[head] = value
    return out


@transaction.atomic
def save_part(paper, *, by, expected_version, changes, period=None):
    """Save one part of a draft's narrative (and, for the period part, its dates), edited in place.

    Optimistic lock: the UPDATE names the edit version the form was opened at; zero rows means someone
    saved first, and StaleEdit carries the paper as it now stands. A pending request to issue is withdrawn:
    the second person approves what they read."""
    require_writer(by, paper.meeting.committee.organisation)
    current = Paper.objects.select_for_update().get(pk=paper.pk)
    require_draft(current)
    if period is not None and period[1] < period[0]:
        raise InvalidInput("The period must end on or after the day it starts.")
    narrative = apply_changes(current.narrative, changes)
    if len(json.dumps(narrative)) > MAX_NARRATIVE_CHARS:
        raise InvalidInput("The paper's narrative is too long: keep it under 200,000 characters.")
    claimed = Paper.objects.filter(pk=paper.pk, edit_version=expected_version).update(
        edit_version=F("edit_version") + 1)
    if not claimed:
        raise StaleEdit(current, "Someone else saved this paper while you were editing it. The paper below is "
                        "theirs; your text is kept in the form so you can save it again.")
    current.refresh_from_db(fields=["edit_version"])
    current.narrative = narrative
    fields = ["narrative", "issue_requested_by", "issue_requested_at"]
    if period is not None:
        current.period_start, current.period_end = period
        fields += ["period_start", "period_end"]
    current.issue_requested_by, current.issue_requested_at = None, None
    current.save(update_fields=fields)
    return current


def build(paper, today=None, *, reader=False):
    """The paper's content: frozen if issued (for a reader, the latest issued version while a correction
    is drafted), else freshly built from the register."""
    if paper.status == Paper.Status.ISSUED:
        return paper.content
    if reader:
        issued = latest_issue(paper)
        if issued is None:
            raise NotAllowed("This paper has not been issued yet.")
        return issued.content
    content = paper_content.build_content(paper.meeting, paper.period_start, paper.period_end, paper.narrative, today)
    content["draft"] = True  # previews carry a DRAFT watermark; the issued files do not
    return content


def organisation_template(organisation):
    """The organisation's uploaded template as (bytes, filename), or None for the default."""
    try:
        template = organisation.paper_template
    except PaperTemplate.DoesNotExist:
        return None
    with template.file.open("rb") as f:
        return f.read(), template.original_name or template.file.name


def template_problem(organisation, content):
    """Why the organisation's own Word template cannot be used for `content`, or '' (a quick check, no render)."""
    own = organisation_template(organisation)
    if own is None:
        return ""
    try:
        word.check_placeholders(word.load(*own), content.keys())
    except word.TemplateProblem as problem:
        return str(problem)
    return ""


@dataclass
class Rendered:
    data: bytes
    problem: str = ""  # why the organisation's template was not used, when it was not


def render_docx(content, organisation, *, strict):
    """Word from the organisation's template; with `strict` off a broken template falls back to the default."""
    own = organisation_template(organisation)
    if own is None:
        return Rendered(word.render(content))
    try:
        return Rendered(word.render(content, *own))
    except word.TemplateProblem as problem:
        if strict:
            raise
        return Rendered(word.render(content), problem=f"Your organisation's Word template was not used: {problem} "
                        "This preview uses the default template; the paper cannot be issued until the template is fixed.")


def document(paper, fmt, *, reader=False, public=False):
    """(bytes, problem) for download: an issued paper's stored file, byte for byte, or a preview.
    `public` gives the version for the PCC's website, without the restricted items."""
    if fmt not in MEDIA_TYPES:
        raise InvalidInput("Choose Word (docx), PDF or HTML.")
    issued = None
    if paper.status == Paper.Status.ISSUED or reader:
        issued = latest_issue(paper)
        if issued is None:
            raise NotAllowed("This paper has not been issued yet.")
        stored = getattr(issued, f"public_{fmt}" if public else fmt)
        if stored:
            with stored.open("rb") as f:
                return f.read(), ""
        content = issued.content  # issued before the file was kept: made again from the frozen content
    else:
        content = build(paper)
    if public:
        content = public_content(content)
    organisation = paper.meeting.committee.organisation
    if fmt == "html":
        return pdf.html(content).encode(), ""
    if fmt == "pdf":
        return render_pdf(content, organisation, strict=False)
    rendered = render_docx(content, organisation, strict=False)
    return rendered.data, rendered.problem


def pdfs_from_word(word_files, contents):
    """(PDFs, problem): each Word file converted by LibreOffice, so the Word template governs the PDF too;
    without LibreOffice, WeasyPrint from the paper's HTML (the same sections, A4, tagged), and it says so."""
    try:
        return pdf.from_word_many(word_files), ""
    except pdf.ConversionProblem as problem:
        message = pdf.NO_LIBREOFFICE if not pdf.can_convert_word() else (
            f"The PDF was made from the web page by WeasyPrint, not from the Word file: {problem}")
        return [pdf.render(content) for content in contents], message


def render_pdf(content, organisation, *, strict, docx_bytes=None):
    """(PDF bytes, problem): the paper's Word file (the organisation's template or the default) converted."""
    problem = ""
    if docx_bytes is None:
        rendered = render_docx(content, organisation, strict=strict)
        docx_bytes, problem = rendered.data, rendered.problem
    pdfs, conversion = pdfs_from_word([docx_bytes], [content])
    return pdfs[0], " ".join(p for p in (problem, conversion) if p)


@dataclass
class PaperFiles:
    docx: bytes
    pdf: bytes
    html: bytes
    public_docx: bytes
    public_pdf: bytes
    public_html: bytes
    problem: str = ""  # how the PDF was made when LibreOffice could not make it


def render_files(content, organisation, *, strict=True):
    """Every file of a paper from one content: Word (the organisation's template or the default), the PDF
    converted from that Word file, the accessible HTML, and the same three for the public version.

    The one rendering entry point: `issue` calls it, and so can a background task. With `strict` a template
    that cannot be used raises word.TemplateProblem rather than falling back to the default."""
    public = public_content(content)
    docx_bytes = render_docx(content, organisation, strict=strict).data
    public_docx = render_docx(public, organisation, strict=strict).data
    (pdf_bytes, public_pdf), problem = pdfs_from_word([docx_bytes, public_docx], [content, public])
    return PaperFiles(docx=docx_bytes, pdf=pdf_bytes, html=pdf.html(content).encode(), public_docx=public_docx,
                      public_pdf=public_pdf, public_html=pdf.html(public).encode(), problem=problem)


def filename(paper, fmt):
    meeting = paper.meeting
    slug = "".join(c if c.isalnum() else "-" for c in meeting.committee.name.lower()).strip("-")
    suffix = "" if paper.status == Paper.Status.ISSUED else "-preview"
    return f"{slug}-{meeting.held_on.isoformat()}-hmicfrs-update{suffix}.{fmt}"


def needs_second_person(paper):
    """Whether the committee's layout asks for a second person to approve an issue (papers/layouts.py)."""
    return bool(layouts.resolve(paper.meeting.committee.layout).get("second_person_approval"))


@dataclass
class IssueOutcome:
    paper: Paper
    issued: bool
    message: str


@transaction.atomic
def issue(paper, *, by, today=None):
    """Freeze the paper as its next version: its content and both files are stored and never rebuilt.

    Where the committee needs a second person, the first call records the request and a different
    person's call issues it. Refused, with nothing stored, when the organisation's Word template cannot
    be used or a report in the period has no publication date. Two issues at once issue once: the row
    lock serialises them and the unique (paper, version) key refuses a second version 1.
    """
    organisation = paper.meeting.committee.organisation
    require_writer(by, organisation)
    paper = Paper.objects.select_for_update().select_related("meeting__committee__organisation").get(pk=paper.pk)
    require_draft(paper)
    approved_by = None
    if needs_second_person(paper):
        if paper.issue_requested_by_id is None:
            paper.issue_requested_by, paper.issue_requested_at = by, timezone.now()
            paper.save(update_fields=["issue_requested_by", "issue_requested_at"])
            return IssueOutcome(paper, False, "Issue requested. A second person who writes papers must approve it.")
        if paper.issue_requested_by_id == by.pk:
            raise NotAllowed("You asked for this paper to be issued; a second person must approve it.")
        approved_by, by = by, paper.issue_requested_by
    content = paper_content.build_content(paper.meeting, paper.period_start, paper.period_end, paper.narrative, today)
    if content["undated_reports"]:
        titles = "; ".join(r["title"] for r in content["undated_reports"])
        raise InvalidInput(
            f"The paper was not issued: the register has no publication date for {titles}. Add the date to the "
            "report, or include the report in this paper."
        )
    version = paper.version + 1
    content["draft"] = False
    content["version"] = version
    content["correction_note"] = paper.correction_note if version > 1 else ""
    try:
        files = render_files(content, organisation, strict=True)
    except word.TemplateProblem as problem:
        raise NotAllowed(f"The paper was not issued: {problem}") from problem
    name = filename(paper, "docx").replace("-preview", "").removesuffix(".docx")
    record = PaperIssue(paper=paper, version=version, content=content, issued_at=timezone.now(), issued_by=by,
                        approved_by=approved_by, note=content["correction_note"])
    for field, ext in [("docx", "docx"), ("pdf", "pdf"), ("html", "html"), ("public_docx", "docx"),
                       ("public_pdf", "pdf"), ("public_html", "html")]:
        suffix = "-public" if field.startswith("public") else ""
        getattr(record, field).save(f"{name}-v{version}{suffix}.{ext}", ContentFile(getattr(files, field)), save=False)
    try:
        with transaction.atomic():
            record.save()
    except IntegrityError as problem:
        raise NotAllowed("This paper has just been issued by someone else; it was not issued twice.") from problem
    paper.content = content
    paper.docx, paper.pdf = record.docx.name, record.pdf.name
    paper.status = Paper.Status.ISSUED
    paper.version = version
    paper.issued_at, paper.issued_by = record.issued_at, by
    paper.issue_requested_by, paper.issue_requested_at = None, None
    paper.save()
    message = (f"Paper issued as version {version}. Its Word, PDF and HTML files, and their public versions, are "
               "frozen and can be downloaded again unchanged.")
    return IssueOutcome(paper, True, f"{message} {files.problem}".strip())


@transaction.atomic
def start_correction(paper, *, by, note):
    """Reopen an issued paper to issue a corrected version; every issued version is kept."""
    require_writer(by, paper.meeting.committee.organisation)
    paper = Paper.objects.select_for_update().get(pk=paper.pk)
    if paper.status != Paper.Status.ISSUED:
        raise InvalidInput("Only an issued paper can be corrected.")
    note = (note or "").strip()
    if not note:
        raise InvalidInput("Say what the correction is: the note is printed on the corrected paper.")
    if len(note) > 2000:
        raise InvalidInput("The correction note may be at most 2,000 characters.")
    paper.status = Paper.Status.DRAFT
    paper.correction_note = note
    paper.save(update_fields=["status", "correction_note"])
    return paper


def latest_issue(paper):
    return paper.issues.order_by("-version").first()


@transaction.atomic
def upload_template(organisation, upload, *, by):
    """Store the organisation's Word template after checking it renders a sample paper; a bad one changes nothing."""
    require_writer(by, organisation)
    data = upload.read()
    sample = sample_content(organisation)
    word.validate(data, upload.name, sample)
    template, _ = PaperTemplate.objects.get_or_create(organisation=organisation, defaults={"uploaded_by": by})
    template.file.save(f"{organisation.short_name}-paper-template.docx", ContentFile(data), save=False)
    template.original_name = upload.name
    template.uploaded_by = by
    template.save()
    return template


def sample_content(organisation):
    """Content with every placeholder filled, to try a template against before it is stored."""
    committee = organisation.committees.first()
    if committee is None:  # never saved: only its organisation is read
        committee = Committee(organisation=organisation, name="Sample committee")
    meeting = Meeting(committee=committee, held_on=timezone.localdate())
    start = date(meeting.held_on.year, 1, 1)
    return paper_content.build_content(meeting, start, meeting.held_on, {})


def edit_committee(committee, values, *, by):
    """Rename a committee or change its layout; the layout is checked before it is kept."""
    require_writer(by, committee.organisation)
    unknown = set(values) - {"name", "layout"}
    if unknown:
        raise InvalidInput(f"These committee fields cannot be changed here: {', '.join(sorted(unknown))}.")
    if "name" in values:
        values["name"] = " ".join((values["name"] or "").split())
        if not values["name"]:
            raise InvalidInput("Enter the committee's name.")
        if Committee.objects.filter(organisation=committee.organisation, name__iexact=values["name"]).exclude(
                pk=committee.pk).exists():
            raise InvalidInput(f"{committee.organisation} already has a committee called {values['name']}.")
    if "layout" in values:
        layouts.resolve(values["layout"] or {})
    changed = [name for name, value in values.items() if getattr(committee, name) != value]
    for name in changed:
        setattr(committee, name, values[name])
    if changed:
        committee.save(update_fields=changed)
    return committee


def add_committee(organisation, name, *, by):
    """A committee of `organisation` that receives papers (a Joint Audit Committee, a panel, a board)."""
    require_writer(by, organisation)
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("Enter the committee's name.")
    if Committee.objects.filter(organisation=organisation, name__iexact=name).exists():
        raise InvalidInput(f"{organisation} already has a committee called {name}.")
    return Committee.objects.create(organisation=organisation, name=name)
