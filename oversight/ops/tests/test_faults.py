"""Faults: the object store down, the database's connections cut, PostgreSQL restarted under load."""

import os
import shutil
import subprocess
import threading
import time

import pytest
import requests
from botocore.config import Config
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from oversight.responses.models import Evidence

from .processes import Processes, wait_for
from .test_storage import KEYS, free_port
from .test_two_servers import PASSWORD, sign_in


@pytest.fixture
def store_down(settings):
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": "oversight-files", "endpoint_url": f"http://127.0.0.1:{free_port()}", "region_name": "eu-west-2",
        **KEYS, "client_config": Config(connect_timeout=1, retries={"max_attempts": 1})}}}


@pytest.mark.django_db
def test_with_the_object_store_down_pages_answer_and_file_work_says_so_and_saves_nothing(
        client, liaison_officer, scene, store_down):
    response = scene["r1"]
    evidence = Evidence.objects.create(response=response, description="Training log", file="evidence/log.pdf",
                                       file_name="log.pdf", added_by=liaison_officer)
    client.force_login(liaison_officer)
    assert client.get(response.get_absolute_url()).status_code == 200  # the record is in the database
    download = client.get(reverse("responses:download_evidence", args=[response.pk, evidence.pk]))
    assert download.status_code == 503 and download["Retry-After"] == "60"
    assert "Files cannot be reached just now" in download.content.decode()
    upload = client.post(reverse("responses:add_evidence", args=[response.pk]), {
        "evidence-description": "Minutes", "evidence-files": SimpleUploadedFile("minutes.txt", b"Minutes of the board")})
    assert upload.status_code == 503
    assert "nothing was saved" in upload.content.decode()
    assert list(Evidence.objects.values_list("description", flat=True)) == ["Training log"]


def _server(tmp_path, settings, liaison_officer):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    liaison_officer.set_password(PASSWORD)
    liaison_officer.save()
    processes = Processes(tmp_path)
    port = free_port()
    processes.start("web", [".venv/bin/gunicorn", "oversight.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
                            "--threads", "2"])
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: _code(requests.Session(), f"{url}/healthz") == 200, timeout=90, what="the server to start")
    session = requests.Session()
    assert sign_in(session, url, liaison_officer.username, PASSWORD).status_code == 302
    return processes, url, session


def _code(session, url):
    try:
        return session.get(url, timeout=30, allow_redirects=False).status_code
    except requests.RequestException:
        return None  # refused while the database or server restarts


def _end_other_sessions():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_connections_cut_by_the_database_cost_a_reconnect_not_a_server_error(tmp_path, settings, liaison_officer,
                                                                            scene):
    """What a PostgreSQL restart, failover or idle-timeout does to an app server's kept connections.
    Safe in CI: it ends only sessions on this run's own test database."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's kept connections; SQLite opens the file per request")
    processes, url, session = _server(tmp_path, settings, liaison_officer)
    try:
        page = f"{url}/responses/"
        assert [_code(session, page) for _ in range(4)] == [200] * 4  # each gunicorn thread keeps a connection
        assert _end_other_sessions() >= 1
        assert [_code(session, page) for _ in range(8)] == [200] * 8  # health-checked, reopened, answered
    finally:
        processes.stop_all()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(os.environ.get("OVERSIGHT_PG_RESTART_TEST") != "1",
                    reason="restarts the PostgreSQL cluster: set OVERSIGHT_PG_RESTART_TEST=1 on a machine of your own")
def test_postgresql_restarted_under_load_the_app_recovers_without_a_restart_or_a_500(tmp_path, settings,
                                                                                   liaison_officer, scene):
    """Not in CI: restarting the shared cluster would cut every other test process's database."""
    assert connection.vendor == "postgresql"
    processes, url, session = _server(tmp_path, settings, liaison_officer)
    codes, stop = [], threading.Event()

    def load():
        while not stop.is_set():
            codes.append((time.monotonic(), _code(session, f"{url}/responses/")))

    loader = threading.Thread(target=load)
    try:
        loader.start()
        time.sleep(2)
        version = os.listdir("/etc/postgresql")[0]
        restarted_at = time.monotonic()
        command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"]
        subprocess.run(command if shutil.which("pg_ctlcluster") else ["false"], check=True, timeout=120)
        wait_for(lambda: codes and codes[-1][1] == 200 and codes[-1][0] > restarted_at, timeout=60,
                 what="the app to answer again")
        time.sleep(3)
    finally:
        stop.set()
        loader.join(timeout=60)
        processes.stop_all()
        connection.close()
    recovered = next(i for i, (at, code) in enumerate(codes) if at > restarted_at and code == 200)
    after = [code for _, code in codes[recovered:]]
    assert after and set(after) == {200}, f"after the reconnect: {sorted(set(after), key=str)}"
    assert 500 not in [code for _, code in codes]
