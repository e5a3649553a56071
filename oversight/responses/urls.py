from django.urls import path

from . import archive_views, transition_views, views

app_name = "responses"
urlpatterns = [
    path("", views.register, name="register"),
    path("bulk/", views.bulk, name="bulk"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/updates/", views.add_update, name="add_update"),
    path("<int:pk>/updates/<int:update_pk>/edit/", views.edit_update, name="edit_update"),
    path("<int:pk>/evidence/", views.add_evidence, name="add_evidence"),
    path("<int:pk>/evidence/<int:evidence_pk>/download/", views.download_evidence, name="download_evidence"),
    path("<int:pk>/evidence/<int:evidence_pk>/archive/", views.archive_evidence, name="archive_evidence"),
    path("<int:pk>/actions/", views.add_action, name="add_action"),
    path("<int:pk>/actions/<int:action_pk>/edit/", views.edit_action, name="edit_action"),
    path("<int:pk>/actions/<int:action_pk>/complete/", views.complete_action, name="complete_action"),
    path("<int:pk>/actions/<int:action_pk>/move/", views.move_action, name="move_action"),
    path("<int:pk>/transition/<str:action>/", transition_views.transition, name="transition"),
    path("<int:pk>/archive/", archive_views.archive, name="archive"),
]
