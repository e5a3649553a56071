import json
import logging

import pytest
from django.urls import reverse

from oversight.ops.logs import RequestIdFilter


def test_liveness_answers_without_touching_the_database(client):
    reply = client.get(reverse("healthz"))  # no django_db mark: any query would raise
    assert reply.status_code == 200 and reply.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readiness_checks_the_database_storage_queue_and_cache(client):
    reply = client.get(reverse("readyz"))
    assert reply.status_code == 200
    checks = reply.json()["checks"]
    assert set(checks) == {"database", "storage", "queue", "cache"}
    assert {c["status"] for c in checks.values()} == {"ok"}
    assert checks["queue"]["oldest_waiting_seconds"] == 0


@pytest.mark.django_db
def test_readiness_is_503_naming_the_part_that_fails(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    reply = client.get(reverse("readyz"))
    assert reply.status_code == 503 and reply.json()["checks"]["cache"]["status"] == "failing"


@pytest.mark.django_db
def test_each_reply_carries_a_request_id_which_every_log_line_of_the_request_shows(client, caplog):
    caplog.set_level(logging.INFO, logger="oversight.requests")
    reply = client.get(reverse("healthz"), headers={"X-Request-ID": "lb-1234567890abcdef"})
    assert reply["X-Request-ID"] == "lb-1234567890abcdef"
    made = client.get(reverse("healthz"))["X-Request-ID"]
    assert len(made) == 32 and made != "lb-1234567890abcdef"
    assert client.get(reverse("healthz"), headers={"X-Request-ID": "bad id\nwith newline"})["X-Request-ID"] != "bad id"
    line = next(r for r in caplog.records if r.name == "oversight.requests")
    assert line.request_id == "lb-1234567890abcdef" and line.status == 200 and line.path == "/healthz"


def test_logs_are_one_json_object_a_line_with_the_request_id(settings):
    from pythonjsonlogger.json import JsonFormatter

    formatter = JsonFormatter(**{k: v for k, v in settings.LOGGING["formatters"]["json"].items() if k != "()"})
    record = logging.LogRecord("oversight.requests", logging.INFO, __file__, 1, "GET %s", ("/",), None)
    record.status = 200
    RequestIdFilter().filter(record)
    out = json.loads(formatter.format(record))
    assert out["message"] == "GET /" and out["level"] == "INFO" and out["logger"] == "oversight.requests"
    assert out["request_id"] == "-" and out["status"] == 200 and "time" in out
