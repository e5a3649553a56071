from django.apps import AppConfig


class ResponsesConfig(AppConfig):
    name = "oversight.responses"
    label = "responses"

    def ready(self):
        from . import choices

        choices.connect()  # the register's kept dropdown lists are built again when a source changes
