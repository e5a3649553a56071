from django.contrib import admin
from django.urls import include, path

from oversight.ops import views as ops_views

urlpatterns = [
    path("", include("oversight.dashboard.urls")),
    path("accounts/", include("oversight.accounts.urls")),
    path("accounts/", include("oversight.identity.urls")),
    path("organisations/", include("oversight.organisations.urls")),
    path("reports/", include("oversight.reports.urls")),
    path("responses/", include("oversight.responses.urls")),
    path("gradings/", include("oversight.gradings.urls")),
    path("activities/", include("oversight.activities.urls")),
    path("papers/", include("oversight.papers.urls")),
    path("extraction/", include("oversight.extraction.urls")),
    path("interop/", include("oversight.interop.urls")),
    path("audit/", include("oversight.audit.urls")),
    path("my-work/", include("oversight.notifications.urls")),
    path("search/", include("oversight.search.urls")),
    path("api/", include("oversight.api")),
    path("jobs/", include("oversight.ops.urls")),
    path("healthz", ops_views.healthz, name="healthz"),
    path("readyz", ops_views.readyz, name="readyz"),
    path("admin/", admin.site.urls),
]

handler403 = "oversight.core.views.forbidden"
handler404 = "oversight.core.views.not_found"
handler500 = "oversight.core.views.server_error"
