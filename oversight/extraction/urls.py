from django.urls import path

from . import views

app_name = "extraction"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/findings/<str:finding_id>/", views.finding_action, name="finding"),
    path("<int:pk>/confirm/", views.confirm, name="confirm"),
]
