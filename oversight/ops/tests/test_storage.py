"""Files through Django's storage API against a real S3-compatible server (moto's server mode) on loopback."""

import socket
import subprocess
import sys
import time

import boto3
import pytest
import requests
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from oversight.interop.models import ImportRun
from oversight.interop.tests.helpers import csv_file

BUCKET = "oversight-test"
KEYS = {"access_key": "testing", "secret_key": "testing"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            requests.get(url, timeout=1)
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("moto's S3 server did not start") from None
            time.sleep(0.2)
    client = boto3.client("s3", endpoint_url=url, region_name="eu-west-2", aws_access_key_id="testing",
                          aws_secret_access_key="testing")
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    yield {"url": url, "client": client, "process": process}
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def s3(s3_server, settings):
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": BUCKET, "endpoint_url": s3_server["url"], "region_name": "eu-west-2", **KEYS,
        "default_acl": "private", "querystring_auth": True, "querystring_expire": 60, "file_overwrite": False}}}
    return s3_server


def test_files_are_written_to_and_read_from_the_object_store_and_are_private(s3):
    name = default_storage.save("evidence/note.txt", ContentFile(b"minutes of the meeting"))
    objects = s3["client"].list_objects_v2(Bucket=BUCKET)["Contents"]
    assert name in [o["Key"] for o in objects]
    with default_storage.open(name, "rb") as handle:
        assert handle.read() == b"minutes of the meeting"
    grants = s3["client"].get_object_acl(Bucket=BUCKET, Key=name)["Grants"]
    assert not [g for g in grants if g["Grantee"].get("URI", "").endswith("AllUsers")]  # nothing public
    assert requests.get(f"{s3['url']}/{BUCKET}/{name}", timeout=5).status_code == 403  # unsigned: refused
    url = default_storage.url(name)
    assert "X-Amz-Signature" in url and "X-Amz-Expires=60" in url  # short-lived and signed
    assert requests.get(url, timeout=5).content == b"minutes of the meeting"
    default_storage.delete(name)
    assert not default_storage.exists(name)


@pytest.mark.django_db
def test_an_uploaded_register_is_kept_in_the_object_store_and_imported_from_it(s3, client, liaison_officer, force):
    client.force_login(liaison_officer)
    rows = [["Vetting, misconduct and misogyny", "1", "Forces should vet.", "", "Red"]]
    client.post(reverse("interop:upload"), {"file": csv_file([["Report title", "Ref", "Finding", "Notes", "RAG"], *rows]),
                                            "organisation": force.pk})
    run = ImportRun.objects.get()
    assert run.file.name in [o["Key"] for o in s3["client"].list_objects_v2(Bucket=BUCKET)["Contents"]]
    client.post(reverse("interop:mapping", args=[run.pk]), {"column_0": "report_title", "column_1": "ref",
                                                             "column_2": "text", "column_4": "rag"})
    assert ImportRun.objects.get().state == ImportRun.State.PREVIEWED


@pytest.mark.django_db
def test_readiness_names_the_object_store_when_it_is_down(s3, client, settings):
    assert client.get(reverse("readyz")).json()["checks"]["storage"]["status"] == "ok"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": BUCKET, "endpoint_url": f"http://127.0.0.1:{free_port()}", "region_name": "eu-west-2", **KEYS,
        "client_config": __import__("botocore.config").config.Config(connect_timeout=1, retries={"max_attempts": 1})}}}
    reply = client.get(reverse("readyz"))
    assert reply.status_code == 503
    assert reply.json()["checks"]["storage"] == {"status": "failing", "error": "EndpointConnectionError"}
    assert reply.json()["checks"]["database"]["status"] == "ok"
    assert client.get(reverse("healthz")).status_code == 200
