"""Import a register: each row is read, checked, and applied through the domain's services.

All or nothing by default: an import first checks every row (a dry run: each batch goes through the
same services as the import, its new rows rehearsed rather than sent (core.inserts.rehearsed), its
other writes rolled back; a row the bulk write refuses is retried in its own savepoint so that every
bad row is found and named); if any row is bad nothing is written. It then writes batch by batch, each batch committed with
the run's checkpoint (Importer.run). With `partial`, the good rows are kept and the refused ones
listed (the page gives them back as a file with the reason of each).

What the file names and Oversight does not have (a person, a portfolio, a report) is never created
silently: the dry run lists it with what will be done (`choices`, which the person sees and changes
in the preview), and a row is refused, not the file, when no choice allows it.
"""

from dataclasses import dataclass, field

from auditlog.context import set_actor
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction
from django.db.models import OuterRef, Subquery

from oversight.accounts import access
from oversight.accounts.models import User
from oversight.core import inserts
from oversight.core.batch import deferred
from oversight.core.exceptions import InvalidInput, NotAllowed, StaleEdit
from oversight.reports import services as report_services
from oversight.reports.models import Finding, Report
from oversight.reports.services import normalise_title
from oversight.responses.models import Response, Update

from . import rowlist, values
from .columns import KIND_FROM_HEADER, LABELS, normalise
from .dates import NotADate, parse_date
from .references import CREATE, LISTS, REFUSE, References, RowError
from .vocabulary import STATUS_LABELS, Vocabulary

# The forward path of a response: an import may take an existing response forward, never back.
FORWARD = ["draft", "open", "in_progress", "awaiting_sign_off", "submitted", "closed"]
TERMINAL = {"closed", "superseded", "not_applicable"}
# Merged cells arrive as one value then blanks; report columns carry down to the rows below.
CARRIED = ("report_title", "published_on")
# Rows written together: one statement per table per batch. 1,000 rows hold SQLite's write lock for
# under a second; against 500, 9% faster on PostgreSQL (fewer per-batch statements and commits).
BATCH = 1000
KEPT_CHANGES = 2000  # rows whose changes the preview lists field by field
# PostgreSQL plans from statistics that autovacuum renews only now and then: an import into empty
# tables kept planning them as nearly empty, scanned every response of the organisation for each
# batch's lookup and slowed as it went (961 rows a second at 10,000 rows, 396 at 100,000). Analysed
# again each time the rows written grow by half: statistics within 1.5 times the truth, and 8
# ANALYZEs for 100,000 rows rather than one every 10 batches (20, each slower as the tables grew).
ANALYZE_FIRST, ANALYZE_GROWTH = 5000, 1.5  # rows written
ANALYZED = ("responses_response", "reports_finding", "responses_update", "search_searchdocument")
# Columns kept as text of a bounded length: a longer cell is refused on its row (PostgreSQL would
# refuse the whole batch; SQLite would keep it whole).
LENGTHS = {"ref": Finding._meta.get_field("ref").max_length, "report_title": Report._meta.get_field("title").max_length}


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
    partial: bool = False
    changes: list = field(default_factory=list)  # [{"row", "result", "fields": [[label, before, after]]}]
    to_create: dict = field(default_factory=dict)  # what the file names that Oversight lacks (see Importer)
    words: list = field(default_factory=list)  # the status and RAG words met, with their meaning
    created_items: dict = field(default_factory=dict)  # what the import created: {"people": [names], ...}
    # Every row by result, as ranges (interop.rowlist): the preview's paged lists.
    results: dict = field(default_factory=lambda: {"created": [], "updated": [], "unchanged": []})

    @property
    def ok(self):
        return not self.problems

    @property
    def refused(self):
        return len({p.row for p in self.problems})

    @classmethod
    def restored(cls, written, *, partial):
        """The outcome an earlier attempt had committed up to its checkpoint (Outcome.as_dict())."""
        return cls(rows=written.get("rows", 0), created=written.get("created", 0), updated=written.get("updated", 0),
                   unchanged=written.get("unchanged", 0), partial=partial, changes=written.get("changes", []),
                   problems=[Problem(p["row"], p["column"], p["message"]) for p in written.get("problems", [])],
                   created_items=written.get("created_items", {}),
                   results=written.get("results") or {"created": [], "updated": [], "unchanged": []})

    @property
    def imported(self):
        return self.created + self.updated + self.unchanged

    def as_dict(self):
        return {"rows": self.rows, "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "committed": self.committed, "partial": self.partial, "refused": self.refused,
                "changes": self.changes, "to_create": self.to_create, "words": self.words,
                "created_items": self.created_items, "imported": self.imported, "results": self.results,
                "problems": [{"row": p.row, "column": p.column, "message": p.message} for p in self.problems]}


class _RollBack(Exception):
    pass


# What the services and the database may refuse a row with (explain() turns each into words).
REFUSALS = (RowError, NotAllowed, InvalidInput, StaleEdit, ValidationError, IntegrityError, DataError)


def _shown(value):
    if value is None or value == "":
        return ""
    if hasattr(value, "get_full_name"):
        return value.get_full_name() or value.get_username()
    return str(getattr(value, "name", value))


class Importer(References):
    """`choices` are the person's answers to the preview (see interop.services.CHOICES): the meaning
    of status and RAG words, and for each unknown person, list item and report whether to create it
    or use an existing one. Without an answer, `create` decides (the page and `--commit` create,
    `--no-create` refuses the row)."""

    def __init__(self, register, mapping, *, organisation, by, choices=None, create=True, source=""):
        self.register = register
        self.mapping = {header: f for header, f in mapping.items() if f}
        self.column_of = {f: header for header, f in self.mapping.items()}
        self.organisation = organisation
        self.by = by
        self.choices = choices or {}
        self.default = CREATE if create else REFUSE
        self.source = source or "a register"
        self.vocabulary = Vocabulary(self.choices)
        self.people = values.People(organisation, by)
        self.members = access.visible(User.objects.filter(memberships__organisation=organisation), by)
        self.reports, self.lists, self.indexes, self.seen, self.carried = {}, {}, {}, {}, {}
        self.unknown = {"people": {}, "reports": {}, **{f: {} for f in LISTS}}
        self.created = {"people": {}, "reports": {}, **{f: {} for f in LISTS}}
        self.row_created = []
        self._titles = self._visible = None
        self.made_reports, self.dry_run = set(), False
        self.after, self.checkpoint = 0, None
        self.written_rows, self.analyze_at = 0, ANALYZE_FIRST

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
        for f, limit in LENGTHS.items():
            if len(row.get(f) or "") > limit:
                problems.append((self.column(f), f"{LABELS[f]} is {len(row[f]):,} characters long; Oversight keeps at most {limit}"))
        if not row.get("report_title"):
            problems.append((self.column("report_title"), "Give the report's title"))
        if not row.get("text") and not row.get("ref"):
            problems.append((self.column("text"), "Give the finding's text or its reference"))
        kind = values.kind(row.get("kind", "")) if row.get("kind") else None
        if row.get("kind") and not kind:
            problems.append((self.column("kind"), f'"{row["kind"]}" is not a recommendation, area for improvement or cause of concern'))
        row["kind"] = kind or values.kind_from_ref(row.get("ref", "")) or KIND_FROM_HEADER.get(
            normalise(self.column_of.get("text", "")), "recommendation")
        for f, parse, words in (("status", self.vocabulary.status, "a status Oversight knows"),
                                ("rag", self.vocabulary.rag, "red, amber or green")):
            if row.get(f):
                parsed = parse(row[f])
                if not parsed:
                    problems.append((self.column(f), f'"{row[f]}" is not {words}; say what it means in the preview'))
                row[f] = parsed
        if row.get("ref"):
            key = (normalise_title(row["report_title"]), row["kind"], row["ref"].lower())
            if key in self.seen:
                problems.append((self.column("ref"), f'Reference "{row["ref"]}" appears again (first on row {self.seen[key]})'))
            else:
                self.seen[key] = number
        if problems:
            raise ExceptionGroup("row", [RowError(c, m) for c, m in problems])
        return row

    # --- What the file names: people, list items, reports -------------------------------------------

    def index(self, report):
        """The report's findings and this organisation's responses to them, loaded once per report.

        Looking rows up here rather than one query each keeps large imports fast.
        """
        if report.pk not in self.indexes:
            latest = Update.objects.filter(response=OuterRef("pk")).order_by("-written_on", "-id").values("text")[:1]
            responses = {r.finding_id: r for r in Response.objects.filter(
                finding__report=report, organisation=self.organisation).select_related("owner", "portfolio",
                "business_area", "board").annotate(latest_update_text=Subquery(latest)).order_by()}
            findings = {}
            for finding in Finding.objects.filter(report=report).order_by("id"):
                findings.setdefault((finding.kind, finding.ref.lower() or finding.text), finding)
            self.indexes[report.pk] = (findings, responses)
        return self.indexes[report.pk]

    def forget(self, everything=False):
        """After a row is rolled back, cached records it created do not exist: reload on demand."""
        self.reports, self.lists, self.indexes = {}, {}, {}
        if everything:  # a dry run's batch rolled back: people it added are gone too
            self.people = values.People(self.organisation, self.by)
            self._titles = self._visible = None
        for kind, key, written in self.row_created:
            if kind == "reports":  # a report the row created is gone: read what may be matched again
                self._titles = self._visible = None
            self.created[kind].pop(key, None)
            if written is not None:
                self.people.by_key.pop(values.person_key(written), None)
        self.row_created = []

    def finding_for(self, row, number):
        report = self.report_for(row, number)
        findings, _ = self.index(report)
        key = (row["kind"], row.get("ref", "").lower() or row.get("text"))
        finding = findings.get(key)
        created = finding is None
        changes = []
        if created:
            finding = report_services.add_finding(
                report, by=self.by, organisation=self.organisation, kind=row["kind"], ref=row.get("ref", ""),
                text=row.get("text") or row.get("ref"), due_on=row.get("due_on"), position=number)
            findings[key] = finding
        else:
            # The printed text and deadline are the report's; reports.services refuses to change them
            # where other organisations rely on the report (issue 15: one force rewrote another's).
            wanted = {}
            if row.get("text") and row["text"] != finding.text:
                wanted["text"] = row["text"]
            if "due_on" in self.column_of and row.get("due_on") and row["due_on"] != finding.due_on:
                wanted["due_on"] = row["due_on"]
            changes = [[LABELS[f if f != "text" else "text"], _shown(getattr(finding, f)), _shown(v)]
                       for f, v in wanted.items()]
            if wanted:
                finding = report_services.edit_finding(finding, wanted, by=self.by, organisation=self.organisation)
        return finding, created, changes

    def edits(self, response, row, number):
        data = {}
        if "owner" in self.column_of and row.get("owner"):
            owner = self.owner_for(row["owner"], number)
            if owner is not None and response.owner_id != owner.pk:
                data["owner"] = owner
        if "target_on" in self.column_of and row.get("target_on") and response.target_on != row["target_on"]:
            data["target_on"] = row["target_on"]
        for f in LISTS:
            if f in self.column_of and row.get(f):
                item = self.listed(f, row[f], number)
                if getattr(response, f"{f}_id") != item.id:
                    data[f] = item
        return data

    def check_status(self, response, target, created):
        """An import records history; it never takes Oversight's own record of a response back."""
        if not target or target == response.status or created:
            return
        current = response.status
        backwards = current in TERMINAL or (current in FORWARD and target in FORWARD
                                            and FORWARD.index(target) < FORWARD.index(current))
        if backwards:
            raise RowError(self.column("status"), (
                f"Oversight has this as {STATUS_LABELS[current]}; an import cannot move it back to "
                f"{STATUS_LABELS[target]}. Use the response's page."))

    def apply(self, row, number):
        """Write one checked row; returns (result, changes) with result 'created', 'updated' or 'unchanged'."""
        from oversight.responses import services

        finding, finding_created, changes = self.finding_for(row, number)
        _, responses = self.index(self.report_for(row, number))
        response = responses.get(finding.pk)
        created = response is None
        if created:
            # A new response starts as a draft (DESIGN.md §3: proposed by import, not yet confirmed)
            # with the row's owner and lists, all this organisation's; the status the register records
            # is then imported as history (responses.services.import_history).
            response, _ = services.open_response(finding, self.organisation, by=self.by, **{
                **self.edits(Response(organisation=self.organisation), row, number),
                **({"rag": row["rag"]} if row.get("rag") else {})})
            response.latest_update_text = None
            responses[finding.pk] = response
        else:
            data = self.edits(response, row, number)
            changes += [[LABELS[f], _shown(getattr(response, f)), _shown(v)] for f, v in data.items()]
            if data:
                latest = response.latest_update_text
                response = services.edit_response(response, data, by=self.by, expected_version=response.version)
                response.latest_update_text = latest
        self.check_status(response, row.get("status"), created)
        history = services.HistoryEntry(
            response=response, status=row.get("status") or "", rag=row.get("rag") or "",
            updated_on=row.get("update_on"), update_text=row.get("update") or "",
            source=f"{self.source}, row {number}", row=number)
        before = (response.status, response.rag)
        did = services.import_history([history], by=self.by)[0]
        if "status" in did:
            changes.append([LABELS["status"], STATUS_LABELS[before[0]], STATUS_LABELS[response.status]])
        if "rag" in did:
            changes.append([LABELS["rag"], before[1].title(), response.rag.title()])
        if "update" in did:
            changes.append([LABELS["update"], "", row["update"][:200]])
            response.latest_update_text = row["update"]
        if created or finding_created:
            return "created", changes
        return ("updated" if changes else "unchanged"), changes

    def run(self, *, commit, partial=False, progress=None, resume=None, checkpoint=None, checked=False):
        """Check every row (a dry run) or import. An import first checks the whole file the same way and
        writes nothing if any row is refused, unless `partial` (the good rows are kept, the refused ones
        listed), or unless `checked`: the caller vouches that this very file, mapping and answers were
        checked without a refusal and nothing they depend on has changed since (interop.services keeps
        that on the run), so checking again would only find the same; it then writes batch by batch, each batch in a transaction of its own together with
        `checkpoint(outcome, last_row)`, so no lock is held for longer than one batch and a run taken up
        again goes on from its last batch. `resume` is (last row written, outcome as written up to it).
        `progress(done, phase)` is called between batches ("checking", "importing"; it may raise to stop
        the run there) and once at the end ("checking" for a dry run, "imported")."""
        self.check_mapping()
        decision = access.can(self.by, "import_register", self.organisation)
        if not decision:
            raise NotAllowed(decision.reason)
        self.dry_run = not commit
        if commit and resume is None and not checked:  # before set_actor: auditlog's does not nest
            checked = self.again().run(commit=False, partial=partial, progress=progress)
            if checked.problems and not partial:
                return checked
        with set_actor(self.by):
            if not commit:
                outcome = Outcome(partial=partial)
                self._rows(outcome, progress, phase="checking")
            else:
                outcome = Outcome.restored(resume[1], partial=partial) if resume else Outcome(partial=partial)
                self.after, self.checkpoint = (resume[0] if resume else 0), checkpoint
                self._rows(outcome, progress, phase="importing")
                with transaction.atomic():
                    for report in {r.pk: r for r in self.reports.values()}.values():
                        report_services.ensure_statutory_response(report, self.organisation, by=self.by)
                outcome.committed = True
        self._summarise(outcome)
        if progress:  # "imported": every row is written, so a stop asked now comes too late
            progress(outcome.rows, "imported" if commit else "checking")
        return outcome

    def again(self):
        """A new importer for the same file and answers (the check before an import keeps nothing)."""
        return Importer(self.register, self.mapping, organisation=self.organisation, by=self.by,
                        choices=self.choices, create=self.default == CREATE, source=self.source)

    def _rows(self, outcome, progress, *, phase):
        batch, rows, number = [], 0, self.after
        for number, cells in self.register.rows():
            rows += 1
            if number <= self.after:  # read again for what carries down, not written again
                try:
                    self.read(number, cells)
                except ExceptionGroup:
                    pass
                continue
            outcome.rows = max(outcome.rows, rows)
            row = self._read(number, cells, outcome)
            if row is not None:
                batch.append((number, row))
            if len(batch) >= BATCH:
                self._batch(batch, outcome, last=number)
                batch = []
                if progress:  # between batches: nothing is held, and a stop leaves no batch half done
                    progress(rows, phase)
        self._batch(batch, outcome, last=number)
        outcome.rows = max(outcome.rows, rows)

    def _summarise(self, outcome):
        outcome.problems.sort(key=lambda p: p.row)  # read problems are found before a batch's writes
        outcome.words = [{**w, "value": str(w["value"])} for w in self.vocabulary.table()]
        outcome.to_create = {kind: list(found.values()) for kind, found in self.unknown.items()}
        earlier = outcome.created_items  # what an earlier attempt of this import created (Outcome.restored)
        outcome.created_items = {kind: sorted(set(earlier.get(kind, [])) | set(self.created.get(kind, {}).values()))
                                 for kind in {*earlier, *self.created} if earlier.get(kind) or self.created.get(kind)}

    def _read(self, number, cells, outcome):
        try:
            return self.read(number, cells)
        except ExceptionGroup as group:
            outcome.problems.extend(Problem(number, e.column, e.message) for e in group.exceptions)
            return None

    def _batch(self, batch, outcome, *, last):
        """Write checked rows in bulk (one statement per table per batch); if the bulk write is refused,
        it is undone and the rows are written one by one so each refusal names its row.

        Each batch is a transaction of its own. A dry run rolls it back at once (nothing it wrote is
        kept, so everything cached from the batch is forgotten); an import commits it together with
        its checkpoint. Either way SQLite's write lock is held for one batch at a time, so people can
        sign in while a big file is checked or imported."""
        if not batch:
            return
        if not self.dry_run:
            with transaction.atomic():
                with deferred():  # audit entries and search documents at the batch's end
                    self._write(batch, outcome)
                if self.checkpoint:
                    self.checkpoint(outcome, last)
            self.written_rows += len(batch)
            if self.written_rows >= self.analyze_at:
                _analyze()
                self.analyze_at = self.written_rows * ANALYZE_GROWTH
            return
        try:  # rehearsed: new rows are prepared and checked, not sent (core.inserts.rehearsed)
            with transaction.atomic(), deferred(write=False), inserts.rehearsed() as rehearsal:
                written = _rows_written()
                self._write(batch, outcome)
                changed_anything = rehearsal.rows or _rows_written() != written
                raise _RollBack
        except _RollBack:
            # What was read for the batch stays true when it changed nothing (a file that matches the
            # register): reading every report's findings and responses again for each batch made
            # checking such a file slower than importing it.
            if changed_anything:
                self.forget(everything=True)

    def _write(self, batch, outcome):
        self.row_created = []
        try:
            with transaction.atomic(), deferred():
                results, refused = self.bulk(batch)
        except REFUSALS:
            self.forget()
            for number, row in batch:
                self._one(number, row, outcome)
            return
        outcome.problems.extend(refused)
        for number, result, changes in results:
            self._count(outcome, number, result, changes)
        # The batch's records are written: release what was cached for them (a 100,000-row file
        # would otherwise keep every finding and response in memory to the end).
        if len(self.indexes) > 20:
            self.indexes = {}

    def _count(self, outcome, number, result, changes):
        setattr(outcome, result, getattr(outcome, result) + 1)
        rowlist.add(outcome.results[result], number)
        if result != "unchanged" and len(outcome.changes) < KEPT_CHANGES:
            outcome.changes.append({"row": number, "result": result, "fields": changes})

    def _one(self, number, row, outcome):
        self.row_created = []
        try:
            with transaction.atomic(), deferred():
                result, changes = self.apply(row, number)
        except REFUSALS as error:
            self.forget()
            outcome.problems.append(Problem(number, *self.explain(error)))
        else:
            self._count(outcome, number, result, changes)

    def bulk(self, batch):
        """The rows of `batch` as apply() would write them, in bulk: references resolved row by row
        (a row naming what cannot be used is refused on its own), then new findings, new responses
        and every row's history each in one call of its service."""
        from oversight.responses import services

        refused, ready = [], []
        for number, row in batch:
            try:
                report = self.report_for(row, number)
                refs = self.references(row, number)
            except RowError as error:
                refused.append(Problem(number, error.column, error.message))
                continue
            ready.append((number, row, report, refs))
        # New findings, per report, through reports.services.add_findings.
        wanted = {}
        for number, row, report, _refs in ready:
            findings, _ = self.index(report)
            key = (row["kind"], row.get("ref", "").lower() or row.get("text"))
            if key not in findings and (report.pk, key) not in wanted:
                wanted[(report.pk, key)] = (report, number, {
                    "kind": row["kind"], "ref": row.get("ref", ""), "text": row.get("text") or row.get("ref"),
                    "due_on": row.get("due_on"), "position": number})
        by_report = {}
        for (report_pk, key), (report, _number, values_) in wanted.items():
            by_report.setdefault(report_pk, (report, []))[1].append((key, values_))
        new_findings = set()
        for report, pairs in by_report.values():
            made = report_services.add_findings(report, [v for _, v in pairs], by=self.by,
                                                organisation=self.organisation)
            findings, _ = self.index(report)
            for (key, _), finding in zip(pairs, made, strict=True):
                findings[key] = finding
                new_findings.add(finding.pk)
        # Each row's finding (changed ones through edit_finding) and its response, new ones in bulk.
        rows, openings, opening = [], [], set()
        for number, row, report, refs in ready:
            findings, responses = self.index(report)
            finding = findings[(row["kind"], row.get("ref", "").lower() or row.get("text"))]
            changes = []
            if finding.pk not in new_findings:
                finding, _, changes = self._edit_finding(finding, row)
            response = responses.get(finding.pk)
            if response is None and finding.pk not in opening:
                opening.add(finding.pk)
                values_ = {k: v for k, v in refs.items() if v is not None}
                if "target_on" in self.column_of and row.get("target_on"):
                    values_["target_on"] = row["target_on"]
                if row.get("rag"):  # recorded with the new response; its history then repeats nothing
                    values_["rag"] = row["rag"]
                openings.append((finding, values_))
            rows.append([number, row, report, refs, finding, changes])
        with inserts.held(Response):  # each new response written once, with its history in
            if openings:
                for response in services.open_responses(openings, self.organisation, by=self.by):
                    response.latest_update_text = None
                    self.index(response.finding.report)[1][response.finding_id] = response
                    response.just_opened = True
            histories, results = [], []
            for number, row, report, refs, finding, changes in rows:
                response = self.index(report)[1][finding.pk]
                created = getattr(response, "just_opened", False) or finding.pk in new_findings
                if not getattr(response, "just_opened", False):
                    data = {f: v for f, v in refs.items() if v is not None and getattr(response, f"{f}_id") != v.pk}
                    data.update({f: row[f] for f in ("target_on",) if f in self.column_of and row.get(f)
                                 and response.target_on != row[f]})
                    changes += [[LABELS[f], _shown(getattr(response, f)), _shown(v)] for f, v in data.items()]
                    if data:
                        latest = response.latest_update_text
                        response = services.edit_response(response, data, by=self.by, expected_version=response.version)
                        response.latest_update_text = latest
                        self.index(report)[1][finding.pk] = response
                    self.check_status(response, row.get("status"), False)
                histories.append(services.HistoryEntry(
                    response=response, status=row.get("status") or "", rag=row.get("rag") or "",
                    updated_on=row.get("update_on"), update_text=row.get("update") or "",
                    source=f"{self.source}, row {number}", row=number))
                results.append((number, response, created, changes, (response.status, response.rag)))
            did_all = services.import_history(histories, by=self.by)
        out = []
        for (number, response, created, changes, before), did, history in zip(results, did_all, histories,
                                                                                 strict=True):
            response.just_opened = False
            if "status" in did:
                changes.append([LABELS["status"], STATUS_LABELS[before[0]], STATUS_LABELS[response.status]])
            if "rag" in did:
                changes.append([LABELS["rag"], before[1].title(), response.rag.title()])
            if "update" in did:
                changes.append([LABELS["update"], "", history.update_text[:200]])
                response.latest_update_text = history.update_text.strip()
            out.append((number, "created" if created else ("updated" if changes else "unchanged"), changes))
        return out, refused

    def _edit_finding(self, finding, row):
        wanted = {}
        if row.get("text") and row["text"] != finding.text:
            wanted["text"] = row["text"]
        if "due_on" in self.column_of and row.get("due_on") and row["due_on"] != finding.due_on:
            wanted["due_on"] = row["due_on"]
        changes = [[LABELS[f], _shown(getattr(finding, f)), _shown(v)] for f, v in wanted.items()]
        if wanted:
            finding = report_services.edit_finding(finding, wanted, by=self.by, organisation=self.organisation)
        return finding, False, changes

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
        if isinstance(error, DataError):
            return "", "A value in this row is longer than Oversight keeps"
        return "", str(error)


def _rows_written():
    """A count of the rows the connection has inserted, updated or deleted so far (in this transaction
    on PostgreSQL, savepoints included), or None where the database does not say (always "changed")."""
    from django.db import connection

    sql = {"postgresql": "SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables",
           "sqlite": "SELECT total_changes()"}.get(connection.vendor)
    if sql is None:
        return object()
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


def _analyze():
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in ANALYZED))


def import_register(register, mapping, *, organisation, by, commit, choices=None, create=True, partial=False,
                    source="", progress=None, resume=None, checkpoint=None, checked=False):
    """Import the register's rows for one organisation; with commit=False only report what would happen.
    (Importer.run says what `progress`, `resume`, `checkpoint` and `checked` are.)"""
    return Importer(register, mapping, organisation=organisation, by=by, choices=choices, create=create,
                    source=source).run(commit=commit, partial=partial, progress=progress, resume=resume,
                                       checkpoint=checkpoint, checked=checked)
