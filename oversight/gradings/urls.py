from django.urls import path

from . import views

app_name = "gradings"
urlpatterns = [
    path("", views.grading_list, name="list"),
    path("record/", views.grading_add, name="add"),
    path("monitoring/", views.monitoring, name="monitoring"),
    path("monitoring/change/", views.phase_change, name="phase_change"),
    path("monitoring/<int:pk>/letter/", views.phase_letter, name="phase_letter"),
]
