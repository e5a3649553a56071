"""Issue 14: an import writes batch by batch (each batch committed with the run's checkpoint), yet stays
all or nothing by default, goes on from its checkpoint after its worker died, and stops at a batch
boundary saying how many rows it imported."""

import sqlite3

import pytest
from auditlog.models import LogEntry
from django.db import connection

from oversight.interop import importer, services
from oversight.interop import progress as progress_module
from oversight.interop.models import ImportRun
from oversight.interop.tasks import _go
from oversight.responses.models import Response, Transition, Update

from .test_register_as_kept import PEEL, register, run

pytestmark = pytest.mark.django_db(transaction=True)


def rows(n, *, bad=None):
    return [[str(i), PEEL, f"Finding {i}.", "", "", "", "Closed", "Purple" if i == bad else "Green", f"Done {i}."]
            for i in range(1, n + 1)]


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(importer, "BATCH", 2)


def uploaded(force, by, body):
    fileobj = register(*body)
    return services.start_import(fileobj, organisation=force, by=by)


def test_between_batches_no_transaction_is_open_and_another_connection_can_write(
        small_batches, liaison_officer, force):
    seen = []

    def between(done, phase):
        seen.append((phase, connection.in_atomic_block))
        if connection.vendor == "sqlite":  # the write lock is free: a sign-in could write its session now
            other = sqlite3.connect(connection.settings_dict["NAME"], timeout=0)
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE accounts_user SET last_login = CURRENT_TIMESTAMP WHERE id = ?", [liaison_officer.pk])
            other.execute("COMMIT")
            other.close()

    outcome = run(register(*rows(7)), liaison_officer, force, progress=between)
    assert outcome.committed and outcome.created == 7
    assert {phase for phase, _ in seen} == {"checking", "importing", "imported"} and not any(o for _, o in seen)


def test_nothing_is_written_when_the_last_batch_holds_a_refused_row(small_batches, liaison_officer, force):
    outcome = run(register(*rows(7, bad=7)), liaison_officer, force)
    assert not outcome.committed and [p.row for p in outcome.problems] == [9]  # two title rows above
    assert not Response.objects.exists() and not Update.objects.exists()


def test_with_good_rows_chosen_the_good_rows_are_written_batch_by_batch(small_batches, liaison_officer, force):
    outcome = run(register(*rows(7, bad=3)), liaison_officer, force, partial=True)
    assert outcome.committed and outcome.created == 6 and outcome.refused == 1
    assert Response.objects.count() == 6


def test_an_import_whose_worker_died_mid_batch_goes_on_from_its_checkpoint_and_writes_each_row_once(
        small_batches, monkeypatch, liaison_officer, force):
    run_ = uploaded(force, liaison_officer, rows(7))
    real_write, writes = importer.Importer._write, []

    def dies_in_the_third_batch(self, batch, outcome):
        real_write(self, batch, outcome)
        if not self.dry_run:
            writes.append(len(batch))
            if len(writes) == 3:
                raise SystemExit("killed")  # inside the batch's transaction: the batch is rolled back

    monkeypatch.setattr(importer.Importer, "_write", dies_in_the_third_batch)
    with pytest.raises(SystemExit):
        services.commit_import(run_, by=liaison_officer)
    run_.refresh_from_db()
    assert run_.state == ImportRun.State.IMPORTING and run_.written["imported"] == 4
    assert Response.objects.count() == 4  # two batches kept, the third rolled back with the checkpoint

    monkeypatch.setattr(importer.Importer, "_write", real_write)
    assert _go(run_.pk, liaison_officer.pk, commit=True) == ImportRun.State.COMMITTED  # the task's retry
    run_.refresh_from_db()
    assert run_.outcome["created"] == 7 and run_.outcome["committed"] and run_.outcome["imported"] == 7
    assert Response.objects.count() == 7 and Update.objects.count() == 7
    assert Transition.objects.count() == 7 and all(r.status == "closed" for r in Response.objects.all())
    response_type = LogEntry.objects.get_for_model(Response)
    assert response_type.filter(action=LogEntry.Action.CREATE).count() == 7  # each row audited once
    assert len(run_.outcome["results"]["created"]) == 1  # rows 3..9 in one range


def test_a_stopped_import_stops_at_a_batch_boundary_and_says_how_many_rows_it_imported(
        small_batches, monkeypatch, liaison_officer, force):
    run_ = uploaded(force, liaison_officer, rows(7))
    real = services.progress_write

    def asks_to_stop(run, *, done, total, phase):
        real(run, done=done, total=total, phase=phase)
        if phase == "importing" and done >= 4:
            progress_module.ask_to_stop(run, liaison_officer)

    monkeypatch.setattr(services, "progress_write", asks_to_stop)
    with pytest.raises(services.InvalidInput) as stopped:
        services.commit_import(run_, by=liaison_officer)
    imported = Response.objects.count()
    assert 0 < imported < 7
    assert f"{imported} rows were imported" in str(stopped.value)
    run_.refresh_from_db()
    assert run_.state == ImportRun.State.FAILED and run_.outcome["imported"] == imported
    assert f"{imported} rows were imported" in run_.outcome["problems"][0]["message"]

    # Imported again from the top (not from the stopped run's checkpoint): the rows already in are unchanged.
    monkeypatch.setattr(services, "progress_write", real)
    progress_module.clear_stop(run_)
    services.check_import(run_, by=liaison_officer)
    outcome = services.commit_import(run_, by=liaison_officer)
    assert outcome.committed and outcome.created == 7 - imported and outcome.unchanged == imported
    assert Response.objects.count() == 7 and Update.objects.count() == 7
