from django.apps import AppConfig


class GradingsConfig(AppConfig):
    name = "oversight.gradings"
    label = "gradings"
