from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo data loader (`oversight demo`): depends on every domain app, none depends on it."""

    name = "oversight.demo"
    label = "demo"
