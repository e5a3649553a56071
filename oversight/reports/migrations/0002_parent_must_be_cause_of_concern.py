"""The database itself refuses a finding whose parent is not a cause of concern.

A CHECK constraint cannot look at another row, so this is a trigger, written for each
database we support (SQLite by default, PostgreSQL in production).
"""

from django.db import migrations

SQLITE = [
    """
    CREATE TRIGGER finding_parent_is_cause_insert BEFORE INSERT ON reports_finding
    WHEN NEW.parent_id IS NOT NULL
         AND (SELECT kind FROM reports_finding WHERE id = NEW.parent_id) IS NOT 'cause_of_concern'
    BEGIN SELECT RAISE(ABORT, 'finding parent must be a cause of concern'); END;
    """,
    """
    CREATE TRIGGER finding_parent_is_cause_update BEFORE UPDATE OF parent_id, kind ON reports_finding
    WHEN (NEW.parent_id IS NOT NULL
          AND (SELECT kind FROM reports_finding WHERE id = NEW.parent_id) IS NOT 'cause_of_concern')
      OR (NEW.kind IS NOT 'cause_of_concern'
          AND EXISTS (SELECT 1 FROM reports_finding WHERE parent_id = NEW.id))
    BEGIN SELECT RAISE(ABORT, 'finding parent must be a cause of concern'); END;
    """,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS finding_parent_is_cause_insert;",
    "DROP TRIGGER IF EXISTS finding_parent_is_cause_update;",
]

POSTGRES = [
    """
    CREATE OR REPLACE FUNCTION finding_parent_is_cause() RETURNS trigger AS $$
    BEGIN
      IF NEW.parent_id IS NOT NULL AND
         (SELECT kind FROM reports_finding WHERE id = NEW.parent_id) IS DISTINCT FROM 'cause_of_concern' THEN
        RAISE EXCEPTION 'finding parent must be a cause of concern' USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      IF TG_OP = 'UPDATE' AND NEW.kind <> 'cause_of_concern' AND
         EXISTS (SELECT 1 FROM reports_finding WHERE parent_id = NEW.id) THEN
        RAISE EXCEPTION 'finding parent must be a cause of concern' USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER finding_parent_is_cause BEFORE INSERT OR UPDATE OF parent_id, kind ON reports_finding
    FOR EACH ROW EXECUTE FUNCTION finding_parent_is_cause();
    """,
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS finding_parent_is_cause ON reports_finding;",
    "DROP FUNCTION IF EXISTS finding_parent_is_cause();",
]


def forwards(apps, schema_editor):
    statements = POSTGRES if schema_editor.connection.vendor == "postgresql" else SQLITE
    for sql in statements:
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    statements = POSTGRES_REVERSE if schema_editor.connection.vendor == "postgresql" else SQLITE_REVERSE
    for sql in statements:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
