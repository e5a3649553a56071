from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "oversight.notifications"
    label = "notifications"
