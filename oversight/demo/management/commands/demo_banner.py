"""`oversight demo-banner`: print where the app runs and the demo sign-ins (used by `make run`)."""

from django.core.management.base import BaseCommand

from oversight.demo import DEMO_PASSWORD, DEMO_USERS


class Command(BaseCommand):
    help = "Print the URL and the demo sign-ins."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/")

    def handle(self, *args, url, **options):
        width = max(len(user.username) for user in DEMO_USERS)
        lines = [f"Oversight is starting on {url}", "", f"Demo sign-ins (password for all: {DEMO_PASSWORD}):"]
        lines += [f"  {user.username.ljust(width)}  {user.description}" for user in DEMO_USERS]
        self.stdout.write("\n".join(lines) + "\n")
