from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "oversight.search"
    label = "search"

    def ready(self):
        from . import signals  # noqa: F401  (keeps the search index in step with the register)
