"""Nothing happens twice (issue 15): a double click, two tabs or a retried request that repeats a
long operation has exactly one effect. Threads post at once through the whole app (middleware,
view, service), each on its own database connection, as gunicorn's workers would.

PostgreSQL runs these truly in parallel; SQLite serialises writers (IMMEDIATE transactions), so
the same tests there check that the second request sees the first's result.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from oversight.reports.models import Finding, Report
from oversight.responses.models import Response

pytestmark = pytest.mark.django_db(transaction=True)

ATTEMPTS = 4


def at_once(user, url, data=None):
    """POST `url` from ATTEMPTS clients released together; the status codes they got."""
    barrier, codes, errors = threading.Barrier(ATTEMPTS), [], []

    def post():
        try:
            client = Client()
            client.force_login(user)
            barrier.wait(timeout=30)
            codes.append(client.post(url, data or {}).status_code)
        except Exception as error:  # noqa: BLE001  reported below, with the thread's own error
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return codes


@pytest.fixture
def checked_import(liaison_officer, force):
    from oversight.interop import services
    from oversight.interop.tests.helpers import csv_file

    rows = [["Report title", "Ref", "Recommendation"]] + [
        ["A concurrent thematic", str(n), f"Forces should do thing {n}."] for n in range(1, 31)]
    run = services.start_import(csv_file(rows), organisation=force, by=liaison_officer)
    services.check_import(run, by=liaison_officer)
    return run


@pytest.mark.skipif("connection.vendor == 'sqlite'", reason="SQLite's in-memory test database is one writer at a time")
def test_concurrent_commits_of_one_import_create_the_report_and_its_findings_once(checked_import, liaison_officer):
    codes = at_once(liaison_officer, reverse("interop:commit", args=[checked_import.pk]))
    assert all(code == 302 for code in codes)
    assert Report.objects.filter(title="A concurrent thematic").count() == 1
    assert Finding.objects.filter(report__title="A concurrent thematic").count() == 30
    assert Response.objects.filter(finding__report__title="A concurrent thematic").count() == 30
    checked_import.refresh_from_db()
    assert checked_import.state == "committed" and checked_import.outcome["created"] == 30


@pytest.fixture
def reading(liaison_officer, force):
    from oversight.extraction.models import ReportUpload

    findings = [{"id": f"f{n}", "kind": "recommendation", "ref": str(n), "text": f"Chief constables should act {n}.",
                 "addressees": ["Chief constables"], "due_text": "", "due_on": None, "parent": None, "page": 1,
                 "theme": ""} for n in range(1, 11)]
    return ReportUpload.objects.create(organisation=force, uploaded_by=liaison_officer, source_name="report.pdf",
                                       content_hash="2" * 64, format="pdf", title="Read at once", findings=findings)


@pytest.mark.skipif("connection.vendor == 'sqlite'", reason="SQLite's in-memory test database is one writer at a time")
def test_concurrent_confirms_of_one_reading_write_the_report_once(reading, liaison_officer):
    codes = at_once(liaison_officer, reverse("extraction:confirm", args=[reading.pk]),
                    {"title": "Read at once", "kind": "national_thematic", "published_on": ""})
    assert sorted(codes).count(302) == 1, codes  # one confirms; the others are told it already was
    assert all(code in (302, 422) for code in codes)
    assert Report.objects.filter(title="Read at once").count() == 1
    assert Finding.objects.filter(report__title="Read at once").count() == 10
    assert Response.objects.filter(finding__report__title="Read at once").count() == 10


def test_a_second_confirm_after_the_first_is_told_and_writes_nothing(reading, liaison_officer, client):
    client.force_login(liaison_officer)
    url = reverse("extraction:confirm", args=[reading.pk])
    data = {"title": "Read at once", "kind": "national_thematic", "published_on": ""}
    assert client.post(url, data).status_code == 302
    second = client.post(url, data)
    assert second.status_code in (404, 422)
    assert Finding.objects.filter(report__title="Read at once").count() == 10
