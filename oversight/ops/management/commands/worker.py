"""`oversight worker`: run queued tasks (django-tasks' db_worker) with a heartbeat and abandoned-task recovery."""

import os
import socket

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from oversight.ops.queue import Watch, beat


class Command(BaseCommand):
    help = "Run background tasks from the database queue. Run one or more per machine (systemd: oversight-worker)."

    def add_arguments(self, parser):
        parser.add_argument("--queue-name", default="default", help="Queues, comma-separated, or '*'")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between looks when idle")
        parser.add_argument("--batch", action="store_true", help="Run what is queued, then exit")
        parser.add_argument("--max-tasks", type=int, default=None)
        parser.add_argument("--worker-id", default=None, help="Unique across workers (default: host-pid-random)")

    def handle(self, *args, queue_name, interval, batch, max_tasks, worker_id, **options):
        worker_id = (worker_id or f"{socket.gethostname()}-{os.getpid()}-{get_random_string(6)}")[:64]
        worker = Worker(queue_names=queue_name.split(","), interval=interval, batch=batch, backend_name="default",
                        startup_delay=not batch, max_tasks=max_tasks, worker_id=worker_id, excluded_queue_names=[])
        beat(worker_id)  # heard of before it claims anything
        watch = Watch(worker_id)
        watch.start()
        worker.configure_signals()
        self.stdout.write(f"Worker {worker_id} waiting for tasks on {queue_name}")
        self.stdout.flush()
        try:
            worker.run()
        finally:
            watch.stop()
