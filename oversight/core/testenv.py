"""A pytest plugin loaded first (pyproject addopts `-p`): the environment tests run in.

It must run before pytest-django imports the settings, which a conftest.py is too late for.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
