"""A pytest plugin loaded first (pyproject addopts `-p`): the environment tests run in.

It must run before pytest-django imports the settings, which a conftest.py is too late for.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
# Tasks run in the caller unless a test starts real workers (oversight/ops/tests); the cache is
# this run's own folder, shared with any worker or server process a test starts.
os.environ.setdefault("OVERSIGHT_TASKS", "immediate")
os.environ.setdefault("OVERSIGHT_CACHE", "file")
if "OVERSIGHT_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["OVERSIGHT_CACHE_DIR"] = tempfile.mkdtemp(prefix="oversight-test-cache-")
