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
    pending = {"entries": [], "documents": [], "findings": set()}
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    outer = _pending.get()  # not reached when the block raised
    if outer is not None:
        for kind, items in pending.items():
            defer(kind, items)
    elif write:
        _flush(pending)


def defer(kind, items):
    """Keep `items` for the batch's end; False when no batch is collecting (write them now)."""
    pending = _pending.get()
    if pending is None:
        return False
    if kind == "findings":
        pending[kind].update(items)
    else:
        pending[kind].extend(items)
    return True


def _flush(pending):
    from oversight.audit import bulk as audit
    from oversight.search import index

    audit.write(pending["entries"])
    index.index_findings(pending["findings"])
    index.add_documents(pending["documents"])
