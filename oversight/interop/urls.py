from django.urls import path

from . import views

app_name = "interop"
urlpatterns = [
    path("export/register/", views.export_register, name="export_register"),
    path("export/register/<int:pk>/", views.export_status, name="export_status"),
    path("export/register/<int:pk>/download/", views.export_download, name="export_download"),
    path("export/reports/<int:pk>/findings/", views.export_findings, name="export_findings"),
    path("import/", views.upload, name="upload"),
    path("import/<int:pk>/columns/", views.mapping, name="mapping"),
    path("import/<int:pk>/", views.preview, name="preview"),
    path("import/<int:pk>/commit/", views.commit, name="commit"),
    path("import/<int:pk>/choices/", views.choices, name="choices"),
    path("import/<int:pk>/stop/", views.stop, name="stop"),
    path("import/<int:pk>/not-imported.xlsx", views.refused, name="refused"),
]
