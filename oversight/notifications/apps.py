from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "oversight.notifications"
    label = "notifications"

    def ready(self):
        from . import (
            signals,  # noqa: F401  (who is told what when the register changes)
            unread,
        )

        unread.connect()  # the header's kept unread count is counted again when a notification changes
