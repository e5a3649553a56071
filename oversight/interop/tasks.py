"""Register checks and imports as queued tasks (oversight.ops.queue), run by `oversight worker`.

Both are idempotent: a check re-runs a dry run; an import of a run already imported does nothing,
and an import commits each batch with the run's checkpoint, so a retry after a worker died part-way
goes on from the last batch committed and imports every row once.
"""

from django.db import transaction
from django_tasks import task

from oversight.ops import queue

from .models import ImportRun

STOPPED = "The import stopped: {message} Upload the file again, or ask an administrator."


def _go(run_pk, user_pk, *, commit):
    from oversight.accounts.models import User

    from . import services

    expected = ImportRun.State.IMPORTING if commit else ImportRun.State.CHECKING
    run = ImportRun.objects.select_related("organisation").get(pk=run_pk)
    if run.state != expected:  # already done (a retry of finished work) or the person moved on
        return run.state
    try:
        services.run_now(run, by=User.objects.get(pk=user_pk), commit=commit)
    except services.Stopped as stopped:  # the person asked: not a failure to retry
        services.fail(run_pk, services.stop_message(stopped), imported=stopped.imported)
    return ImportRun.objects.values_list("state", flat=True).get(pk=run_pk)


@task()
def check_register(run_pk, user_pk, *, attempt=1):
    return queue.retrying(check_register, [run_pk, user_pk], attempt, lambda: _go(run_pk, user_pk, commit=False))


@task()
def import_register(run_pk, user_pk, *, attempt=1):
    return queue.retrying(import_register, [run_pk, user_pk], attempt, lambda: _go(run_pk, user_pk, commit=True))


def _give_up(run_pk, user_pk, *, message):
    from . import services

    with transaction.atomic():
        run = ImportRun.objects.filter(pk=run_pk).only("checkpoint", "written").first()
        imported = run.written.get("imported", 0) if run is not None and run.checkpoint else 0
        done = f" {imported:,} rows had been imported; the rest were not." if imported else ""
        services.fail(run_pk, STOPPED.format(message=message) + done, imported=imported)


queue.on_give_up(check_register)(_give_up)
queue.on_give_up(import_register)(_give_up)


@task()
def export_register(run_pk, *, attempt=1):
    """Write a large register export (interop.exports) for its download page."""
    from . import exports
    from .models import ExportRun

    def go():
        return exports.write_export(ExportRun.objects.select_related("requested_by").get(pk=run_pk)).state

    return queue.retrying(export_register, [run_pk], attempt, go)


def _export_give_up(run_pk, *, message):
    from . import exports

    exports.fail_export(run_pk, message=message)


queue.on_give_up(export_register)(_export_give_up)


@task()
def expire_exports(*, attempt=1):
    """Delete prepared exports' files past their keeping time (queued daily by `oversight schedule`)."""
    from . import exports

    return queue.retrying(expire_exports, [], attempt, exports.expire_exports)
