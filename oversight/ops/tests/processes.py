"""Real worker and server processes for tests, on the test database."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def database_url():
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def environment(**extra):
    env = {**os.environ, "DATABASE_URL": database_url(), "OVERSIGHT_TASKS": "database", "DEBUG": "true",
           "DJANGO_SETTINGS_MODULE": "oversight.settings", "MEDIA_ROOT": str(settings.MEDIA_ROOT)}
    env.update({k: str(v) for k, v in extra.items()})
    return env


class Processes:
    """Starts processes and makes sure each one is stopped at the end of the test."""

    def __init__(self, tmp_path):
        self.tmp_path = tmp_path
        self.started = []

    def worker(self, name, **env):
        log = open(self.tmp_path / f"{name}.log", "w")
        process = subprocess.Popen(
            [sys.executable, "-m", "oversight.cli", "worker", "--interval", "0.2", "--worker-id", name],
            cwd=ROOT, env=environment(**env), stdout=log, stderr=subprocess.STDOUT)
        process.log_path = self.tmp_path / f"{name}.log"
        self.started.append(process)
        return process

    def start(self, name, argv, **env):
        log = open(self.tmp_path / f"{name}.log", "w")
        process = subprocess.Popen(argv, cwd=ROOT, env=environment(**env), stdout=log, stderr=subprocess.STDOUT)
        process.log_path = self.tmp_path / f"{name}.log"
        self.started.append(process)
        return process

    def stop_all(self):
        for process in self.started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_for(condition, timeout=60, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"Timed out after {timeout}s waiting for {what}")
