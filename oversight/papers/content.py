"""The content of a committee paper, built from the register as plain data.

`build_content` returns dicts and lists of strings, integers and booleans only, so the same
structure feeds the preview page, the Word template and the PDF, and is frozen as JSON in
Paper.content when the paper is issued. Its top-level keys are the Word placeholders
(docs/templates.md).
"""

import re
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

from django.db.models import F, Prefetch, Q
from django.utils import timezone
from django.utils.dateformat import format as date_format

from oversight.accounts import access
from oversight.activities.models import InspectionActivity
from oversight.gradings import services as grading_services
from oversight.gradings.models import Grading, MonitoringPhase
from oversight.reports import services as report_services
from oversight.reports.models import Finding, Report
from oversight.responses.models import ACTIVE_STATUSES, ClosureSubmission, Response, Transition, Update

DEFAULT_PURPOSE = "To provide members of the Committee with oversight of HMICFRS inspection activity and recommendations."
DEFAULT_RECOMMENDATION = "The Committee to note the contents of the report."

# The paper's numbered sections, in the order the seeds print them.
SECTIONS = [
    ("purpose", "Purpose of report"),
    ("monitoring", "Background: HMICFRS monitoring"),
    ("reports", "Recommendations, causes of concern and areas for improvement"),
    ("progress", "Progress on earlier reports"),
    ("gradings", "Gradings"),
    ("red_overdue", "Findings rated red and overdue findings"),
    ("closures", "Submissions for closure"),
    ("activities", "Inspection activity"),
    ("open_findings", "Open findings by portfolio and status"),
    ("recommendation", "Recommendation to the committee"),
]

# seed 003 writes "AF1 Lv3": areas for improvement are abbreviated in the closure table.
KIND_SHORT = {"area_for_improvement": "AFI", "cause_of_concern": "Cause of concern", "recommendation": "Recommendation"}
AGENDA_PREFIX = re.compile(r"^\s*agenda\s+item\s*", re.IGNORECASE)  # "Agenda Item 06" and "06" alike
KIND_ORDER = {"area_for_improvement": 0, "cause_of_concern": 1, "recommendation": 2}
# How many days before the period the monitoring history reaches back: seed 003 recounts the
# engage phase entered a year before the meeting.
MONITORING_LOOKBACK_DAYS = 366
FORTHCOMING_DAYS = 366


def long_date(value):
    return date_format(value, "j F Y") if value else ""


def short_date(value):
    return date_format(value, "j/n/y") if value else ""


def iso(value):
    return value.isoformat() if value else ""


def plural(n, word, words=None):
    return f"{n} {word if n == 1 else (words or word + 's')}"


def default_period(meeting):
    """Since the committee's previous meeting (a quarter before when there is none) up to this meeting."""
    previous = meeting.previous()
    start = previous.held_on if previous else meeting.held_on - timedelta(days=91)
    return start, meeting.held_on


def build_content(meeting, period_start, period_end, narrative=None, today=None, layout=None):
    """Everything the paper for `meeting` says about `period_start`..`period_end`, as plain data.

    Every figure is as the register stood at the end of `period_end` (AsAt); `today` only dates the
    file. `layout` is the committee's (layouts.py): which sections, in what order, how numbered.
    """
    from . import layouts

    narrative = narrative or {}
    today = today or timezone.localdate()
    committee = meeting.committee
    layout = layouts.resolve(layout if layout is not None else getattr(committee, "layout", None))
    org_ids = access.held_ids(committee.organisation)
    as_at = AsAt(org_ids, period_end)
    before = AsAt(org_ids, period_start - timedelta(days=1))
    included = {int(pk) for pk in narrative.get("include_reports", []) if str(pk).isdigit()}
    # Items the writer marked restricted: printed in the paper, left out of its public version (public.py).
    restricted = {key for key, on in (narrative.get("restricted") or {}).items() if on}
    reports = reports_section(org_ids, period_start, period_end, narrative, 0, as_at, included, restricted)
    undated = undated_reports(org_ids, period_start, period_end, included)
    gradings = gradings_section(org_ids, period_start, period_end, {r["id"] for r in reports})
    progress = progress_section(org_ids, period_start, period_end, 0, as_at, {r["id"] for r in reports}, restricted,
                                narrative.get("finding_narrative", {}))
    # Section 55: the PCC's comments due in the period, counted as they stood at its end (issue 13).
    statutory = report_services.statutory_published_on_time(org_ids, since=period_start, until=period_end,
                                                            as_at=period_end)
    data = {
        "applicable": {
            "monitoring": True, "reports": True, "progress": bool(progress), "gradings": bool(gradings["rows"]),
            "free": any(f.get("text") for f in narrative.get("free_sections", layout.get("free_sections", []))),
            "appendix": bool(as_at.active()),
            "statutory": bool(statutory["due"]),
        },
    }
    sections = layouts.sections(layout, data["applicable"])
    numbers = {sec["key"]: sec["number"] for sec in sections}
    for r in reports:
        r["number"] = f"{numbers.get('reports', '')}.1.{r['position']}"
    for n, r in enumerate(progress, start=1):
        r["number"] = f"{numbers.get('progress', '')}.{n}"
    return {
        "title": narrative.get("title") or layout["title"],
        "organisation": committee.organisation.name,
        "committee": committee.name,
        "meeting_date": long_date(meeting.held_on),
        "meeting_date_iso": iso(meeting.held_on),
        "agenda_item": AGENDA_PREFIX.sub("", meeting.agenda_item).strip(),
        "period_start": long_date(period_start),
        "period_end": long_date(period_end),
        "period_start_iso": iso(period_start),
        "period_end_iso": iso(period_end),
        "generated_on": long_date(today),
        "draft": True,  # issue() sets False: previews carry a DRAFT watermark
        "public": False,  # public.public_content() sets True on the version for the PCC's website
        "version": 0,
        "correction_note": "",
        "sections": sections,
        "numbers": numbers,
        "numbering": layout["numbering"],
        "purpose": narrative.get("purpose") or layout["purpose"],
        "background": narrative.get("background", layout.get("background", "")),
        "free_sections": [
            {"title": f.get("title", ""), "text": f.get("text", ""), "restricted": f"free-{n}" in restricted}
            for n, f in enumerate(narrative.get("free_sections", layout.get("free_sections", [])), start=1)
            if f.get("text")
        ],
        "recommendation": narrative.get("recommendation") or layout["recommendation"],
        "contact": contact(narrative, layout),
        "contacts": contacts(narrative, layout),
        "background_documents": [
            {"title": str(d.get("title", "")), "url": str(d.get("url", ""))}
            for d in narrative.get("background_documents", layout.get("background_documents", [])) if d.get("title")
        ],
        "monitoring": monitoring_section(org_ids, period_start, period_end, as_at),
        "reports": reports,
        "changes": changes_since(before, as_at) if layout.get("changes_summary") else None,
        "reports_sentence": reports_sentence(reports),
        "reports_after": narrative.get("reports_after", ""),
        "undated_reports": undated,
        "progress": progress,
        "gradings": gradings,
        "red": grouped(as_at.red(), restricted),
        "overdue": grouped(as_at.overdue(), restricted),
        "closures": closures_section(org_ids, period_start, period_end, narrative.get("closures_since")),
        "activities": activities_section(org_ids, period_start, period_end),
        "statutory": statutory,
        "open_findings": open_findings_section(as_at),
        "appendix": appendix(as_at, restricted) if "appendix" in numbers else [],
    }


def changes_since(before, after):
    """What changed between the day before the period and its end: new findings on the register,
    findings closed, RAG moved, findings newly overdue (issue 12 §7)."""
    then = before.by_pk
    overdue_then = {r.pk for r in before.overdue()}
    new = closed = moved = 0
    for r, status, rag in after.rows:
        old = then.get(r.pk)
        old_status, old_rag = old if old is not None else (None, "")
        new += old is None
        if status == Response.Status.CLOSED and old_status != Response.Status.CLOSED:
            closed += 1  # including a finding both registered and closed within the period
        if rag and old_rag and rag != old_rag:
            moved += 1
    newly_overdue = sum(1 for r in after.overdue() if r.pk not in overdue_then)
    parts = [f"{plural(new, 'finding')} added to the register", f"{closed} closed", f"{moved} moved RAG rating",
             f"{newly_overdue} newly overdue"]
    return {
        "new": new, "closed": closed, "rag_moved": moved, "newly_overdue": newly_overdue,
        "sentence": "Since the last paper: " + ", ".join(parts) + ".",
    }


def contacts(narrative, layout):
    """The paper's contact officers: the paper's own, else the committee layout's (blank by default)."""
    given = narrative.get("contacts")
    if given is None and any(narrative.get(f"contact_{k}") for k in ("name", "title", "email", "phone")):
        given = [{k: narrative.get(f"contact_{k}", "") for k in ("name", "title", "email", "phone")}]
    if given is None:
        given = layout.get("contacts", [])
    return [
        {k: str(c.get(k, "")) for k in ("name", "title", "email", "phone")}
        for c in given if any(c.get(k) for k in ("name", "title", "email", "phone"))
    ]


def contact(narrative, layout):
    people = contacts(narrative, layout)
    return people[0] if people else {"name": "", "title": "", "email": "", "phone": ""}


def undated_reports(org_ids, start, end, included):
    """Reports concerning the force with no publication date whose findings saw activity in the period:
    the paper asks for the date (or for the writer to include the report) rather than misfile them."""
    qs = (
        Report.objects.filter(published_on__isnull=True, archived_at__isnull=True)
        .filter(findings__responses__organisation_id__in=org_ids)
        .filter(Q(findings__responses__updates__written_on__range=(start, end))
                | Q(findings__responses__transitions__at__range=(end_of(start), end_of(end))))
        .exclude(pk__in=included)
        .distinct()
        .order_by("title")
    )
    return [{"id": r.pk, "title": r.title} for r in qs]


def reports_sentence(reports):
    if not reports:
        return "Since the last meeting no reports have been published that make findings for the force."
    if len(reports) == 1:
        return "Since the last meeting one report has been published."
    return f"Since the last meeting {len(reports)} reports have been published."


def reports_section(org_ids, start, end, narrative, section_number, as_at=None, included=(), restricted=()):
    """Each report published in the period that concerns the organisation, with counted findings, and any
    undated report the paper's writer chose to include (narrative["include_reports"])."""
    commentary = narrative.get("commentary", {})
    overviews = narrative.get("overview", {})
    finding_narrative = narrative.get("finding_narrative", {})
    responses = Response.objects.filter(organisation_id__in=org_ids).exclude(status=Response.Status.DRAFT)
    responses = responses.select_related("portfolio", "business_area", "board", "owner").prefetch_related("updates")
    findings = Finding.objects.filter(archived_at__isnull=True).prefetch_related(
        Prefetch("responses", queryset=responses, to_attr="org_responses")
    )
    qs = (
        Report.objects.filter(Q(published_on__gte=start, published_on__lte=end) | Q(pk__in=included,
                                                                                       published_on__isnull=True))
        .filter(archived_at__isnull=True)
        .filter(Q(involvements__organisation_id__in=org_ids) | Q(findings__responses__organisation_id__in=org_ids))
        .distinct()
        .order_by(F("published_on").asc(nulls_last=True), "title")
        .prefetch_related(Prefetch("findings", queryset=findings), "involvements")
    )
    out = []
    for n, report in enumerate(qs, start=1):
        report_findings = list(report.findings.all())
        recommendations = [f for f in report_findings if f.kind == Finding.Kind.RECOMMENDATION]
        for_forces = sum(1 for f in recommendations if f.applies_to_forces)
        applicable = sum(
            1 for f in recommendations
            if any(r.applicability == Response.Applicability.APPLIES for r in f.org_responses)
        )
        monitored = sum(
            1 for f in recommendations
            if f.org_responses and all(r.applicability == Response.Applicability.MONITOR_ONLY for r in f.org_responses)
        )
        involvement = next((i for i in report.involvements.all() if i.organisation_id in org_ids), None)
        kinds = Counter(f.kind for f in report_findings)
        summary = report.summary
        counts = counts_sentence(len(recommendations), for_forces, kinds, applicable, monitored)
        out.append({
            "number": f"{section_number}.1.{n}",
            "position": n,
            "id": report.pk,
            "title": report.title,
            "published_on": long_date(report.published_on),
            "published_short": short_date(report.published_on),
            "published_text": f"Published {short_date(report.published_on)}" if report.published_on
            else "Received since the last meeting",
            "kind": report.get_kind_display(),
            "source": report.get_source_display(),
            "involvement": involvement.get_involvement_display() if involvement else "",
            "involvement_notes": involvement.notes if involvement else "",
            "url": report.url,
            "summary": without_repeats(summary, [counts]),
            "overview": overviews.get(str(report.pk), ""),
            "commentary": commentary.get(str(report.pk), ""),
            "commentary_restricted": f"commentary-{report.pk}" in restricted,
            "recommendations_total": len(recommendations),
            "recommendations_for_chief_constables": for_forces,
            "areas_for_improvement": kinds[Finding.Kind.AREA_FOR_IMPROVEMENT],
            "causes_of_concern": kinds[Finding.Kind.CAUSE_OF_CONCERN],
            "recommendations_applicable": applicable,
            "counts_sentence": counts,
            "findings": [finding_entry(f, as_at, finding_narrative, restricted) for f in report_findings if listed(f)],
            "themes": themes([finding_entry(f, as_at, finding_narrative, restricted)
                              for f in report_findings if listed(f)]),
            "owners": owners(recommendations),
            "owners_sentence": owners_sentence(owners(recommendations)),
        })
    return out


def counts_sentence(total, for_forces, kinds, applicable=None, monitored=0):
    """seed 003: "14 recommendations were made in total, of which 5 were applicable to Chief Constables".

    Where the force's own responses say more recommendations apply than are addressed to chief
    constables (seed 001: "six ... of which five directly apply to police"), the sentence says what
    applies to the force, so the paper never prints "0 applicable" beside recommendations it acts on.
    """
    parts = []
    if total:
        made = f"{plural(total, 'recommendation')} {'was' if total == 1 else 'were'} made in total"
        if applicable and applicable != for_forces:
            parts.append(f"{made}, of which {applicable} {'applies' if applicable == 1 else 'apply'} to the force.")
        elif for_forces:
            were = "was" if for_forces == 1 else "were"
            parts.append(f"{made}, of which {for_forces} {were} applicable to chief constables.")
        elif monitored:
            parts.append(f"{made}; {monitored} {'is' if monitored == 1 else 'are'} relevant to the force for "
                         "monitoring.")
        else:
            parts.append(f"{made}, none of them addressed to the force.")
    else:
        parts.append("No recommendations were made.")
    extra = []
    if kinds[Finding.Kind.CAUSE_OF_CONCERN]:
        extra.append(plural(kinds[Finding.Kind.CAUSE_OF_CONCERN], "cause of concern", "causes of concern"))
    if kinds[Finding.Kind.AREA_FOR_IMPROVEMENT]:
        extra.append(plural(kinds[Finding.Kind.AREA_FOR_IMPROVEMENT], "area for improvement", "areas for improvement"))
    if extra:
        parts.append(f"The report also identified {' and '.join(extra)}.")
    return " ".join(parts)


SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


def sentence_key(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def without_repeats(text, others):
    """`text` without any sentence the paper prints elsewhere (`others`) or twice in itself."""
    if not text:
        return text
    seen = {sentence_key(x) for other in others for x in SENTENCE_SPLIT.split(other or "") if x.strip()}
    kept = []
    for part in SENTENCE_SPLIT.split(text):
        key = sentence_key(part)
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(part)
    return " ".join(kept).strip()


def themes(entries):
    """The report's listed findings grouped under their theme, in the order they first appear."""
    out = {}
    for e in entries:
        out.setdefault(e["theme"], []).append(e)
    return [{"theme": t, "findings": fs} for t, fs in out.items()]


def listed(finding):
    """Causes of concern and AFIs are set out in full (seed 004); recommendations are counted and their owners named."""
    if not finding.text_is_printed:
        return False
    if finding.kind != Finding.Kind.RECOMMENDATION:
        return True
    # A recommendation made to the force itself, or under a cause of concern, is set out (seed 004's vetting).
    return finding.parent_id is not None or any(a.lower() == "the force" for a in finding.addressees)


def owners(recommendations):
    """Who holds the report's recommendations the force acts on: portfolio, business area and board, with counts."""
    held = Counter()
    for finding in recommendations:
        for r in finding.org_responses:
            if r.applicability != Response.Applicability.NOT_APPLICABLE:
                held[(str(r.portfolio or ""), str(r.business_area or ""), str(r.board or ""))] += 1
    return [
        {"portfolio": p, "business_area": a, "board": b, "count": n}
        for (p, a, b), n in sorted(held.items(), key=lambda item: (-item[1], item[0]))
    ]


def owners_sentence(held):
    """seed 001: "These recommendations sit under the Security Portfolio and will be managed within ROCU"."""
    if not held:
        return ""
    parts = []
    for o in held:
        where = f"the {o['portfolio']} portfolio" if o["portfolio"] else "no portfolio yet"
        if o["business_area"]:
            where += f", {o['business_area']}"
        if o["board"]:
            where += f", overseen by {o['board']}"
        parts.append(f"{plural(o['count'], 'recommendation')} with {where}")
    return "Recommendations held: " + "; ".join(parts) + "."


def finding_entry(finding, as_at=None, finding_narrative=None, restricted=()):
    """One finding as printed, with the force's response as it stood at the period's end."""
    response = finding.org_responses[0] if finding.org_responses else None
    updates = list(response.updates.all()) if response else []  # Update orders newest first
    if as_at is not None:
        updates = [u for u in updates if u.written_on <= as_at.end]
    latest = next(iter(updates), None)
    written = (finding_narrative or {}).get(str(finding.pk), "")
    force_response = written or (response.narrative if response else "") or (latest.text if latest else "")
    if as_at is not None and response is not None:
        status, rag = as_at.status_label(response), as_at.rag_label(response)
    else:
        status = response.get_status_display() if response else "Not yet in the register"
        rag = response.get_rag_display() if response and response.rag else ""
    return {
        "id": finding.pk,
        "restricted": f"finding-{finding.pk}" in restricted,
        "theme": finding.theme,
        "kind": finding.get_kind_display(),
        "ref": finding.ref,
        "label": finding.label,
        "text": finding.text,
        "due": finding.due_text,
        "portfolio": str(response.portfolio) if response and response.portfolio else "",
        "business_area": str(response.business_area) if response and response.business_area else "",
        "board": str(response.board) if response and response.board else "",
        "owner": str(response.owner) if response and response.owner else "",
        "status": status,
        "rag": rag,
        "response": force_response,
        "register_response": (response.narrative if response else "") or (latest.text if latest else ""),
        # Printed only when it says something the force response does not.
        "latest_update": latest.text if latest and latest.text != force_response else "",
        "latest_update_on": long_date(latest.written_on) if latest and latest.text != force_response else "",
    }


def progress_section(org_ids, start, end, section_number, as_at=None, in_reports=(), restricted=(),
                     finding_narrative=None):
    """Findings of reports published before the period whose progress was updated in it (seed 002's update
    on the PEEL 2017 report: each finding as printed, then what the force has done)."""
    updates = (
        Update.objects.filter(response__organisation_id__in=org_ids, written_on__gte=start, written_on__lte=end,
                              response__finding__text_is_printed=True)
        # An undated report is not "earlier": the paper asks for its date (undated_reports) or includes it.
        .filter(response__finding__report__published_on__lt=start)
        .exclude(response__finding__report_id__in=in_reports)
        .exclude(response__status=Response.Status.DRAFT)
        .select_related("response__finding__report", "response__portfolio", "response__business_area",
                        "response__board", "response__owner")
        .order_by("response__finding__report__published_on", "response__finding__report_id",
                  "response__finding__position", "response__finding_id", "-written_on", "-id")
    )
    reports = {}
    for update in updates:
        response = update.response
        finding = response.finding
        entry = reports.setdefault(finding.report_id, {
            "title": finding.report.title,
            "published_on": long_date(finding.report.published_on),
            "findings": {},
        })
        if finding.pk in entry["findings"]:
            continue  # the latest update in the period is the one printed
        entry["findings"][finding.pk] = {
            "id": finding.pk,
            "restricted": f"finding-{finding.pk}" in restricted,
            "theme": finding.theme,
            "label": finding.label,
            "text": finding.text,
            "portfolio": str(response.portfolio) if response.portfolio else "",
            "business_area": str(response.business_area) if response.business_area else "",
            "board": str(response.board) if response.board else "",
            "status": as_at.status_label(response) if as_at else response.get_status_display(),
            "rag": update.get_rag_display() if update.rag else (as_at.rag_label(response) if as_at else ""),
            # Not "update": Jinja (the Word templates) would find dict.update before the key. What the
            # writer put in the paper's own words wins over the register's latest update.
            "progress": (finding_narrative or {}).get(str(finding.pk)) or update.text,
            "register_response": update.text,
            "progress_on": long_date(update.written_on),
        }
    return [
        {**entry, "number": f"{section_number}.{n}", "findings": list(entry["findings"].values())}
        for n, entry in enumerate(reports.values(), start=1)
    ]


def end_of(day):
    """The last moment of `day` in the project's time zone: history stamped that day counts."""
    return timezone.make_aware(datetime.combine(day, time.max))


class AsAt:
    """Each response of the committee's organisations as it stood at the end of `end`, from its dated
    history: status from its Transition rows, RAG from its dated Updates. A paper regenerated next
    year says the same; a response whose report and history all come after `end` did not exist yet."""

    def __init__(self, org_ids, end):
        self.end = end
        cutoff = end_of(end)
        responses = (
            Response.objects.filter(organisation_id__in=org_ids, archived_at__isnull=True)
            .exclude(status=Response.Status.DRAFT)
            .select_related("finding__report", "owner", "portfolio", "business_area", "board")
            .prefetch_related(
                Prefetch("transitions", queryset=Transition.objects.order_by("at", "id"), to_attr="all_transitions"),
                Prefetch("updates", queryset=Update.objects.order_by("-written_on", "-id"), to_attr="all_updates"),
            )
            .order_by("finding__report__published_on", "finding__position", "id")
        )
        self.rows = []
        self.by_pk = {}
        self.cutoff = cutoff
        for r in responses:
            status = self.status_of(r)
            if status is None:
                continue
            rag = next((u.rag for u in r.all_updates if u.rag and u.written_on <= end), "")
            if not rag and not any(u.rag for u in r.all_updates) and r.status_changed_at \
                    and r.status_changed_at <= cutoff:
                rag = r.rag  # no dated RAG history: the current RAG, dated by the last status change
            self.rows.append((r, status, rag))
            self.by_pk[r.pk] = (status, rag)

    def status_of(self, response):
        published = response.finding.report.published_on
        if published and published > self.end:
            return None  # its report was not yet published
        past = [t for t in response.all_transitions if t.at <= self.cutoff]
        if past:
            return past[-1].target
        if not response.all_transitions and response.status_changed_at and response.status_changed_at <= self.cutoff:
            return response.status  # no recorded history: its status is dated by status_changed_at alone
        if published and published <= self.end:
            return Response.Status.OPEN  # confirmed with no status change yet by the period's end
        return None

    def active(self):
        return [(r, s, rag) for r, s, rag in self.rows if s in ACTIVE_STATUSES]

    def status_label(self, response):
        status, _rag = self.by_pk.get(response.pk, (None, ""))
        return Response.Status(status).label if status else "Not yet in the register"

    def rag_label(self, response):
        _status, rag = self.by_pk.get(response.pk, (None, ""))
        return Response.Rag(rag).label if rag else ""

    def red(self):
        return [r for r, _s, rag in self.active() if rag == Response.Rag.RED]

    def overdue(self):
        out = []
        for r, _s, _rag in self.active():
            due = r.target_on or r.finding.due_on
            if due and due < self.end:
                out.append(r)
        return out


def grouped(responses, restricted=()):
    """Red or overdue findings, one row per report and portfolio: a committee reads who holds what, and
    a paper with hundreds of rows would be neither readable nor quick to typeset."""
    groups = {}
    for response in responses:
        finding = response.finding
        key = (finding.report_id, response.portfolio_id)
        row = groups.setdefault(key, {
            "report": finding.report.title,
            "portfolio": str(response.portfolio) if response.portfolio else "No portfolio",
            "business_areas": [],
            "findings": [],
            "restricted_findings": [],  # labels the public version leaves out
            "count": 0,
            "due_on_iso": "",
        })
        row["findings"].append(finding.label)
        if f"finding-{finding.pk}" in restricted:
            row["restricted_findings"].append(finding.label)
        row["count"] += 1
        area = str(response.business_area) if response.business_area else ""
        if area and area not in row["business_areas"]:
            row["business_areas"].append(area)
        due = iso(response.due_on)
        if due and (not row["due_on_iso"] or due < row["due_on_iso"]):
            row["due_on_iso"] = due
    rows = list(groups.values())
    for row in rows:
        row["findings_text"] = "; ".join(row["findings"])
        row["owner"] = ", ".join([row["portfolio"], *row["business_areas"]])
        row["due_on"] = long_date(date.fromisoformat(row["due_on_iso"])) if row["due_on_iso"] else ""
    return rows


def monitoring_section(org_ids, start, end, as_at=None):
    """The monitoring phase now, its changes, and the causes of concern behind it (seed 003 §2)."""
    since = start - timedelta(days=MONITORING_LOOKBACK_DAYS)
    phases = list(
        MonitoringPhase.objects.filter(organisation_id__in=org_ids, started_on__lte=end)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=since))
        .order_by("started_on", "id")
        .prefetch_related("causes__children__responses", "causes__responses")
    )
    current = next((p for p in reversed(phases) if not p.ended_on or p.ended_on >= end), None)
    events = []
    for before, phase in zip([None, *phases], phases, strict=False):
        name = phase.get_phase_display()
        if phase.phase == MonitoringPhase.Phase.SCAN and before is not None:
            text = f"Returned to the default phase of monitoring, {name}"
        else:
            text = f"Entered {name}"
        if phase.reason:
            text += f": {sentence(phase.reason)}"
        events.append(event(phase.started_on, text, start, end))
    causes = []
    seen = set()
    for phase in phases:
        for cause in phase.causes.all():
            if cause.pk in seen:
                continue
            seen.add(cause.pk)
            causes.append(cause_entry(cause, org_ids, as_at))
    closed_by_date = defaultdict(list)
    for cause in causes:
        if cause["closed_on_iso"]:
            closed_by_date[cause["closed_on_iso"]].append(cause["name"])
    for day, names in closed_by_date.items():
        when = date.fromisoformat(day)
        text = f"HMICFRS closed {plural(len(names), 'cause of concern', 'causes of concern')} ({'; '.join(names)})"
        events.append(event(when, text, start, end))
    events.sort(key=lambda e: e["date_iso"])
    return {
        "current": current.get_phase_display() if current else "",
        "current_since": long_date(current.started_on) if current else "",
        "phases": [
            {
                "phase": p.get_phase_display(),
                "started_on": long_date(p.started_on),
                "ended_on": long_date(p.ended_on),
                "reason": p.reason,
            }
            for p in phases
        ],
        "events": events,
        "causes_of_concern": causes,
        "open_causes": sum(1 for c in causes if not c["closed"]),
    }


def sentence(text):
    """Text the templates follow with a full stop, without its own."""
    return text.strip().rstrip(".")


def event(when, text, start, end):
    return {"date": long_date(when), "date_iso": iso(when), "text": sentence(text), "in_period": start <= when <= end}


def cause_entry(cause, org_ids, as_at=None):
    """A cause of concern with its closure date and how many of its recommendations remain open, as at the
    period's end."""
    def status(r):
        return as_at.by_pk.get(r.pk, (None, ""))[0] if as_at else r.status

    response = next((r for r in cause.responses.all() if r.organisation_id in org_ids), None)
    closed_on = closure_date(response) if response else None
    if as_at and closed_on and closed_on > as_at.end:
        closed_on = None
    children = [r for c in cause.children.all() for r in c.responses.all() if r.organisation_id in org_ids]
    closed_children = sum(1 for r in children if status(r) == Response.Status.CLOSED)
    open_children = sum(1 for r in children if status(r) in ACTIVE_STATUSES)
    return {
        "name": cause.theme or cause.ref or cause.text[:60],
        "text": cause.text if cause.text_is_printed else "",
        "closed": bool(response and status(response) == Response.Status.CLOSED),
        "closed_on": long_date(closed_on),
        "closed_on_iso": iso(closed_on),
        "recommendations_closed": closed_children,
        "recommendations_open": open_children,
    }


def closure_date(response):
    """When HMICFRS closed it: an accepted submission, else its own status history, else our workflow."""
    if response.status != Response.Status.CLOSED:
        return None
    accepted = response.closure_submissions.filter(decision="accepted").order_by("-decided_on").first()
    if accepted:
        return accepted.decided_on
    done = response.hmicfrs_events.filter(status__in=["complete", "no_further_action"]).order_by("-on").first()
    if done:
        return done.on
    moved = response.transitions.filter(target=Response.Status.CLOSED).order_by("-at").first()
    return timezone.localdate(moved.at) if moved else None


def framework_rank(framework):
    """Frameworks in the order HMICFRS introduced them (the choices are listed that way); "other" never leads."""
    values = list(Grading.Framework.values)
    return -1 if framework == Grading.Framework.OTHER else values.index(framework)


def gradings_section(org_ids, start, end, report_ids=()):
    """The latest framework's gradings as at the period's end, with last inspected and trend (seed 004).

    A framework's table carries grades from earlier years for questions it did not re-inspect
    (seed 004: "Investigating crime, Good, 2016"), so "last inspected" is the year of each grading.
    """
    known = Grading.objects.filter(organisation_id__in=org_ids, published_on__lte=end)
    # The table is printed with the report that published it: a paper whose period saw no new
    # gradings does not reprint an old framework's table (the December 2024 paper, 2018/19 grades).
    new = known.filter(Q(report_id__in=report_ids) | Q(report__published_on__range=(start, end))
                       | Q(report__isnull=True, published_on__range=(start, end)))
    frameworks = set(new.values_list("framework", flat=True))
    if not frameworks:
        return {"framework": "", "published_on": "", "new_in_period": False, "rows": []}
    framework = max(frameworks, key=framework_rank)
    table = list(known.filter(framework=framework).order_by("position", "id"))
    # The trend needs each area's history up to the period's end.
    history = known.filter(area__in={g.area for g in table})
    by_pk = {row.grading.pk: row for row in grading_services.rows_for(list(history))}
    rows = []
    pillars_seen = set()
    for g in table:
        is_pillar = bool(g.pillar) and g.area.lower() == g.pillar.lower()
        if g.pillar and not is_pillar and g.pillar.lower() not in pillars_seen:
            # A pillar whose overall grade the register does not hold still heads its questions.
            rows.append({"is_pillar": True, "area": g.pillar, "grade": "", "last_inspected": "", "trend": "",
                         "trend_words": ""})
        if g.pillar:
            pillars_seen.add(g.pillar.lower())
        row = by_pk[g.pk]
        rows.append({
            "is_pillar": is_pillar,
            "area": g.area,
            "grade": g.get_grade_display(),
            # seed 004 prints no year on a pillar's overall grade.
            "last_inspected": "" if is_pillar else str(g.published_on.year),
            "trend": row.arrow,
            "trend_words": row.trend_words,
        })
    latest = max(g.published_on for g in table)
    # Gradings are dated by the year they were last inspected; the report that published the table
    # says when it was published, if the register knows.
    reports = Report.objects.filter(pk__in={g.report_id for g in table if g.report_id}, published_on__isnull=False)
    published = max((r.published_on for r in reports), default=None)
    return {
        "framework": Grading.Framework(framework).label,
        "published_on": long_date(published),
        "new_in_period": start <= (published or latest) <= end,
        "rows": rows,
    }


def closures_section(org_ids, start, end, since_iso=None):
    """Submissions for closure that HMICFRS closed, by finding kind and portal level, since a chosen date,
    with those still awaiting its decision as "(+N)" on the total (seed 003 §3.2: "170 (+4)")."""
    since = date.fromisoformat(since_iso) if since_iso else None
    qs = ClosureSubmission.objects.filter(response__organisation_id__in=org_ids, submitted_on__lte=end)
    if since:
        qs = qs.filter(submitted_on__gte=since)
    rows = defaultdict(lambda: {"closed": 0, "closed_in_period": 0, "awaiting": 0, "submitted_in_period": 0})
    levels = {}
    for kind, code, position, submitted_on, decision, decided_on in qs.values_list(
        "response__finding__kind", "level__code", "level__position", "submitted_on", "decision", "decided_on"
    ):
        row = rows[(kind, code)]
        levels[code] = position
        decided = decided_on is not None and decided_on <= end  # as the period's end saw it
        if decided and decision == ClosureSubmission.Decision.ACCEPTED:
            row["closed"] += 1
            row["closed_in_period"] += int(decided_on >= start)
        elif not decided:
            row["awaiting"] += 1
        row["submitted_in_period"] += int(submitted_on >= start)
    # Higher levels first within a kind, as seed 003 prints them.
    ordered = sorted(rows, key=lambda k: (KIND_ORDER.get(k[0], 9), -levels[k[1]], [-ord(c) for c in k[1]]))
    table = [
        {"kind": KIND_SHORT.get(kind, kind), "level": code, "label": f"{KIND_SHORT.get(kind, kind)} {code}",
         **rows[(kind, code)]}
        for kind, code in ordered
    ]
    total = sum(r["closed"] for r in table)
    awaiting = sum(r["awaiting"] for r in table)
    return {
        "since": long_date(since),
        "since_iso": iso(since),
        "since_label": f"since {date_format(since, 'F Y')}" if since else "to date",
        "rows": table,
        "total": total,
        "closed_in_period": sum(r["closed_in_period"] for r in table),
        "submitted_in_period": sum(r["submitted_in_period"] for r in table),
        "awaiting": awaiting,
        "total_text": f"{total} (+{awaiting})" if awaiting else str(total),
    }


def activities_section(org_ids, start, end):
    """Inspection activity under way or completed in the period, and what is forthcoming after it."""
    qs = InspectionActivity.objects.filter(organisation_id__in=org_ids).order_by("starts_on", "id")
    recent = qs.filter(starts_on__lte=end).filter(
        Q(ends_on__gte=start) | Q(ends_on__isnull=True, starts_on__gte=start)
    ).exclude(kind=InspectionActivity.Kind.FORTHCOMING)
    # A paper looks a year ahead; anything later was not yet notified when a past paper was written.
    forthcoming = qs.filter(starts_on__gt=end, starts_on__lte=end + timedelta(days=FORTHCOMING_DAYS))
    return {"recent": [activity_entry(a, end) for a in recent], "forthcoming": [activity_entry(a, end) for a in forthcoming]}


def activity_entry(activity, end):
    if activity.ends_on and activity.ends_on != activity.starts_on:
        dates = f"{long_date(activity.starts_on)} to {long_date(activity.ends_on)}"
    else:
        dates = long_date(activity.starts_on)
    return {
        "inspection": activity.inspection,
        "kind": activity.get_kind_display(),
        "dates": dates,
        "starts_on_iso": iso(activity.starts_on),
        "place": activity.place,
        "notes": sentence(activity.notes),
        "completed": bool((activity.ends_on or activity.starts_on) <= end),
    }


def appendix(as_at, restricted=()):
    """Every finding open at the period's end, with who holds it, its status and RAG, and when it is due."""
    rows = []
    for r, status, rag in as_at.active():
        due = r.target_on or r.finding.due_on
        rows.append({
            "finding_id": r.finding_id,
            "restricted": f"finding-{r.finding_id}" in restricted,
            "report": r.finding.report.title,
            "finding": r.finding.label,
            "owner": ", ".join(x for x in [str(r.portfolio or ""), str(r.business_area or ""), str(r.owner or "")] if x)
            or "No owner yet",
            "status": Response.Status(status).label,
            "rag": Response.Rag(rag).label if rag else "",
            "due_on": long_date(due),
            "due_on_iso": iso(due),
        })
    return rows


def open_findings_section(as_at):
    """Open findings counted by portfolio and status as at the period's end: the chart's figures and its
    accessible table."""
    statuses = [s for s in Response.Status if s.value in ACTIVE_STATUSES]
    counts = Counter((r.portfolio.name if r.portfolio else None, status) for r, status, _rag in as_at.active())
    portfolios = sorted({p or "" for p, _ in counts}, key=lambda p: (p == "", p))
    rows = []
    for portfolio in portfolios:
        cells = [counts[(portfolio or None, s.value)] for s in statuses]
        rows.append({"portfolio": portfolio or "No portfolio", "counts": cells, "total": sum(cells)})
    totals = [sum(r["counts"][i] for r in rows) for i in range(len(statuses))]
    return {
        "as_at": long_date(as_at.end),
        "statuses": [s.label for s in statuses],
        "status_keys": [s.value for s in statuses],
        "rows": rows,
        "totals": totals,
        "total": sum(totals),
    }
