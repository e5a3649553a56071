"""The import journey's steps (upload, map, check, commit) and the exports, for views and commands."""

import io

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed

from . import checked, exporter, progress
from .columns import FIELDS, guess_mapping
from .importer import import_register
from .models import ColumnMapping, ImportRun
from .readers import Register


def _require(decision):
    if not decision:
        raise NotAllowed(decision.reason)


def saved_mapping(organisation):
    """The organisation's saved header → field choices ({} when none)."""
    found = ColumnMapping.objects.filter(organisation=organisation).first()
    return found.mapping if found else {}


@transaction.atomic
def save_mapping(organisation, mapping, *, by):
    """Remember these header → field choices for the organisation's next import."""
    _require(access.can(by, "import_register", organisation))
    unknown = {f for f in mapping.values() if f and f not in FIELDS}
    if unknown:
        raise InvalidInput(f"Unknown fields: {', '.join(sorted(unknown))}.")
    merged = {**saved_mapping(organisation), **mapping}
    ColumnMapping.objects.update_or_create(organisation=organisation,
                                           defaults={"mapping": merged, "updated_by": by})
    return merged


def start_import(upload, *, organisation, by):
    """Keep an uploaded register, refused by content if it is not .xlsx or .csv; guess its mapping."""
    _require(access.can(by, "import_register", organisation))
    register = Register(upload)  # raises InvalidInput for the wrong kind of file
    upload.seek(0)
    run = ImportRun(organisation=organisation, uploaded_by=by, original_name=upload.name[:255],
                    format=register.format, rows_estimate=register.estimate_rows(),
                    mapping=guess_mapping(register.headers, saved=saved_mapping(organisation)))
    run.file.save(f"register.{register.format}", ContentFile(upload.read()), save=False)
    run.save()
    return run


def headers_of(run):
    with run.file.open("rb") as handle:
        return Register(handle).headers


BUSY = (ImportRun.State.CHECKING, ImportRun.State.IMPORTING, ImportRun.State.COMMITTED)


def claim(run, *, commit):
    """Take the run for one check or one import: a conditional UPDATE, so of two concurrent posts
    (a double click, two tabs) exactly one goes ahead and the other is told (issue 15)."""
    state = ImportRun.State.IMPORTING if commit else ImportRun.State.CHECKING
    # A new import starts from the top; only a retry of the same attempt (tasks._go) goes on from a checkpoint.
    if not ImportRun.objects.filter(pk=run.pk).exclude(state__in=BUSY).update(state=state, checkpoint=0, written={}):
        current = ImportRun.objects.get(pk=run.pk).state
        if current == ImportRun.State.COMMITTED:
            raise InvalidInput("This file has already been imported.")
        raise InvalidInput("This file is already being checked or imported; its page shows the progress.")
    run.state, run.checkpoint, run.written = state, 0, {}
    progress.clear_stop(run)


def check_import(run, *, by, progress=None):
    """The dry run: every row read and applied, then rolled back; the outcome is kept on the run."""
    _require(access.can(by, "import_register", run.organisation))
    claim(run, commit=False)
    return _claimed_run(run, by=by, commit=False, progress=progress)


def commit_import(run, *, by, progress=None):
    """Import for real, all or nothing; once, however many times it is asked for."""
    _require(access.can(by, "import_register", run.organisation))
    claim(run, commit=True)
    return _claimed_run(run, by=by, commit=True, progress=progress)


def _claimed_run(run, *, by, commit, progress=None):
    try:
        return _run(run, by=by, commit=commit, progress=progress)
    except Stopped as stopped:
        fail(run.pk, stop_message(stopped), imported=stopped.imported)
        raise InvalidInput(stop_message(stopped)) from stopped
    except Exception:
        ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.FAILED)
        raise


def _run(run, *, by, commit, progress=None):
    """Check or import the run's file. An import commits batch by batch, each batch with the run's
    checkpoint (importer.Importer.run); a run taken up again (its worker died) goes on from there."""
    written = {"imported": run.written.get("imported", 0) if run.checkpoint else 0}

    def report(done, phase):
        asked = progress_module.stop_asked_by(run) if phase != "imported" else ""
        if asked:
            raise Stopped(asked, imported=written["imported"] if phase == "importing" else 0)
        progress_write(run, done=done, total=run.rows_estimate, phase=phase)
        if progress:
            progress(done)

    def checkpoint(outcome, last_row):  # inside the batch's transaction: both are kept, or neither
        written["imported"] = outcome.imported
        ImportRun.objects.filter(pk=run.pk).update(checkpoint=last_row, written=outcome.as_dict(),
                                                   updated_at=timezone.now())

    resume = (run.checkpoint, run.written) if commit and run.checkpoint else None
    partial = bool(run.choices.get("partial"))
    # A check seals what it checked; an import straight after it relies on it rather than checking again.
    mark = checked.audit_mark() if not commit else None
    reuse = commit and resume is None and checked.still_holds(run, by, partial=partial)
    with run.file.open("rb") as handle:
        outcome = import_register(Register(handle), run.mapping, organisation=run.organisation, by=by,
                                  commit=commit, choices=run.choices, partial=partial,
                                  source=run.original_name, progress=report, resume=resume,
                                  checkpoint=checkpoint if commit else None, checked=reuse)
    run.outcome = outcome.as_dict()
    if not commit:
        run.outcome["checked"] = checked.seal(run, by, mark=mark, outcome=outcome)
    if commit:
        run.state = ImportRun.State.COMMITTED if outcome.committed else ImportRun.State.FAILED
    else:
        run.state = ImportRun.State.PREVIEWED
    run.save(update_fields=["outcome", "state", "updated_at"])
    return outcome


progress_write = progress.write
progress_module = progress


class Stopped(Exception):
    """The person asked to stop the run: at the next batch boundary; `imported` rows were kept."""

    def __init__(self, who, *, imported=0):
        super().__init__(who)
        self.who, self.imported = who, imported


def stop_message(stopped):
    if stopped.imported:
        return (f"{stopped.who} stopped this import part-way: {stopped.imported:,} rows were imported and the "
                "rest were not. Check the file again to import the rest (the rows already imported show as unchanged).")
    return f"{stopped.who} stopped this run before it finished; nothing was imported. Check the file again to go on."


def fail(run_pk, message, *, imported=0):
    """Mark a run that is checking or importing as not (wholly) imported, saying why (the page shows it)."""
    ImportRun.objects.filter(pk=run_pk, state__in=[ImportRun.State.CHECKING, ImportRun.State.IMPORTING]).update(
        state=ImportRun.State.FAILED, outcome={
            "rows": 0, "created": 0, "updated": 0, "unchanged": 0, "committed": False, "refused": 0,
            "imported": imported, "problems": [{"row": 0, "column": "", "message": message}]})


def stop_import(run, *, by):
    """Ask a running check or import to stop. A worker still at work stops at its next batch boundary
    (an import keeps the batches it committed, and says how many rows); a run no worker has reported
    on for longer than a worker's lease (it died, and no other worker took its task up) is marked
    failed at once. Returns True when it is already stopped."""
    from django.conf import settings

    _require(access.can(by, "import_register", run.organisation))
    if not run.is_running:
        raise InvalidInput("This file is not being checked or imported.")
    progress.ask_to_stop(run, by)
    if progress.silent_for(run) > 2 * settings.TASK_LEASE_SECONDS:
        run.refresh_from_db(fields=["checkpoint", "written"])
        imported = run.written.get("imported", 0) if run.checkpoint else 0
        done = f"{imported:,} rows had been imported, the rest were not" if imported else "nothing was imported"
        fail(run.pk, f"The worker doing this stopped answering, so it was stopped; {done}. "
                     "Check the file again to go on.", imported=imported)
        return True
    return False
run_now = _run  # for interop.tasks: the run was claimed when the task was queued


def run_in_background(run, *, by, commit):
    """Check or import a large file as a queued task (interop.tasks, run by `oversight worker`) so the
    page can show its progress.

    Small files (settings.IMPORT_BACKGROUND_ROWS or fewer rows) run within the request.
    Returns True when the work was queued.
    """
    from . import tasks

    if run.rows_estimate <= settings.IMPORT_BACKGROUND_ROWS:
        (commit_import if commit else check_import)(run, by=by)
        return False
    _require(access.can(by, "import_register", run.organisation))
    with transaction.atomic():
        claim(run, commit=commit)
        progress.write(run, done=0, total=run.rows_estimate, phase=run.state)
        # The task row is committed with the claim: a worker never sees one without the other.
        (tasks.import_register if commit else tasks.check_register).enqueue(run.pk, by.pk)
    return True


# What the preview may answer (Importer reads them): word meanings, and per unknown name what to do.
CHOICES = ("status", "rag", "people", "portfolio", "business_area", "board", "reports", "report_kind", "report_date")


def save_choices(run, choices, *, partial, by):
    """Keep the person's answers to the preview; the file is then checked again with them."""
    _require(access.can(by, "import_register", run.organisation))
    if run.state == ImportRun.State.COMMITTED:
        raise InvalidInput("This file has already been imported.")
    if run.state in BUSY:
        raise InvalidInput("This file is being checked or imported; wait for it to finish.")
    unknown = set(choices) - set(CHOICES)
    if unknown:
        raise InvalidInput(f"Unknown choices: {', '.join(sorted(unknown))}.")
    run.choices = {**{k: {str(a): str(b) for a, b in v.items()} for k, v in choices.items()}, "partial": bool(partial)}
    run.save(update_fields=["choices", "updated_at"])
    return run


def choice_options(run, *, by):
    """Who and what the preview may offer: the organisation's people the importer may see, and its lists."""
    from oversight.accounts.models import User
    from oversight.organisations.models import Board, BusinessArea, Portfolio

    members = access.visible(User.objects.filter(memberships__organisation=run.organisation, is_active=True), by)
    lists = {name: access.visible(model.objects.filter(organisation=run.organisation, archived_at__isnull=True), by)
             .order_by("name") for name, model in (("portfolio", Portfolio), ("business_area", BusinessArea),
                                                   ("board", Board))}
    return members.distinct().order_by("first_name", "last_name"), lists


def refused_rows(run):
    """The rows an import refused, as the file had them, with the reason of each: an .xlsx to correct
    and upload again (issue 14: "give me the rest back as a file")."""
    from openpyxl import Workbook

    reasons = {}
    for problem in run.outcome.get("problems", []):
        column = f"{problem['column']}: " if problem["column"] else ""
        reasons.setdefault(problem["row"], []).append(column + problem["message"])
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Not imported")
    with run.file.open("rb") as handle:
        register = Register(handle)
        headers = [h for h in register.headers if h]
        sheet.append(["Row", *headers, "Why it was not imported"])
        for number, cells in register.rows():
            if number in reasons:
                sheet.append([number, *[exporter.neutralise(cells.get(h)) for h in headers], "; ".join(reasons[number])])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_register(queryset, fmt):
    """A filtered register as .xlsx or .csv bytes."""
    return exporter.export(exporter.register_rows(queryset), exporter.REGISTER_COLUMNS, fmt, title="Register")


def export_findings(report, fmt):
    """A report's findings as printed, as .xlsx or .csv bytes."""
    findings = report.findings.filter(archived_at__isnull=True).select_related("report").order_by("position", "id")
    return exporter.export(findings.iterator(), exporter.FINDING_COLUMNS, fmt, title="Findings")
