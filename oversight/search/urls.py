from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("", views.search_page, name="search"),
    path("findings/<int:pk>/similar/", views.similar_findings, name="similar"),
    path("findings/<int:pk>/links/", views.link_finding, name="link"),
]
