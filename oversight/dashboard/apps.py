from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "oversight.dashboard"
    label = "dashboard"
