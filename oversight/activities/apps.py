from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "oversight.activities"
    label = "activities"
