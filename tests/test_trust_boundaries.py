"""Issue 15: each break an auditor found, as a test that failed before the fix and passes after.

Nothing crosses organisations; every change is on the record under its author; nothing happens
twice or silently un-happens; bad input is a 4xx with a message, never a 5xx.
"""

import datetime
import io
import zipfile

import pytest
from auditlog.models import LogEntry
from django.db.models import ProtectedError
from django.test import override_settings
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from oversight.interop import services as import_services
from oversight.interop.tests.helpers import csv_file, xlsx
from oversight.reports.models import Finding, Report
from oversight.reports.tests.factories import FindingFactory, ReportFactory, ReportInvolvementFactory
from oversight.responses.models import Response, Update
from oversight.responses.tests.factories import ResponseFactory, UpdateFactory

pytestmark = pytest.mark.django_db

DUTY = "A duty to protect: Police use of protective measures in cases involving violence against women and girls"
HEADERS = ["Report title", "Ref", "Recommendation", "Due date"]


@pytest.fixture
def their_report(force):
    """A national report only West Midlands has in its register (West Mercia cannot see it)."""
    report = ReportFactory(title=DUTY)
    ReportInvolvementFactory(report=report, organisation=force)
    finding = FindingFactory(report=report, ref="1", text="Chief constables should use protective orders.",
                             due_on=datetime.date(2025, 1, 31))
    ResponseFactory(finding=finding, organisation=force)
    return report


def _import(rows, by, organisation, name="register.csv"):
    upload = csv_file([HEADERS, *rows], name=name)
    run = import_services.start_import(upload, organisation=organisation, by=by)
    import_services.check_import(run, by=by)
    run.refresh_from_db()
    return run


# 1. Cross-organisation write through import -------------------------------------------------------

def test_an_import_never_rewrites_a_finding_of_a_report_only_another_organisation_sees(
        their_report, other_org_liaison, other_force):
    finding = their_report.findings.get()
    run = _import([[DUTY, "1", "Rewritten by West Mercia.", "01/06/2030"]], other_org_liaison, other_force)
    import_services.commit_import(run, by=other_org_liaison)
    finding.refresh_from_db()
    assert finding.text == "Chief constables should use protective orders."
    assert finding.due_on == datetime.date(2025, 1, 31)
    assert not Response.objects.filter(finding=finding, organisation=other_force).exists()
    # West Mercia got a report of its own; the West Midlands one stays out of its sight.
    assert Report.objects.filter(title=DUTY).count() == 2
    from oversight.accounts import access

    assert their_report not in access.visible(Report.objects.all(), other_org_liaison)


def test_a_shared_report_gets_the_importers_own_response_never_an_edit_of_its_text(
        scene, other_org_liaison, other_force):
    rec1 = scene["rec1"]
    printed = rec1.text
    run = _import([[scene["report"].title, "1", "West Mercia's own wording.", ""]], other_org_liaison, other_force)
    problems = run.outcome["problems"]
    assert problems and "shared with other organisations" in problems[0]["message"]
    rec1.refresh_from_db()
    assert rec1.text == printed
    # The same row with the text as printed is simply the importer's response.
    run = _import([[scene["report"].title, "1", printed, ""]], other_org_liaison, other_force, name="again.csv")
    assert not run.outcome["problems"]


def test_report_titles_match_whatever_the_dashes_quotes_and_case(scene, liaison_officer, force):
    title = scene["report"].title.replace("–", "-").upper()
    run = _import([[title, "2", scene["rec2"].text, ""]], liaison_officer, force)
    import_services.commit_import(run, by=liaison_officer)
    assert Report.objects.count() == 1


# 2. Audit trail leaks --------------------------------------------------------------------------

def test_the_audit_trail_shows_nothing_of_a_report_another_organisation_cannot_see(
        client, their_report, liaison_officer, other_org_liaison):
    finding = their_report.findings.get()
    from auditlog.context import set_actor

    from oversight.reports import services as report_services

    with set_actor(liaison_officer):
        report_services.edit_finding(finding, {"text": "West Midlands corrected its own text."},
                                     by=liaison_officer, organisation=liaison_officer.memberships.get().organisation)
    assert LogEntry.objects.get_for_object(finding).exists()
    client.force_login(other_org_liaison)
    for url in (reverse("audit:log"), reverse("audit:export"), reverse("audit:log") + f"?record={finding.pk}"):
        reply = client.get(url)
        body = b"".join(reply.streaming_content) if reply.streaming else reply.content
        assert reply.status_code == 200
        assert b"West Midlands corrected" not in body and DUTY.encode()[:30] not in body, url


def test_a_reviewer_does_not_read_the_names_of_another_organisations_people(
        client, scene, reviewer, other_org_liaison):
    from auditlog.context import set_actor

    from oversight.reports import services as report_services

    other_org_liaison.first_name, other_org_liaison.last_name = "Morag", "Mercia"
    other_org_liaison.save()
    with set_actor(other_org_liaison):
        LogEntry.objects.log_create(scene["rec1"], action=LogEntry.Action.UPDATE, actor=other_org_liaison,
                                    force_log=True, changes={"theme": ["", "Investigations"]})
    assert report_services  # the finding is national: both forces answer it
    client.force_login(reviewer)
    page = client.get(reverse("audit:log")).content.decode()
    assert "Investigations" in page and "Someone at another organisation" in page
    assert "Mercia" not in page and "wm-liaison" not in page


def test_similar_findings_never_name_a_report_the_user_cannot_open(client, scene, their_report, liaison_officer,
                                                                 other_org_liaison, other_force):
    from oversight.reports.models import FindingLink

    secret = ReportFactory(title="West Mercia only")
    ReportInvolvementFactory(report=secret, organisation=other_force)
    hidden = FindingFactory(report=secret, text="Hidden finding")
    FindingLink.objects.create(source=scene["rec1"], target=hidden, relation="related", created_by=other_org_liaison)
    client.force_login(liaison_officer)
    page = client.get(reverse("search:similar", args=[scene["rec1"].pk])).content.decode()
    assert "West Mercia only" not in page and "Hidden finding" not in page


# 3. Actor lost ----------------------------------------------------------------------------------

def test_a_change_through_the_api_with_a_token_is_audited_under_its_author(scene, liaison_officer):
    token = Token.objects.create(user=liaison_officer)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    r1 = scene["r1"]
    reply = client.patch(f"/api/responses/{r1.pk}/", {"narrative": "Written through the API"}, format="json",
                         HTTP_IF_MATCH=f'"{r1.version}"')
    assert reply.status_code == 200
    entry = LogEntry.objects.get_for_object(r1).filter(changes__icontains="Written through the API").get()
    assert entry.actor == liaison_officer


def test_a_person_with_history_cannot_be_deleted(scene, liaison_officer, client, admin_user):
    LogEntry.objects.log_create(scene["r1"], action=LogEntry.Action.UPDATE, actor=liaison_officer, force_log=True,
                                changes={"narrative": ["", "x"]})
    from django.db import transaction

    with pytest.raises(ProtectedError), transaction.atomic():
        liaison_officer.delete()
    client.force_login(admin_user)
    url = reverse("admin:accounts_user_delete", args=[liaison_officer.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    client.post(reverse("admin:accounts_user_changelist"),
                {"action": "deactivate_selected", "_selected_action": [liaison_officer.pk]})
    liaison_officer.refresh_from_db()
    assert not liaison_officer.is_active
    assert LogEntry.objects.filter(actor=liaison_officer).exists()


# 4. Done twice ----------------------------------------------------------------------------------

def test_committing_an_import_twice_imports_once(liaison_officer, force, client):
    run = _import([["A new thematic report", "1", "Forces should act.", ""]], liaison_officer, force)
    client.force_login(liaison_officer)
    for _ in range(2):
        client.post(reverse("interop:commit", args=[run.pk]))
    assert Report.objects.filter(title="A new thematic report").count() == 1
    assert Finding.objects.filter(text="Forces should act.").count() == 1
    with pytest.raises(Exception, match="already been imported"):
        import_services.commit_import(run, by=liaison_officer)


# 5. Silently undone -----------------------------------------------------------------------------

def test_an_admin_edit_bumps_the_version_so_an_older_open_form_is_told(client, scene, admin_user, liaison_officer):
    r1 = scene["r1"]
    opened_at = r1.version
    client.force_login(admin_user)
    page = client.get(reverse("admin:responses_response_change", args=[r1.pk]))
    form = page.context["adminform"].form
    data = {name: ("" if value is None else value) for name, value in form.initial.items()
            if name in form.fields}
    data.update({"narrative": "The administrator's correction", "expected_version": opened_at})
    reply = client.post(reverse("admin:responses_response_change", args=[r1.pk]), data)
    assert reply.status_code == 302
    r1.refresh_from_db()
    assert r1.narrative == "The administrator's correction" and r1.version == opened_at + 1
    entry = LogEntry.objects.get_for_object(r1).filter(changes__icontains="correction").get()
    assert entry.actor == admin_user
    client.force_login(liaison_officer)
    stale = client.post(reverse("responses:edit", args=[r1.pk]), {
        "applicability": r1.applicability, "rag": r1.rag, "narrative": "The owner's old form",
        "portfolio": r1.portfolio_id, "business_area": r1.business_area_id, "board": r1.board_id,
        "version": opened_at})
    assert stale.status_code == 409
    r1.refresh_from_db()
    assert r1.narrative == "The administrator's correction"


# 6. Rules bypassed ------------------------------------------------------------------------------

@pytest.fixture
def owner_api(action_owner):
    client = APIClient()
    client.force_authenticate(action_owner)
    return client


def test_an_owner_cannot_set_not_applicable_through_the_api(scene, action_owner, owner_api):
    r1 = scene["r1"]
    Response.objects.filter(pk=r1.pk).update(owner=action_owner)
    reply = owner_api.patch(f"/api/responses/{r1.pk}/", {"applicability": "not_applicable",
                                                         "applicability_reason": "Not ours"},
                            format="json", HTTP_IF_MATCH=f'"{r1.version}"')
    assert reply.status_code == 422 and "Mark as not applicable" in reply.json()["detail"]
    r1.refresh_from_db()
    assert r1.applicability == "applies"


def test_an_owner_cannot_rewrite_the_liaison_officers_update(scene, action_owner, liaison_officer, owner_api):
    r1 = scene["r1"]
    Response.objects.filter(pk=r1.pk).update(owner=action_owner)
    update = UpdateFactory(response=Response.objects.get(pk=r1.pk), by=liaison_officer, text="The liaison officer's words")
    from oversight.core.exceptions import NotAllowed
    from oversight.responses import services

    with pytest.raises(NotAllowed, match="Only the person who wrote an update, or the liaison officer"):
        services.edit_update(update, text="Rewritten", rag="", by=action_owner, expected_version=update.version)
    update.refresh_from_db()
    assert update.text == "The liaison officer's words"


def test_the_api_refuses_an_update_dated_in_the_future_as_the_page_does(scene, liaison_officer):
    client = APIClient()
    client.force_authenticate(liaison_officer)
    reply = client.post("/api/updates/", {"response": scene["r1"].pk, "text": "From the future",
                                          "written_on": "2099-01-01"}, format="json")
    assert reply.status_code == 422 and "future" in reply.json()["detail"]
    assert not Update.objects.filter(text="From the future").exists()


def test_the_api_list_leaves_out_archived_responses_as_the_register_does(scene, liaison_officer):
    from oversight.audit.services import archive

    archive(scene["r2"], by=liaison_officer, reason="Entered twice")
    client = APIClient()
    client.force_authenticate(liaison_officer)
    ids = {row["id"] for row in client.get("/api/responses/").json()["results"]}
    assert scene["r1"].pk in ids and scene["r2"].pk not in ids


def test_a_transition_with_a_non_text_reason_is_a_clear_422(scene, liaison_officer):
    client = APIClient()
    client.force_authenticate(liaison_officer)
    reply = client.post(f"/api/responses/{scene['r2'].pk}/transition/",
                        {"action": "mark_not_applicable", "payload": {"reason": 42}}, format="json")
    assert reply.status_code == 422 and "must be text" in reply.json()["detail"]
    scene["r2"].refresh_from_db()
    assert scene["r2"].status == "open"


# 7 and 8. Bad input and resource limits -------------------------------------------------------

def _upload(client, data, name, organisation):
    upload = io.BytesIO(data)
    upload.name = name
    return client.post(reverse("interop:upload"), {"file": upload, "organisation": organisation.pk})


@pytest.mark.parametrize(("name", "data", "message"), [
    ("broken.xlsx", None, "damaged"),
    ("workbook-only.xlsx", "workbook-only", "damaged"),
    ("long.csv", ("Report title,Recommendation\nA report," + "x" * 140_000 + "\n").encode(), "longer than"),
    ("mixed.csv", "Report title,Recommendation\nA report,“quoted”\nB report,caf\xe9\n".encode()
     .replace(b"caf\xc3\xa9", b"caf\xe9"), "mixes UTF-8"),
])
def test_a_damaged_or_hostile_register_is_refused_with_a_message(client, liaison_officer, force, name, data,
                                                                 message):
    if data is None:
        data = xlsx([HEADERS, ["A report", "1", "Text", ""]]).getvalue()
        data = _replace_in_zip(data, "xl/workbook.xml", b"<workbook><not-closed>")
    elif data == "workbook-only":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("xl/workbook.xml", "<workbook/>")
        data = out.getvalue()
    client.force_login(liaison_officer)
    before = Report.objects.count()
    reply = _upload(client, data, name, force)
    if reply.status_code == 302:  # accepted for mapping: the check must then refuse it
        run_pk = int(reply["Location"].rstrip("/").split("/")[-2])
        reply = client.get(reverse("interop:mapping", args=[run_pk]))
    assert 400 <= reply.status_code < 500, reply.status_code
    assert message in reply.content.decode()
    assert Report.objects.count() == before


def _replace_in_zip(data, member, content):
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, content if item.filename == member else source.read(item))
    return out.getvalue()


def test_an_over_long_title_or_a_nul_byte_is_a_row_problem_not_a_database_error(liaison_officer, force):
    run = _import([["T" * 5000, "1", "Text", ""], ["A report", "2", "Bad\x00byte", ""]], liaison_officer, force)
    messages = " ".join(p["message"] for p in run.outcome["problems"])
    assert "5,000 characters" in messages and "NUL" in messages
    assert not Report.objects.exists()


@override_settings(MAX_UPLOAD_BYTES=10_000)
def test_an_upload_over_the_limit_is_refused_on_every_route_before_it_is_read(client, scene, liaison_officer):
    client.force_login(liaison_officer)
    big = io.BytesIO(b"x" * 1_200_000)
    big.name = "evidence.pdf"
    for url in ("/api/evidence/", reverse("interop:upload"), reverse("extraction:upload")):
        big.seek(0)
        reply = client.post(url, {"response": scene["r1"].pk, "file": big, "description": "Too big"})
        assert reply.status_code == 413, url
        assert "larger than" in reply.content.decode()
    assert not scene["r1"].evidence.exists()


def test_a_server_error_is_a_page_for_people_and_a_problem_body_for_the_api(rf):
    from oversight.core.views import server_error

    page = server_error(rf.get("/responses/"))
    assert page.status_code == 500 and b"Sorry, there is a problem with the service" in page.content
    api = server_error(rf.get("/api/responses/"))
    assert api.status_code == 500 and api["Content-Type"] == "application/problem+json"


# 9. The API's own description, HSTS, archiving ------------------------------------------------

def test_the_api_schema_and_docs_are_for_signed_in_people_only(client, liaison_officer):
    assert client.get("/api/schema/").status_code in (401, 403)
    assert reverse("accounts:login") in client.get("/api/docs/")["Location"]
    client.force_login(liaison_officer)
    assert client.get("/api/schema/").status_code == 200


def test_production_settings_pass_the_deployment_checks():
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEBUG": "false", "SECRET_KEY": "k" * 60 + "-not-a-real-secret-0123456789",
           "ALLOWED_HOSTS": "oversight.example.police.uk", "SECURE_SSL_REDIRECT": "true"}
    for name in ("OVERSIGHT_COMMAND_LINE", "DJANGO_ALLOW_ASYNC_UNSAFE"):  # the latter is the browser tests'
        env.pop(name, None)
    done = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_a_liaison_officer_archives_a_response_on_its_page_and_through_the_api(client, scene, liaison_officer):
    client.force_login(liaison_officer)
    url = reverse("responses:archive", args=[scene["r2"].pk])
    assert client.post(url, {"reason": ""}).status_code == 422
    assert client.post(url, {"reason": "Entered twice"}).status_code == 302
    scene["r2"].refresh_from_db()
    assert scene["r2"].is_archived and scene["r2"].archive_reason == "Entered twice"
    api = APIClient()
    api.force_authenticate(liaison_officer)
    assert api.post(f"/api/responses/{scene['r1'].pk}/archive/", {"reason": {"a": 1}}, format="json").status_code == 400
    reply = api.post(f"/api/responses/{scene['r1'].pk}/archive/", {"reason": "Imported by mistake"}, format="json")
    assert reply.status_code == 200
    assert api.post(f"/api/responses/{scene['r1'].pk}/archive/", {"reason": "Again"},
                    format="json").status_code == 422
    assert LogEntry.objects.get_for_object(scene["r1"]).filter(changes__icontains="Imported by mistake",
                                                              actor=liaison_officer).exists()


def test_an_owner_cannot_archive(client, scene, action_owner):
    client.force_login(action_owner)
    assert client.post(reverse("responses:archive", args=[scene["r1"].pk]), {"reason": "Mine"}).status_code == 403
    scene["r1"].refresh_from_db()
    assert not scene["r1"].is_archived


def test_a_workbook_that_unpacks_beyond_the_bound_is_refused_before_it_is_read(monkeypatch):
    from oversight.core.exceptions import InvalidInput
    from oversight.interop import readers

    monkeypatch.setattr(readers, "MAX_UNPACKED_BYTES", 1024 * 1024)  # a 1 MB bound, so the bomb stays small
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 1024 * 1024))
    out.seek(0)
    assert len(out.getvalue()) < 10_000
    with pytest.raises(InvalidInput, match="unpacks to more than"):
        readers.sniff(out)


def _allocate(megabytes):
    return len(bytearray(megabytes * 1024 * 1024))


def _sleep(seconds):
    import time

    time.sleep(seconds)


def test_reading_is_bounded_in_memory_and_time_and_the_worker_survives():
    from oversight.core import bounded

    assert bounded.run(_allocate, 10, memory_bytes=2 * 1024 ** 3) == 10 * 1024 * 1024
    with pytest.raises(bounded.TooCostly, match="more than 1024 MB"):
        bounded.run(_allocate, 3000, memory_bytes=1024 ** 3)
    import time

    started = time.monotonic()
    with pytest.raises(bounded.TooCostly, match="longer than 1 seconds"):
        bounded.run(_sleep, 30, seconds=1)
    assert time.monotonic() - started < 5
    with pytest.raises(ZeroDivisionError):  # the reader's own errors come back as they were
        bounded.run(divmod, 1, 0)


def test_an_html_bomb_is_refused_with_a_message_and_nothing_is_written(client, liaison_officer, force):
    from oversight.extraction.models import ReportUpload

    client.force_login(liaison_officer)
    bomb = io.BytesIO(b"<html><body>" + b"<div>" * 100_000 + b"The force should act." + b"</div>" * 100_000)
    bomb.name = "bomb.html"
    started = __import__("time").monotonic()
    reply = client.post(reverse("extraction:upload"), {"file": bomb, "organisation": force.pk})
    assert 400 <= reply.status_code < 500
    assert __import__("time").monotonic() - started < 5
    assert not ReportUpload.objects.exists()


def test_a_report_mixing_text_encodings_is_read_and_flagged_in_the_review_not_silently_rewritten(
        client, liaison_officer, force):
    text = ("Areas for improvement\n\nThe force should improve how it records “crime”.\n"
            "The force should review its caf\xe9 policy.\n").encode().replace("caf\xc3\xa9".encode("latin-1"),
                                                                                    b"caf\xe9")
    client.force_login(liaison_officer)
    upload = io.BytesIO(text)
    upload.name = "mixed.txt"
    reply = client.post(reverse("extraction:upload"), {"file": upload, "organisation": force.pk}, follow=True)
    page = reply.content.decode()
    assert "mixes text encodings" in page and "(4)" in page
    assert "“crime”" in page  # the UTF-8 lines keep their curly quotes


def _pdf_bomb(expanded_bytes):
    """A one-page PDF whose content stream inflates from a few hundred KB to `expanded_bytes`."""
    import zlib

    c = zlib.compressobj(9)
    chunk = b"BT /F1 12 Tf (x) Tj ET\n" * 4096
    parts, left = [], expanded_bytes
    while left > 0:
        parts.append(c.compress(chunk))
        left -= len(chunk)
    parts.append(c.flush())
    stream = b"".join(parts)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_a_pdf_bomb_is_refused_within_the_memory_bound_and_the_worker_survives():
    import time

    from oversight.core import bounded
    from oversight.extraction.propose import propose

    bomb = _pdf_bomb(300 * 1024 * 1024)
    assert len(bomb) < 2_000_000
    started = time.monotonic()
    with pytest.raises(bounded.TooCostly, match="more than 256 MB"):
        bounded.run(propose, bomb, "bomb.pdf", memory_bytes=256 * 1024 * 1024)
    assert time.monotonic() - started < 5
