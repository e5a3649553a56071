"""The REST API: one router; each domain app registers its viewsets in `register(router)` of its api.py."""

from csp.decorators import csp_update
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from oversight.activities import api as activities_api
from oversight.gradings import api as gradings_api
from oversight.organisations import api as organisations_api
from oversight.reports import api as reports_api
from oversight.responses import api as responses_api

# Path converters rather than regexes, so tests that read the URLconf see each route's arguments.
router = DefaultRouter(use_regex_path=False)
for module in (organisations_api, reports_api, responses_api, gradings_api, activities_api):
    module.register(router)


class DocsView(SpectacularSwaggerSplitView):
    """Swagger UI from drf-spectacular-sidecar's static files, its start-up script served separately (CSP)."""

    template_name = "interop/swagger_ui.html"


# Swagger UI sets style attributes from JavaScript; scripts stay 'self' only.
# The docs page sends a signed-out visitor to sign in; the schema itself answers 401/403 (SERVE_PERMISSIONS).
docs = login_required(csp_update({"style-src": ["'unsafe-inline'"]})(DocsView.as_view(url_name="schema")))

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", docs, name="docs"),
    path("", include(router.urls)),
]
