"""Evidence and the action plan on the response page (issue 10): pages, services and bad input."""

import datetime

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from oversight.responses import services
from oversight.responses.models import Action, Evidence

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def pdf(name="training-register.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def add_evidence(client, response, **data):
    payload = {f"evidence-{k}": v for k, v in data.items()}
    return client.post(reverse("responses:add_evidence", args=[response.pk]), payload)


def test_the_owner_uploads_two_files_with_a_description_and_sees_who_added_them(client, scene, action_owner):
    response = scene["r1"]
    response.owner = action_owner
    response.save()
    client.force_login(action_owner)
    reply = add_evidence(client, response, description="Supervision audit", files=[pdf(), pdf("minutes.pdf")])
    assert reply.status_code == 302
    added = list(Evidence.objects.filter(response=response).order_by("file_name"))
    assert [e.file_name for e in added] == ["minutes.pdf", "training-register.pdf"]
    assert all(e.added_by == action_owner and e.file_size == len(PDF) for e in added)
    assert all(default_storage.exists(e.file.name) for e in added)
    page = client.get(response.get_absolute_url()).content.decode()
    assert action_owner.get_full_name() in page and "Supervision audit" in page
    assert "/media/" not in page and action_owner.username not in page


def test_a_link_to_a_document_held_elsewhere_is_evidence(client, scene, liaison_officer):
    client.force_login(liaison_officer)
    reply = add_evidence(client, scene["r1"], description="Portal submission",
                         url="https://portal.hmicfrs.example/sub/42")
    assert reply.status_code == 302
    assert Evidence.objects.get(response=scene["r1"]).url == "https://portal.hmicfrs.example/sub/42"


@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("empty.pdf", b""), "empty"),
    (SimpleUploadedFile("tool.exe", b"MZ\x90\x00"), "must be a PDF, Word"),
    (SimpleUploadedFile("renamed.pdf", b"MZ\x90\x00 not a pdf"), "not a real .pdf file"),
    (SimpleUploadedFile("big.pdf", PDF + b"x" * 2000), "bigger than"),
])
def test_a_bad_file_is_refused_with_a_message_and_nothing_is_saved(client, scene, liaison_officer, settings, media,
                                                                    upload, message):
    settings.EVIDENCE_MAX_BYTES = 1000
    client.force_login(liaison_officer)
    reply = add_evidence(client, scene["r1"], description="Audit", files=[pdf(), upload])
    assert reply.status_code == 422
    assert message in reply.content.decode()
    assert 'class="govuk-error-summary"' in reply.content.decode()
    assert not Evidence.objects.exists()
    assert not [p for p in media.rglob("*") if p.is_file()], "a file was written although the upload was refused"


def test_evidence_needs_a_description_and_a_file_or_link(client, scene, liaison_officer):
    client.force_login(liaison_officer)
    assert add_evidence(client, scene["r1"], description="", url="https://example.org/a").status_code == 422
    reply = add_evidence(client, scene["r1"], description="Something")
    assert reply.status_code == 422 and "Choose a file or give a link" in reply.content.decode()
    assert not Evidence.objects.exists()


def test_the_file_is_downloaded_through_an_access_checked_view(client, scene, liaison_officer, committee_member,
                                                                other_org_liaison):
    [evidence] = services.attach_evidence(scene["r1"], description="Audit", files=[pdf()], by=liaison_officer)
    url = reverse("responses:download_evidence", args=[scene["r1"].pk, evidence.pk])
    client.force_login(committee_member)
    reply = client.get(url)
    assert reply.status_code == 200
    assert b"".join(reply.streaming_content) == PDF
    assert 'attachment; filename="training-register.pdf"' == reply["Content-Disposition"]
    client.force_login(other_org_liaison)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_archiving_evidence_keeps_it_with_the_reason(client, scene, action_owner):
    response = scene["r1"]
    response.owner = action_owner
    response.save()
    [evidence] = services.attach_evidence(response, description="Old audit", files=[pdf()], by=action_owner)
    client.force_login(action_owner)
    url = reverse("responses:archive_evidence", args=[response.pk, evidence.pk])
    assert client.post(url, {"reason": ""}).status_code == 422
    evidence.refresh_from_db()
    assert evidence.archived_at is None
    assert client.post(url, {"reason": "Superseded by the 2024 audit"}).status_code == 302
    evidence.refresh_from_db()
    assert evidence.archived_by == action_owner and evidence.archive_reason == "Superseded by the 2024 audit"
    assert default_storage.exists(evidence.file.name)
    page = client.get(response.get_absolute_url()).content.decode()
    assert "Archived evidence (1)" in page and "Superseded by the 2024 audit" in page


def test_a_committee_member_cannot_add_or_archive_evidence(client, scene, committee_member, liaison_officer):
    [evidence] = services.attach_evidence(scene["r1"], description="Audit", url="https://example.org/a",
                                          by=liaison_officer)
    client.force_login(committee_member)
    assert add_evidence(client, scene["r1"], description="X", url="https://example.org/b").status_code == 403
    url = reverse("responses:archive_evidence", args=[scene["r1"].pk, evidence.pk])
    assert client.post(url, {"reason": "no"}).status_code == 403
    assert Evidence.objects.count() == 1 and not Evidence.objects.filter(archived_at__isnull=False).exists()


def add_action(client, response, **data):
    return client.post(reverse("responses:add_action", args=[response.pk]),
                       {f"action-{k}": v for k, v in data.items()})


def test_an_action_is_added_with_an_owner_and_due_date(client, scene, liaison_officer, action_owner):
    client.force_login(liaison_officer)
    due = timezone.localdate() + datetime.timedelta(days=30)
    reply = add_action(client, scene["r1"], description="Train supervisors", owner=action_owner.pk, due_on=due)
    assert reply.status_code == 302
    action = Action.objects.get()
    assert (action.owner, action.due_on, action.position) == (action_owner, due, 1)
    page = client.get(scene["r1"].get_absolute_url()).content.decode()
    assert "Train supervisors" in page and action_owner.get_full_name() in page


def test_an_action_due_before_today_is_refused(client, scene, liaison_officer):
    client.force_login(liaison_officer)
    reply = add_action(client, scene["r1"], description="Late", due_on=timezone.localdate() - datetime.timedelta(1))
    assert reply.status_code == 422
    assert "The due date must be today or in the future" in reply.content.decode()
    assert not Action.objects.exists()


def test_an_owner_from_another_organisation_is_refused(client, scene, liaison_officer, other_org_liaison):
    client.force_login(liaison_officer)
    reply = add_action(client, scene["r1"], description="Train", owner=other_org_liaison.pk)
    assert reply.status_code == 422 and not Action.objects.exists()


def test_actions_are_edited_completed_and_reordered(client, scene, liaison_officer, action_owner):
    response = scene["r1"]
    first = services.add_action(response, description="First", by=liaison_officer)
    second = services.add_action(response, description="Second", by=liaison_officer)
    client.force_login(liaison_officer)
    move = reverse("responses:move_action", args=[response.pk, second.pk])
    assert client.post(move, {"direction": "up"}).status_code == 302
    assert list(response.actions.order_by("position").values_list("description", flat=True)) == ["Second", "First"]
    assert client.post(move, {"direction": "sideways"}).status_code == 400

    edit = reverse("responses:edit_action", args=[response.pk, first.pk])
    assert client.get(edit).status_code == 200
    reply = client.post(edit, {"action-description": "First, revised", "action-owner": action_owner.pk,
                               "action-due_on": "", "action-version": first.version})
    assert reply.status_code == 302
    first.refresh_from_db()
    assert (first.description, first.owner) == ("First, revised", action_owner)
    stale = client.post(edit, {"action-description": "Lost", "action-owner": "", "action-due_on": "",
                               "action-version": 1})
    assert stale.status_code == 409

    complete = reverse("responses:complete_action", args=[response.pk, first.pk])
    assert client.post(complete).status_code == 302
    first.refresh_from_db()
    assert first.done_on == timezone.localdate()


def test_an_overdue_action_keeps_its_date_when_only_its_text_changes(scene, liaison_officer):
    action = services.add_action(scene["r1"], description="Old", by=liaison_officer)
    Action.objects.filter(pk=action.pk).update(due_on=datetime.date(2020, 1, 1))
    action.refresh_from_db()
    services.edit_action(action, description="Old, reworded", owner=None, due_on=datetime.date(2020, 1, 1),
                         by=liaison_officer, expected_version=action.version)
    assert action.is_overdue
    with pytest.raises(services.InvalidInput):
        services.edit_action(action, description="x", owner=None, due_on=datetime.date(2020, 2, 1),
                             by=liaison_officer, expected_version=action.version)


def test_overdue_actions_show_on_my_work_and_the_register(client, scene, liaison_officer, action_owner):
    response = scene["r2"]
    late = services.add_action(response, description="Brief the supervisors", owner=action_owner, by=liaison_officer)
    done = services.add_action(response, description="Already done", owner=action_owner, by=liaison_officer)
    Action.objects.filter(pk__in=[late.pk, done.pk]).update(due_on=datetime.date(2020, 1, 1))
    services.complete_action(done, by=liaison_officer)
    client.force_login(action_owner)
    page = client.get(reverse("notifications:my_work"))
    assert [a.pk for a in page.context["overdue_actions"]] == [late.pk]
    assert "Brief the supervisors" in page.content.decode()
    client.force_login(liaison_officer)
    rows = {r.pk: r for r in client.get(reverse("responses:register")).context["page"].object_list}
    assert rows[response.pk].has_overdue_action and not rows[scene["r1"].pk].has_overdue_action
