from django.apps import AppConfig


class InteropConfig(AppConfig):
    name = "oversight.interop"
    label = "interop"
