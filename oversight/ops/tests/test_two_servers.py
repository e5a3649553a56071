"""Two gunicorn app servers on different ports over one database: nothing lives in one server's memory."""

import re

import pytest
import requests
from django.core.management import call_command

from .processes import Processes, wait_for
from .test_storage import free_port

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "a-long-test-passphrase-1"


@pytest.fixture
def servers(tmp_path, settings, liaison_officer):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]  # what the servers read
    liaison_officer.set_password(PASSWORD)
    liaison_officer.save()
    env = {"AXES_FAILURE_LIMIT": 3}
    from django.db import connection

    if connection.vendor == "postgresql":  # the production arrangement: the cache in the database too
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                                       "LOCATION": "oversight_cache"}}
        call_command("createcachetable")
        env["OVERSIGHT_CACHE"] = "database"
    started = Processes(tmp_path)
    urls = []
    try:
        for name in ("a", "b"):
            port = free_port()
            started.start(name, [".venv/bin/gunicorn", "oversight.wsgi", "--bind", f"127.0.0.1:{port}",
                                 "--workers", "1"], **env)
            urls.append(f"http://127.0.0.1:{port}")
        for url in urls:
            wait_for(lambda url=url: _answers(url), timeout=90, what=f"{url} to start")
        yield urls
    finally:
        started.stop_all()


def _answers(url):
    try:
        return requests.get(f"{url}/healthz", timeout=20).status_code == 200
    except requests.RequestException:
        return False


def sign_in(session, server, username, password):
    page = session.get(f"{server}/accounts/sign-in/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return session.post(f"{server}/accounts/sign-in/", timeout=30, allow_redirects=False,
                        data={"username": username, "password": password, "csrfmiddlewaretoken": token},
                        headers={"Referer": f"{server}/accounts/sign-in/"})


def test_signed_in_on_one_server_the_person_carries_on_on_the_other(servers, liaison_officer):
    a, b = servers
    session = requests.Session()
    assert sign_in(session, a, liaison_officer.username, PASSWORD).status_code == 302
    page = session.get(f"{b}/", timeout=30, allow_redirects=False)
    assert page.status_code == 200 and "Sign out" in page.text
    signed_out = requests.get(f"{b}/", timeout=30, allow_redirects=False)
    assert signed_out.status_code == 302 and "/accounts/sign-in/" in signed_out.headers["Location"]


def test_a_lockout_on_one_server_holds_on_the_other(servers, liaison_officer):
    a, b = servers
    codes = [sign_in(requests.Session(), a, liaison_officer.username, "wrong").status_code for _ in range(3)]
    assert codes == [200, 200, 429]  # the third failure locks the account (AXES_FAILURE_LIMIT=3)
    locked = sign_in(requests.Session(), b, liaison_officer.username, PASSWORD)  # right password, other server
    assert locked.status_code == 429 and "Too many attempts" in locked.text
    assert "_auth_user_id" not in str(locked.cookies)
