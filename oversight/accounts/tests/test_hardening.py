"""Sign-in hardening: lockout after repeated failures, sessions that end, CSP and secure cookies."""

import datetime
import os
import subprocess
import sys

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse

from oversight.accounts.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, password, username="liaison"):
    return client.post(reverse("accounts:login"), {"username": username, "password": password},
                       REMOTE_ADDR="203.0.113.9")


def test_the_sixth_failed_sign_in_is_locked_out_even_with_the_right_password(client, liaison_officer):
    assert settings.AXES_FAILURE_LIMIT == 5
    for _ in range(5):
        assert sign_in(client, "wrong-password").status_code in (200, 429)
    reply = sign_in(client, PASSWORD)
    assert reply.status_code == 429
    assert "Too many failed sign-in attempts" in reply.content.decode()
    assert "_auth_user_id" not in client.session


def test_four_failures_then_the_right_password_signs_in(client, liaison_officer):
    for _ in range(4):
        assert sign_in(client, "wrong-password").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(liaison_officer.pk)


def test_a_session_ends_after_the_configured_age_and_at_browser_close(client, liaison_officer):
    start = datetime.datetime(2026, 11, 26, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        assert sign_in(client, PASSWORD).status_code == 302
        assert client.session.get_expire_at_browser_close()
        assert client.get(reverse("responses:register")).status_code == 200
    later = start + datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    with time_machine.travel(later, tick=False):
        reply = client.get(reverse("responses:register"))
    assert reply.status_code == 302 and reverse("accounts:login") in reply["Location"]


def test_pages_send_a_content_security_policy_without_inline_script(client, liaison_officer):
    client.force_login(liaison_officer)
    for url in (reverse("accounts:login"), reverse("responses:register"), reverse("notifications:my_work")):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
        assert "frame-ancestors 'none'" in policy


def test_pages_send_the_usual_security_headers(client):
    reply = client.get(reverse("accounts:login"))
    assert reply["X-Frame-Options"] == "DENY"
    assert reply["X-Content-Type-Options"] == "nosniff"
    assert reply["Referrer-Policy"] == "same-origin"


def _settings_in(env):
    code = ("import json, django; from django.conf import settings as s; django.setup(); print(json.dumps("
            "[s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.DEBUG]))")
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "SECURE_COOKIES"}}
    return subprocess.run([sys.executable, "-c", code], env={**clean, "DJANGO_SETTINGS_MODULE": "oversight.settings",
                          **env}, capture_output=True, text=True, cwd=settings.BASE_DIR)


def test_cookies_are_secure_when_debug_is_off():
    run = _settings_in({"DEBUG": "false", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "oversight.example"})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[true, true, true, false]"


def test_production_refuses_to_start_without_a_secret_key():
    run = _settings_in({"DEBUG": "false", "ALLOWED_HOSTS": "oversight.example"})
    assert run.returncode != 0
    assert "Set SECRET_KEY" in run.stderr
