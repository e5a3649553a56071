from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "oversight.notifications"
    label = "notifications"

    def ready(self):
        from . import signals  # noqa: F401  (who is told what when the register changes)
