"""Import a register: each row is read, checked, and applied through the domain's services.

All or nothing: the whole file runs in one transaction, each row in its own savepoint so
that every bad row is found and named; if any row is bad, or this is a dry run, the
transaction is rolled back and nothing is written.
"""

from dataclasses import dataclass, field

from auditlog.context import set_actor
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit
from oversight.organisations.models import Board, BusinessArea, Portfolio
from oversight.reports import services as report_services
from oversight.reports.models import Finding, Report
from oversight.reports.services import normalise_title
from oversight.responses.models import Response, Update

from . import values
from .columns import KIND_FROM_HEADER, LABELS, normalise
from .dates import NotADate, parse_date

# The forward path of a response and the workflow action that takes each step (DESIGN.md §3).
FORWARD = ["draft", "open", "in_progress", "awaiting_sign_off", "submitted", "closed"]
STEP = {"draft": "confirm", "open": "start", "in_progress": "request_sign_off",
        "awaiting_sign_off": "submit", "submitted": "accept"}
SIDEWAYS = {"not_applicable": "mark_not_applicable", "superseded": "supersede"}
# Merged cells arrive as one value then blanks; report columns carry down to the rows below.
CARRIED = ("report_title", "published_on")
PROGRESS_EVERY = 1000


@dataclass
class Problem:
    row: int
    column: str
    message: str


@dataclass
class Outcome:
    """What an import did or, on a dry run or with problems, would have done."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)
    committed: bool = False

    @property
    def ok(self):
        return not self.problems

    def as_dict(self):
        return {"rows": self.rows, "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "committed": self.committed,
                "problems": [{"row": p.row, "column": p.column, "message": p.message} for p in self.problems]}


class _RollBack(Exception):
    pass


class RowError(Exception):
    def __init__(self, column, message):
        super().__init__(message)
        self.column, self.message = column, message


class Importer:
    def __init__(self, register, mapping, *, organisation, by):
        self.register = register
        self.mapping = {header: f for header, f in mapping.items() if f}
        self.column_of = {f: header for header, f in self.mapping.items()}
        self.organisation = organisation
        self.by = by
        self.people = values.People({organisation.id})
        self.reports = {}
        self.lists = {}
        self.indexes = {}
        self.seen = {}
        self.carried = {}

    def column(self, name):
        return self.column_of.get(name, LABELS.get(name, name))

    def check_mapping(self):
        missing = [LABELS[f] for f in ("report_title",) if f not in self.column_of]
        if "text" not in self.column_of and "ref" not in self.column_of:
            missing.append(f"{LABELS['text']} or {LABELS['ref']}")
        if missing:
            raise InvalidInput("Choose a column for: " + ", ".join(missing) + ".")

    def read(self, number, cells):
        """The row's values by field, checked; RowError lists every problem of the row."""
        raw = {f: cells.get(header) for header, f in self.mapping.items()}
        for f in CARRIED:
            if f in raw and values.text(raw[f]) == "" and f in self.carried:
                raw[f] = self.carried[f]
            elif f in raw:
                self.carried[f] = raw[f]
        problems = []
        row = {f: values.text(v) for f, v in raw.items()}
        for f in ("published_on", "due_on", "target_on", "update_on"):
            try:
                row[f] = parse_date(raw.get(f))
            except NotADate as error:
                problems.append((self.column(f), str(error)))
        if not row.get("report_title"):
            problems.append((self.column("report_title"), "Give the report's title"))
        if not row.get("text") and not row.get("ref"):
            problems.append((self.column("text"), "Give the finding's text or its reference"))
        kind = values.kind(row.get("kind", "")) if row.get("kind") else None
        if row.get("kind") and not kind:
            problems.append((self.column("kind"), f'"{row["kind"]}" is not a recommendation, area for improvement or cause of concern'))
        row["kind"] = kind or values.kind_from_ref(row.get("ref", "")) or KIND_FROM_HEADER.get(
            normalise(self.column_of.get("text", "")), "recommendation")
        for f, parse, words in (("status", values.status, "a status Oversight knows"), ("rag", values.rag, "red, amber or green")):
            if row.get(f):
                parsed = parse(row[f])
                if not parsed:
                    problems.append((self.column(f), f'"{row[f]}" is not {words}'))
                row[f] = parsed
        if row.get("owner"):
            row["owner"], reason = self.people.find(row["owner"])
            if reason:
                problems.append((self.column("owner"), reason))
        if row.get("ref"):
            key = (row["report_title"].lower(), row["kind"], row["ref"].lower())
            if key in self.seen:
                problems.append((self.column("ref"), f'Reference "{row["ref"]}" appears again (first on row {self.seen[key]})'))
            else:
                self.seen[key] = number
        if problems:
            raise ExceptionGroup("row", [RowError(c, m) for c, m in problems])
        return row

    def report_for(self, row):
        """The report the row names, among those this organisation may see (reports.services
        matches titles as a person would); a new one otherwise. Never another organisation's."""
        key = (normalise_title(row["report_title"]), row.get("published_on"))
        if key not in self.reports:
            matches = report_services.matching_reports(row["report_title"], by=self.by,
                                                       published_on=row.get("published_on"))
            report = matches[0] if matches else report_services.create_report(
                title=row["report_title"], kind=Report.Kind.OTHER, published_on=row.get("published_on"), by=self.by)
            self.reports[key] = report
        return self.reports[key]

    def listed(self, model, name):
        """The organisation's portfolio, business area or board of that name, added if new."""
        key = (model, name.lower())
        if key not in self.lists:
            item = model.objects.filter(organisation=self.organisation, name__iexact=name).first()
            self.lists[key] = item or model.objects.create(organisation=self.organisation, name=name)
        return self.lists[key]

    def index(self, report):
        """The report's findings and this organisation's responses to them, loaded once per report.

        Looking rows up here rather than one query each keeps large imports fast.
        """
        if report.pk not in self.indexes:
            latest = Update.objects.filter(response=OuterRef("pk")).order_by("-written_on", "-id").values("text")[:1]
            responses = {r.finding_id: r for r in Response.objects.filter(
                finding__report=report, organisation=self.organisation).annotate(
                latest_update_text=Subquery(latest)).order_by()}
            findings = {}
            for finding in Finding.objects.filter(report=report).order_by("id"):
                findings.setdefault((finding.kind, finding.ref.lower() or finding.text), finding)
            self.indexes[report.pk] = (findings, responses)
        return self.indexes[report.pk]

    def forget(self):
        """After a row is rolled back, cached records it created may not exist: reload on demand."""
        self.reports, self.lists, self.indexes = {}, {}, {}

    def finding_for(self, row, number):
        report = self.report_for(row)
        findings, _ = self.index(report)
        key = (row["kind"], row.get("ref", "").lower() or row.get("text"))
        finding = findings.get(key)
        created = finding is None
        if created:
            finding = report_services.add_finding(
                report, by=self.by, organisation=self.organisation, kind=row["kind"], ref=row.get("ref", ""),
                text=row.get("text") or row.get("ref"), due_on=row.get("due_on"), position=number)
            findings[key] = finding
        else:
            # The printed text and deadline are the report's; reports.services refuses to change them
            # where other organisations rely on the report (issue 15: one force rewrote another's).
            values = {}
            if row.get("text"):
                values["text"] = row["text"]
            if "due_on" in self.column_of and row.get("due_on"):
                values["due_on"] = row["due_on"]
            finding = report_services.edit_finding(finding, values, by=self.by, organisation=self.organisation)
        return finding, created

    def edits(self, response, row):
        data = {}
        if "owner" in self.column_of and row.get("owner") and response.owner_id != row["owner"].pk:
            data["owner"] = row["owner"]
        for f in ("rag", "target_on"):
            if f in self.column_of and row.get(f) and getattr(response, f) != row[f]:
                data[f] = row[f]
        for f, model in (("portfolio", Portfolio), ("business_area", BusinessArea), ("board", Board)):
            if f in self.column_of and row.get(f):
                item = self.listed(model, row[f])
                if getattr(response, f"{f}_id") != item.id:
                    data[f] = item
        return data

    def apply(self, row, number):
        """Write one checked row; returns 'created', 'updated' or 'unchanged'."""
        from oversight.responses import services

        finding, finding_created = self.finding_for(row, number)
        _, responses = self.index(self.report_for(row))
        response = responses.get(finding.pk)
        created = response is None
        if created:
            # A new response starts as a draft (DESIGN.md §3: proposed by import, not yet confirmed)
            # with the row's owner and lists, all this organisation's (see People and listed());
            # the row's status is then reached through the workflow, later edits through edit_response.
            response, _ = services.open_response(finding, self.organisation, by=self.by,
                                                 **self.edits(Response(organisation=self.organisation), row))
            response.latest_update_text = None
            responses[finding.pk] = response
            data = {}
        else:
            data = self.edits(response, row)
        if data:
            response = services.edit_response(response, data, by=self.by, expected_version=response.version)
        latest = getattr(response, "latest_update_text", None)
        moved = self.move_status(response, row.get("status"))
        if moved:
            response = Response.objects.get(pk=response.pk)
            responses[finding.pk] = response
        response.latest_update_text = latest
        added = self.add_update(response, row)
        if created or finding_created:
            return "created"
        return "updated" if (data or moved or added) else "unchanged"

    def add_update(self, response, row):
        if not row.get("update"):
            return False
        latest = getattr(response, "latest_update_text", None)
        if latest is not None and latest.strip() == row["update"]:
            return False
        from oversight.responses import services

        services.add_update(response, text=row["update"], rag=row.get("rag") or "",
                            written_on=row.get("update_on") or timezone.localdate(), by=self.by)
        response.latest_update_text = row["update"]
        return True

    def move_status(self, response, target):
        """Take the response to the row's status one workflow step at a time; the workflow may refuse."""
        if not target or target == response.status:
            return False
        current = response.status
        if target in SIDEWAYS:
            actions = [SIDEWAYS[target]]
        elif current in FORWARD and target in FORWARD and FORWARD.index(target) > FORWARD.index(current):
            actions = [STEP[s] for s in FORWARD[FORWARD.index(current):FORWARD.index(target)]]
        else:
            raise RowError(self.column("status"), (
                f"Oversight has this as {Response.Status(current).label}; an import cannot move it back to "
                f"{Response.Status(target).label}. Use the response's page."))
        from oversight.responses import workflow

        for action in actions:
            try:
                response = workflow.transition(response, action, by=self.by, comment="Imported from a register")
            except NotAllowed as refusal:
                raise RowError(self.column("status"), (
                    f"Cannot move to {Response.Status(target).label}: {refusal.reason}")) from refusal
        return True

    def run(self, *, commit, progress=None):
        self.check_mapping()
        decision = access.can(self.by, "import_register", self.organisation)
        if not decision:
            raise NotAllowed(decision.reason)
        outcome = Outcome()
        try:
            with set_actor(self.by), transaction.atomic():
                for number, cells in self.register.rows():
                    outcome.rows += 1
                    self._one(number, cells, outcome)
                    if progress and outcome.rows % PROGRESS_EVERY == 0:
                        progress(outcome.rows)
                if outcome.problems or not commit:
                    raise _RollBack
                for report in self.reports.values():
                    report_services.ensure_statutory_response(report, self.organisation, by=self.by)
                outcome.committed = True
        except _RollBack:
            pass
        if progress:
            progress(outcome.rows)
        return outcome

    def _one(self, number, cells, outcome):
        try:
            row = self.read(number, cells)
        except ExceptionGroup as group:
            outcome.problems.extend(Problem(number, e.column, e.message) for e in group.exceptions)
            return
        try:
            with transaction.atomic():
                result = self.apply(row, number)
        except (RowError, NotAllowed, InvalidInput, StaleEdit, ValidationError, IntegrityError) as error:
            self.forget()
            outcome.problems.append(Problem(number, *self.explain(error)))
        else:
            setattr(outcome, result, getattr(outcome, result) + 1)

    @staticmethod
    def explain(error):
        """(column, message) for a row the services or the database refused."""
        if isinstance(error, RowError):
            return error.column, error.message
        if isinstance(error, StaleEdit):
            return "", "Someone changed this response during the import; run it again"
        if isinstance(error, ValidationError):
            return "", "; ".join(error.messages)
        if isinstance(error, IntegrityError):
            return "", "This row clashes with a finding already recorded"
        return "", str(error)


def import_register(register, mapping, *, organisation, by, commit, progress=None):
    """Import the register's rows for one organisation; with commit=False only report what would happen."""
    return Importer(register, mapping, organisation=organisation, by=by).run(commit=commit, progress=progress)
