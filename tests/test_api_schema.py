"""Schemathesis against our own OpenAPI schema: no 5xx, and every documented response matches it."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error, response_schema_conformance

EXAMPLES_PER_OPERATION = 10  # keeps the whole run well under a minute on 2 cores




def load_schema():
    """The schema drf-spectacular serves at /api/schema/, called through the WSGI app (no server)."""
    from drf_spectacular.generators import SchemaGenerator

    from oversight.wsgi import application

    loaded = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
    loaded.app = application
    # The coverage phase tries every boundary of every filter (hundreds of cases on /api/responses/);
    # random generation with a fixed seed finds the same classes of fault in a fraction of the time.
    loaded.config.phases.coverage.enabled = False
    return loaded


@pytest.fixture
def connection_kept():
    """Calling the WSGI app directly sends request_started/finished, whose handler would close the
    test's database connection mid-transaction on PostgreSQL; Django's test client disconnects it too."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def token(scene, liaison_officer, connection_kept):
    return Token.objects.create(user=liaison_officer).key


schema = load_schema()


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_the_api_gives_no_server_error_and_keeps_to_its_schema(case, token):
    # call_and_validate raises on any failed check; the assert states the main one plainly.
    reply = case.call_and_validate(headers={"Authorization": f"Token {token}"},
                                   checks=[not_a_server_error, response_schema_conformance])
    assert reply.status_code < 500


def test_the_schema_and_docs_are_served_offline(client, liaison_officer):
    client.force_login(liaison_officer)
    schema_reply = client.get("/api/schema/")
    assert schema_reply.status_code == 200 and b"/api/responses/{id}/transition/" in schema_reply.content
    reply = client.get("/api/docs/")
    policy = dict(d.strip().split(" ", 1) for d in reply["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'" and "'unsafe-inline'" in policy["style-src"]
    page = reply.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "<script>" not in page and "cdn" not in page.lower()
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and script["Content-Type"].startswith("application/javascript")
