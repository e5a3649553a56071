from django.urls import path

from . import involvement_views, statutory_views, views

app_name = "reports"
urlpatterns = [
    path("", views.report_list, name="list"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/involvement/", involvement_views.record_involvement, name="involvement"),
    path("<int:pk>/statutory-requirement/", statutory_views.statutory_requirement, name="statutory_requirement"),
    path("findings/<int:pk>/", views.finding_detail, name="finding"),
    path("pcc-comments/<int:sr>/", statutory_views.statutory_detail, name="statutory"),
    path("pcc-comments/<int:sr>/edit/", statutory_views.statutory_edit, name="statutory_edit"),
    path("pcc-comments/<int:sr>/publish/", statutory_views.statutory_publish, name="statutory_publish"),
    path("pcc-comments/<int:sr>/comments/", statutory_views.statutory_page, name="statutory_page"),
    path("pcc-comments/<int:sr>/comments.pdf", statutory_views.statutory_pdf, name="statutory_pdf"),
    path("pcc-comments/<int:sr>/<slug:step>/", statutory_views.statutory_step, name="statutory_step"),
]
