from django.urls import path

from . import views

app_name = "papers"
urlpatterns = [
    path("", views.paper_list, name="list"),
    path("meetings/add/", views.add_meeting, name="add_meeting"),
    path("committees/add/", views.add_committee, name="add_committee"),
    path("template/", views.template_upload, name="template"),
    path("meetings/<int:pk>/", views.preview, name="preview"),
    path("meetings/<int:pk>/edit/", views.edit, name="edit"),
    path("meetings/<int:pk>/issue/", views.issue, name="issue"),
    path("meetings/<int:pk>/correct/", views.correct, name="correct"),
    path("meetings/<int:pk>/parts/<slug:part>/", views.part, name="part"),
    path("meetings/<int:pk>/paper.<str:fmt>", views.download, name="download"),
    path("meetings/<int:pk>/public.<str:fmt>", views.download, {"public": True}, name="download_public"),
]
