"""`oversight backup` and `oversight restore`: the whole database and every stored file, in one archive.

The archive (.tar.gz) holds:
  manifest.json  format, when, engine, applied migrations, row counts per table, sha256 per file
  data.exactjsonl  every row of every model (Django's serialiser: the same archive restores into SQLite
                 or PostgreSQL; one object a line, so neither side holds the whole database in memory)
  files/NAME     each file a FileField refers to, read through the storage API (disk or object store)

Restore checks the archive against its manifest, refuses a database that is newer than the backup
(activity recorded after it was taken, or migrations it does not have) unless forced, replaces every
row and file, then checks row counts and file checksums against the manifest before committing.
"""

import datetime
import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path

from auditlog.context import disable_auditlog
from auditlog.models import LogEntry
from django.apps import apps
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
serializers.register_serializer("exactjsonl", "oversight.ops.serializer")
SKIP_TABLES = {"django_migrations", "oversight_cache"}


class BackupRefused(Exception):
    pass


def row_counts():
    """Rows in each model's table (full-text shadow tables and the cache are derived, so not counted)."""
    existing = set(connection.introspection.table_names())
    tables = sorted({m._meta.db_table for m in apps.get_models(include_auto_created=True)} & existing - SKIP_TABLES)
    counts = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def migrations_applied():
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())


def stored_files():
    """Names of every file a row refers to, in the default storage."""
    names = set()
    for model in apps.get_models():
        fields = [f.name for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
        for field in fields:
            names.update(model._base_manager.exclude(**{field: ""}).exclude(**{f"{field}__isnull": True})
                         .values_list(field, flat=True))
    return sorted(names)


def last_activity():
    """The latest moment any row records: audit entries and every auto-set created/updated time."""
    moments = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.DateTimeField) and (field.auto_now or field.auto_now_add) \
                    or (model is LogEntry and field.name == "timestamp"):
                latest = model._base_manager.aggregate(latest=models.Max(field.name))["latest"]
                if latest:
                    moments.append(latest)
    return max(moments, default=None)


def _sha256(handle):
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1 << 20), b""):
        digest.update(chunk)
    return digest.hexdigest()


def _add(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    tar.addfile(info, io.BytesIO(data))


def backup(path):
    """Write the archive to ``path``; returns its manifest."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as work, transaction.atomic():  # one consistent view of the rows
        data = Path(work) / "data.exactjsonl"
        call_command("dumpdata", format="exactjsonl", output=str(data), all=True, verbosity=0)
        files, missing = {}, []
        with tarfile.open(path, "w:gz") as tar:
            tar.add(data, arcname="data.exactjsonl")
            for name in stored_files():
                try:
                    with default_storage.open(name, "rb") as handle:
                        content = handle.read()
                except FileNotFoundError:
                    missing.append(name)
                    continue
                files[name] = hashlib.sha256(content).hexdigest()
                _add(tar, f"files/{name}", content)
            latest = last_activity()
            manifest = {
                "format": FORMAT, "created_at": timezone.now().isoformat(), "engine": connection.vendor,
                "last_activity": latest.isoformat() if latest else None,
                "migrations": migrations_applied(), "rows": row_counts(), "files": files, "missing_files": missing,
                "audit_entries": LogEntry.objects.count(),
            }
            _add(tar, "manifest.json", json.dumps(manifest, indent=1).encode())
    return manifest


def read_manifest(path):
    with tarfile.open(path, "r:gz") as tar:
        return json.load(tar.extractfile("manifest.json"))


def _refusals(manifest):
    problems = []
    ours = set(migrations_applied())
    theirs = set(manifest["migrations"])
    if theirs - ours:
        problems.append(f"this database lacks {len(theirs - ours)} migrations the backup has: run `oversight migrate` first")
    if ours - theirs:
        problems.append(f"this database has {len(ours - theirs)} migrations newer than the backup")
    latest = last_activity()
    taken = datetime.datetime.fromisoformat(manifest["created_at"])
    if latest and latest > taken:
        problems.append(f"this database has activity recorded at {latest.isoformat()}, after the backup was taken "
                        f"({manifest['created_at']})")
    return problems


def restore(path, *, force=False):
    """Replace every row and file with the archive's. Returns (manifest, rows restored, files restored)."""
    manifest = read_manifest(path)
    if manifest.get("format") != FORMAT:
        raise BackupRefused(f"This archive is format {manifest.get('format')}; this version reads format {FORMAT}.")
    problems = _refusals(manifest)
    missing_migrations = set(manifest["migrations"]) - set(migrations_applied())
    if missing_migrations or (problems and not force):
        raise BackupRefused("Not restored: " + "; ".join(problems) + ("" if missing_migrations else
                            ". Use --force to replace it anyway."))
    with tempfile.TemporaryDirectory() as work, tarfile.open(path, "r:gz") as tar:
        data = Path(work) / "data.exactjsonl"
        data.write_bytes(tar.extractfile("data.exactjsonl").read())
        for name, expected in manifest["files"].items():
            if _sha256(tar.extractfile(f"files/{name}")) != expected:
                raise BackupRefused(f"The archive's copy of {name} does not match its checksum: not restored.")
        with transaction.atomic(), disable_auditlog():
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            call_command("loaddata", str(data), verbosity=0)
            counts = row_counts()
            if counts != manifest["rows"]:
                wrong = {t: (counts.get(t), manifest["rows"].get(t)) for t in set(counts) | set(manifest["rows"])
                         if counts.get(t) != manifest["rows"].get(t)}
                raise BackupRefused(f"Row counts differ after loading (table: now, in backup): {wrong}; rolled back.")
            for name, expected in manifest["files"].items():
                content = tar.extractfile(f"files/{name}").read()
                if default_storage.exists(name):
                    default_storage.delete(name)
                saved = default_storage.save(name, ContentFile(content))
                if saved != name:
                    raise BackupRefused(f"The storage kept {name} as {saved}; rolled back.")
                with default_storage.open(name, "rb") as handle:
                    if _sha256(handle) != expected:
                        raise BackupRefused(f"{name} read back differs from the backup; rolled back.")
    return manifest, sum(counts.values()), len(manifest["files"])
