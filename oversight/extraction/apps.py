from django.apps import AppConfig


class ExtractionConfig(AppConfig):
    name = "oversight.extraction"
    label = "extraction"
