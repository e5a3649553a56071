"""Run untrusted-input work (reading an uploaded report) in a child process with a memory and a time
bound, so a PDF, Word or HTML bomb costs a refusal, never the web worker (issue 15).

The child is forked, so it shares the parent's loaded code and needs no start-up; its address space
is capped with RLIMIT_AS (what the parent already maps, plus the budget) and the parent stops waiting
(and kills it) after the time bound. What the
function returns comes back pickled; an exception it raises comes back as that exception.
"""

import multiprocessing
import pickle
import resource
import traceback

from django.conf import settings

from .exceptions import InvalidInput


class TooCostly(InvalidInput):
    """The input needs more memory or time to read than any real document does."""


def _address_space():
    """This process's virtual size in bytes (Linux), or 0 where it cannot be read."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _child(connection, memory_bytes, func, args, kwargs):
    try:
        # The budget is for the reading itself, above what the forked copy of the parent already maps.
        limit = _address_space() + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        result = ("ok", func(*args, **kwargs))
    except MemoryError:
        result = ("memory", None)
    except Exception as error:  # noqa: BLE001  (sent back to be raised in the parent)
        try:
            pickle.dumps(error)
            result = ("error", error)
        except Exception:  # noqa: BLE001  an exception that cannot travel: its text does
            result = ("error", RuntimeError(traceback.format_exc(limit=3)))
    try:
        connection.send(result)
    except MemoryError:
        connection.send(("memory", None))
    finally:
        connection.close()


def run(func, *args, memory_bytes=None, seconds=None, what="the file", **kwargs):
    """func(*args, **kwargs) in a bounded child process; TooCostly when it exceeds a bound."""
    memory_bytes = memory_bytes or settings.READ_MEMORY_BYTES
    seconds = seconds or settings.READ_SECONDS
    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(child_end, memory_bytes, func, args, kwargs), daemon=True)
    child.start()
    child_end.close()
    try:
        if not parent_end.poll(seconds):
            raise TooCostly(f"Reading {what} took longer than {seconds} seconds, far longer than any report "
                            "needs; it may be damaged or built to exhaust the reader. Nothing was saved.")
        try:
            status, value = parent_end.recv()
        except EOFError as error:  # killed (for example by the memory cap inside a C library)
            raise TooCostly(_memory_message(what, memory_bytes)) from error
    finally:
        parent_end.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if status == "memory":
        raise TooCostly(_memory_message(what, memory_bytes))
    if status == "error":
        raise value
    return value


def _memory_message(what, memory_bytes):
    return (f"Reading {what} needs more than {memory_bytes // (1024 * 1024)} MB of memory, far more than any "
            "report needs; it may be damaged or built to exhaust the reader. Nothing was saved.")
