"""What a bulk write leaves to the end of its batch: audit entries, search documents, findings to index.

Inside `deferred()` the bulk services (reports.services.add_findings, responses.services.open_responses
and import_history) hand these over instead of writing them at once; the batch writes them together
when it ends, each finding indexed once however many services touched it. A dry run, which rolls its
batch back, says write=False and they are dropped: they cannot refuse a row, and nothing is kept.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_pending = ContextVar("oversight_batch_pending", default=None)


@contextmanager
def deferred(*, write=True):
    """Collect until the block ends, then write (or, with write=False, drop). Nested in another, a
    block that ends well hands what it collected to the outer one; one that raises drops it, as its
    savepoint is rolled back."""
    outer = _pending.get()
    pending = {"entries": [], "documents": [], "findings": set(), "drop": outer["drop"] if outer else not write}
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    if outer is not None:  # not reached when the block raised
        for kind in ("entries", "documents", "findings"):
            defer(kind, pending[kind])
    elif not pending["drop"]:
        _flush(pending)


def defer(kind, items):
    """Keep `items` (any iterable) for the batch's end; False when no batch is collecting (write them
    now). A batch that will be dropped does not even build them: `items` may be a generator."""
    pending = _pending.get()
    if pending is None:
        return False
    if pending["drop"]:
        return True
    if kind == "findings":
        pending[kind].update(items)
    else:
        pending[kind].extend(items)
    return True


def _flush(pending):
    from oversight.audit import bulk as audit
    from oversight.search import index

    if pending["entries"]:
        audit.write(pending["entries"])
    index.index_findings(pending["findings"])
    index.add_documents(pending["documents"])
