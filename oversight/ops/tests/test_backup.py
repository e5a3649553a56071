"""`oversight backup` / `oversight restore`: a round trip gives back the same rows, files and audit trail."""

import hashlib

import pytest
from auditlog.models import LogEntry
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from oversight.interop import services
from oversight.interop.models import ImportRun
from oversight.interop.tests.helpers import csv_file
from oversight.ops.backup import read_manifest, row_counts
from oversight.responses.models import Response

pytestmark = pytest.mark.django_db(transaction=True)
REPORT = "Vetting, misconduct and misogyny"


def audit_trail():
    return list(LogEntry.objects.order_by("pk").values_list("pk", "timestamp", "action", "object_pk", "changes",
                                                          "actor_id", "content_type_id"))


def files_of(names):
    result = {}
    for name in names:
        with default_storage.open(name, "rb") as handle:
            result[name] = hashlib.sha256(handle.read()).hexdigest()
    return result


@pytest.fixture
def scene(liaison_officer, force):
    rows = [[REPORT, str(n), f"Finding {n}.", f"Update {n}", "Amber"] for n in range(1, 6)]
    run = services.start_import(csv_file([["Report title", "Ref", "Finding", "Notes", "RAG"], *rows]),
                                organisation=force, by=liaison_officer)
    run.mapping = {"Report title": "report_title", "Ref": "ref", "Finding": "text", "Notes": "update", "RAG": "rag"}
    run.save()
    services.commit_import(run, by=liaison_officer)
    assert Response.objects.count() == 5 and LogEntry.objects.exists()
    return run


def test_a_backup_restored_gives_back_every_row_file_and_audit_entry(scene, tmp_path, capsys, liaison_officer):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive))
    assert "files to" in capsys.readouterr().out
    before = {"rows": row_counts(), "audit": audit_trail(), "files": files_of([scene.file.name])}
    manifest = read_manifest(archive)
    assert manifest["rows"] == before["rows"] and manifest["files"] == before["files"]

    # Things go wrong: rows deleted without the audit trail knowing, a file lost.
    from oversight.responses.models import Update

    Update.objects.all().delete()
    LogEntry.objects.filter(pk__gt=LogEntry.objects.order_by("pk").first().pk).delete()
    default_storage.delete(scene.file.name)

    call_command("restore", str(archive))
    assert "row counts and file checksums match" in capsys.readouterr().out
    assert row_counts() == before["rows"]
    assert audit_trail() == before["audit"]
    assert files_of([scene.file.name]) == before["files"]
    assert ImportRun.objects.get().state == ImportRun.State.COMMITTED
    # The restored database works on: new rows get new ids, not ones already taken.
    services.start_import(csv_file([["Ref"], ["1"]]), organisation=scene.organisation, by=liaison_officer)
    assert ImportRun.objects.count() == 2


def test_a_restore_over_a_newer_database_is_refused_unless_forced(scene, tmp_path, liaison_officer):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive))
    counts = row_counts()
    services.start_import(csv_file([["Ref"], ["1"]]), organisation=scene.organisation, by=liaison_officer)
    Response.objects.first().save()  # audited: activity after the backup
    with pytest.raises(CommandError, match="after the backup was taken.*--force"):
        call_command("restore", str(archive))
    assert ImportRun.objects.count() == 2  # nothing replaced
    call_command("restore", str(archive), "--force")
    assert row_counts() == counts and ImportRun.objects.count() == 1


def test_an_archive_whose_file_was_tampered_with_is_refused(scene, tmp_path):
    import io
    import tarfile

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive))
    bad = tmp_path / "bad.tar.gz"
    with tarfile.open(archive) as src, tarfile.open(bad, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name.startswith("files/"):
                data = b"changed" + data
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore", str(bad), "--force")
    assert Response.objects.count() == 5
