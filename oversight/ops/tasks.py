"""Tasks of operations' own: `note` writes a line to a file, to prove a worker pool runs each task once."""

import os
import time

from django_tasks import task

from . import queue


@task()
def note(path, token, seconds=0.0, *, attempt=1):
    """Wait ``seconds`` then append "token pid attempt" to ``path`` (used by the queue's tests and `oversight tasks ping`)."""
    def body():
        time.sleep(seconds)
        with open(path, "a") as handle:
            handle.write(f"{token} {os.getpid()} {attempt}\n")
        return token
    return queue.retrying(note, [path, token, seconds], attempt, body)
