"""`oversight token USERNAME`: print the user's API token, creating it the first time."""

from django.core.management.base import BaseCommand, CommandError
from rest_framework.authtoken.models import Token

from oversight.accounts.models import User


class Command(BaseCommand):
    help = "Print a user's REST API token (created if they have none)."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--rotate", action="store_true", help="Replace the existing token with a new one")

    def handle(self, *args, username, rotate, **options):
        try:
            user = User.objects.get(username=username, is_active=True)
        except User.DoesNotExist as error:
            raise CommandError(f"No active user called {username!r}.") from error
        if rotate:
            Token.objects.filter(user=user).delete()
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(token.key)
