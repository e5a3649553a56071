from django.urls import path

from . import archive_views, transition_views, views

app_name = "responses"
urlpatterns = [
    path("", views.register, name="register"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/updates/", views.add_update, name="add_update"),
    path("<int:pk>/updates/<int:update_pk>/edit/", views.edit_update, name="edit_update"),
    path("<int:pk>/transition/<str:action>/", transition_views.transition, name="transition"),
    path("<int:pk>/archive/", archive_views.archive, name="archive"),
]
