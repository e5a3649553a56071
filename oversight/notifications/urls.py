from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("", views.my_work, name="my_work"),
    path("notifications/", views.notification_list, name="list"),
    path("notifications/read/", views.mark_read, name="mark_read"),
]
