"""The job queue with real `oversight worker` processes on the test database (SQLite or PostgreSQL)."""

import os
import signal
import uuid

import pytest
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from oversight.interop import progress, tasks
from oversight.interop.models import ImportRun
from oversight.interop.tests.helpers import csv_file
from oversight.ops import queue
from oversight.ops.tasks import note
from oversight.responses.models import Response

from .processes import Processes, wait_for

pytestmark = pytest.mark.django_db(transaction=True)
REPORT = "Vetting, misconduct and misogyny"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def processes(tmp_path, settings):
    settings.TASKS = DATABASE_TASKS
    started = Processes(tmp_path)
    try:
        yield started
    finally:
        started.stop_all()


def lines(path):
    return path.read_text().split("\n")[:-1] if path.exists() else []


def test_a_large_import_is_checked_and_imported_by_a_worker_with_progress_on_the_page(
        processes, client, liaison_officer, force, settings):
    settings.IMPORT_BACKGROUND_ROWS = 3
    processes.worker("w1")
    client.force_login(liaison_officer)
    rows = [[REPORT, str(n), f"Finding {n}.", "", "Amber"] for n in range(1, 41)]
    client.post(reverse("interop:upload"), {"file": csv_file([["Report title", "Ref", "Finding", "Notes", "RAG"], *rows]),
                                            "organisation": force.pk})
    run = ImportRun.objects.get()
    client.post(reverse("interop:mapping", args=[run.pk]), {"column_0": "report_title", "column_1": "ref",
                                                             "column_2": "text", "column_4": "rag"})
    assert DBTaskResult.objects.get().task_path == "oversight.interop.tasks.check_register"
    preview = reverse("interop:preview", args=[run.pk])
    wait_for(lambda: ImportRun.objects.get().state == "previewed", what="the worker to check the file")
    assert "Import 40 rows" in client.get(preview).content.decode()
    client.post(reverse("interop:commit", args=[run.pk]))
    wait_for(lambda: ImportRun.objects.get().state == "committed", what="the worker to import the file")
    assert Response.objects.count() == 40
    assert progress.read(run) == {"done": 40, "total": 40, "phase": "imported"}  # the last report: a stop is too late
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}
    polled = client.get(preview, headers={"HX-Request": "true"})
    assert polled["HX-Redirect"] == preview


def test_two_workers_never_run_the_same_task_twice(processes, tmp_path):
    notes = tmp_path / "notes.txt"
    tokens = [f"t{n}" for n in range(40)]
    for token in tokens:
        note.enqueue(str(notes), token, 0.05)
    processes.worker("w1")
    processes.worker("w2")
    wait_for(lambda: len(lines(notes)) >= len(tokens) and not DBTaskResult.objects.exclude(
        status=TaskResultStatus.SUCCESSFUL).exists(), timeout=120, what="both workers to drain the queue")
    ran = [line.split()[0] for line in lines(notes)]
    assert sorted(ran) == sorted(tokens)  # each once, none twice
    workers = {ids[0] for ids in DBTaskResult.objects.values_list("worker_ids", flat=True)}
    assert workers == {"w1", "w2"}  # both took part
    assert all(len(ids) == 1 for ids in DBTaskResult.objects.values_list("worker_ids", flat=True))


def test_a_task_whose_worker_was_killed_is_detected_and_run_again_by_another(processes, tmp_path):
    notes = tmp_path / "notes.txt"
    first = note.enqueue(str(notes), "slow", 30)
    lease = {"TASK_LEASE_SECONDS": 2, "TASK_HEARTBEAT_SECONDS": 1}
    doomed = processes.worker("doomed", **lease)
    wait_for(lambda: DBTaskResult.objects.get(pk=first.id).status == TaskResultStatus.RUNNING,
             what="the first worker to start the task")
    os.kill(doomed.pid, signal.SIGKILL)  # no goodbye: its heartbeat simply stops
    doomed.wait()
    DBTaskResult.objects.filter(pk=first.id).update(args_kwargs={"args": [str(notes), "slow", 0], "kwargs": {}})
    processes.worker("rescuer", **lease)
    wait_for(lambda: lines(notes), timeout=60, what="the task to be run again")
    lost = DBTaskResult.objects.get(pk=first.id)
    assert lost.status == TaskResultStatus.FAILED
    assert lost.exception_class_path == "oversight.ops.queue.WorkerLost" and "doomed" in lost.traceback
    again = wait_for(lambda: DBTaskResult.objects.exclude(pk=first.id).filter(status="SUCCESSFUL").first())
    assert again.worker_ids == ["rescuer"] and again.args_kwargs["kwargs"] == {"attempt": 2}
    assert [line.split()[0] for line in lines(notes)] == ["slow"]


def test_a_failing_import_is_retried_then_the_person_is_told(client, liaison_officer, force, settings, caplog):
    from oversight.interop import services

    settings.IMPORT_BACKGROUND_ROWS = 1
    settings.TASK_MAX_ATTEMPTS = 3
    client.force_login(liaison_officer)
    rows = [[REPORT, str(n), f"Finding {n}.", "", "Amber"] for n in range(1, 4)]
    client.post(reverse("interop:upload"), {"file": csv_file([["Report title", "Ref", "Finding", "Notes", "RAG"], *rows]),
                                            "organisation": force.pk})
    run = ImportRun.objects.get()
    run.file.storage.delete(run.file.name)  # every attempt now fails to read it
    assert services.run_in_background(run, by=liaison_officer, commit=False) is True
    run.refresh_from_db()
    assert run.state == ImportRun.State.FAILED
    message = run.outcome["problems"][0]["message"]
    assert message.startswith("The import stopped: FileNotFoundError") and "Upload the file again" in message
    assert [r.message.split(" (")[0] for r in caplog.records if "trying again" in r.message] == [
        "Task oversight.interop.tasks.check_register attempt 1 failed", "Task oversight.interop.tasks.check_register attempt 2 failed"]
    page = client.get(reverse("interop:preview", args=[run.pk])).content.decode()
    assert "The import stopped" in page


def test_an_import_task_run_twice_imports_once(liaison_officer, force, settings):
    from oversight.interop import services

    settings.IMPORT_BACKGROUND_ROWS = 1
    rows = [[REPORT, str(n), f"Finding {n}.", "", "Amber"] for n in range(1, 4)]
    upload = csv_file([["Report title", "Ref", "Finding", "Notes", "RAG"], *rows])
    run = services.start_import(upload, organisation=force, by=liaison_officer)
    run.mapping = {"Report title": "report_title", "Ref": "ref", "Finding": "text", "RAG": "rag"}
    run.save()
    ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.IMPORTING)
    assert tasks.import_register.call(run.pk, liaison_officer.pk) == "committed"
    assert tasks.import_register.call(run.pk, liaison_officer.pk) == "committed"  # a retry: nothing more
    assert Response.objects.count() == 3
    assert ImportRun.objects.get().outcome["created"] == 3


def test_a_task_given_up_by_the_reaper_fails_its_import_with_a_message(liaison_officer, force, settings):
    from oversight.interop import services

    settings.TASK_MAX_ATTEMPTS = 1
    settings.TASKS = DATABASE_TASKS
    run = services.start_import(csv_file([["Ref"], ["1"], ["2"]]), organisation=force, by=liaison_officer)
    ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.IMPORTING)
    result = tasks.import_register.enqueue(run.pk, liaison_officer.pk)
    DBTaskResult.objects.filter(pk=result.id).update(status=TaskResultStatus.RUNNING, worker_ids=[uuid.uuid4().hex])
    assert queue.reap() == 1
    assert queue.reap() == 0
    run.refresh_from_db()
    assert run.state == ImportRun.State.FAILED
    assert "stopped answering" in run.outcome["problems"][0]["message"]


def test_a_task_cut_short_by_a_worker_stopping_is_queued_again(settings, tmp_path):
    settings.TASKS = DATABASE_TASKS
    with pytest.raises(SystemExit):
        queue.retrying(note, [str(tmp_path / "n"), "x", 0], 1, lambda: (_ for _ in ()).throw(SystemExit(1)))
    again = DBTaskResult.objects.get()
    assert again.status == TaskResultStatus.READY and again.args_kwargs["kwargs"] == {"attempt": 2}
