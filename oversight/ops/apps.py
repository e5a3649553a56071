from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "oversight.ops"
    label = "ops"
    verbose_name = "Operations"
