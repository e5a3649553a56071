"""Background work on django-tasks' database backend, and what that backend leaves to us:

- retries: a task that raises is enqueued again (attempt + 1, with a growing delay) until
  settings.TASK_MAX_ATTEMPTS, then its give-up handler tells the person (e.g. the import page);
- a heartbeat per worker, in the shared cache, renewed every TASK_HEARTBEAT_SECONDS;
- abandoned tasks: a task still marked running whose worker's heartbeat has lapsed (the worker
  was killed, or its machine died) is marked failed with a message and retried or given up.

Every retried task takes a keyword-only ``attempt`` (1 for the first run) and must be idempotent:
it may run again after a worker died part-way through it.
"""

import datetime
import logging
import threading

from django.conf import settings
from django.core.cache import cache
from django.db import close_old_connections, transaction
from django.db.utils import DatabaseError
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

log = logging.getLogger(__name__)
GIVE_UP = {}  # task module path -> handler(*args, message=...)


class WorkerLost(Exception):
    """The worker running a task stopped sending its heartbeat."""


def on_give_up(task):
    """Register what to do when ``task`` has failed its last attempt (tell the person)."""
    def register(handler):
        GIVE_UP[task.module_path] = handler
        return handler
    return register


def retrying(task, args, attempt, body):
    """Run ``body()``; if it raises, enqueue the next attempt or give up, then re-raise.

    A worker told twice to stop ends its task with SystemExit: that attempt is retried too."""
    try:
        return body()
    except BaseException as error:
        message = "the worker was stopped" if isinstance(error, SystemExit | KeyboardInterrupt) else \
            f"{type(error).__name__}: {error}"
        retry_or_give_up(task.module_path, list(args), {"attempt": attempt}, message)
        raise


def retry_or_give_up(task_path, args, kwargs, message):
    attempt = int(kwargs.get("attempt", 1))
    task = import_string(task_path)
    if attempt < settings.TASK_MAX_ATTEMPTS:
        runner = task
        if task.get_backend().supports_defer:
            runner = task.using(run_after=timezone.now() + datetime.timedelta(seconds=2 ** attempt))
        log.warning("Task %s attempt %s failed (%s); trying again", task_path, attempt, message)
        return runner.enqueue(*args, **{**kwargs, "attempt": attempt + 1})
    log.error("Task %s failed after %s attempts: %s", task_path, attempt, message)
    handler = GIVE_UP.get(task_path)
    if handler:
        handler(*args, message=message)
    return None


def _heartbeat_key(worker_id):
    return f"ops:worker:{worker_id}"


def beat(worker_id):
    cache.set(_heartbeat_key(worker_id), timezone.now().isoformat(), timeout=settings.TASK_LEASE_SECONDS)


def alive(worker_id):
    return cache.get(_heartbeat_key(worker_id)) is not None


def forget(worker_id):
    cache.delete(_heartbeat_key(worker_id))


def reap():
    """Fail (then retry or give up) each running task whose worker is no longer heard. Returns how many."""
    reaped = 0
    for result in DBTaskResult.objects.running().only("id", "worker_ids", "task_path", "args_kwargs"):
        worker_id = (result.worker_ids or [""])[-1]
        if worker_id and alive(worker_id):
            continue
        message = f"The worker running this task ({worker_id or 'unknown'}) stopped answering."
        with transaction.atomic():
            # Only one reaper wins, however many workers look at once.
            won = DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.FAILED, finished_at=timezone.now(),
                exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
                traceback=message)
        if won:
            reaped += 1
            log.warning("Task %s (%s) abandoned by worker %s", result.pk, result.task_path, worker_id)
            args_kwargs = result.args_kwargs or {}
            retry_or_give_up(result.task_path, args_kwargs.get("args", []), args_kwargs.get("kwargs", {}), message)
    return reaped


class Watch(threading.Thread):
    """Beside a worker: renew its heartbeat, and now and then reap tasks of workers that died."""

    def __init__(self, worker_id):
        super().__init__(daemon=True, name=f"watch-{worker_id}")
        self.worker_id = worker_id
        self.stopping = threading.Event()

    def run(self):
        rounds = 0
        while not self.stopping.is_set():
            try:
                beat(self.worker_id)
                if rounds % 2 == 0:
                    reap()
            except DatabaseError:  # a locked SQLite file or a restarting PostgreSQL: next round
                log.warning("Worker watch could not reach the database; trying again", exc_info=True)
            finally:
                close_old_connections()
            rounds += 1
            self.stopping.wait(settings.TASK_HEARTBEAT_SECONDS)

    def stop(self):
        self.stopping.set()
        forget(self.worker_id)
