from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "oversight.audit"
    label = "audit"

    def ready(self):
        from .registry import register_all

        register_all()
