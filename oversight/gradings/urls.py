from django.urls import path

from . import views

app_name = "gradings"
urlpatterns = [
    path("", views.grading_list, name="list"),
    path("monitoring/", views.monitoring, name="monitoring"),
]
