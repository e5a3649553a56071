from django.urls import path

from . import views

app_name = "activities"
urlpatterns = [
    path("", views.calendar, name="calendar"),
    path("add/", views.activity_add, name="add"),
    path("<int:pk>/edit/", views.activity_edit, name="edit"),
    path("subscribe/", views.feed_settings, name="feed_settings"),
    path("subscribe/reset/", views.feed_reset, name="feed_reset"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
]
