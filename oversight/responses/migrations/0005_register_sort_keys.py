"""Sort keys the database keeps on each response, and indexes that match the register's sorts (issue 17).

`due_sort` is the date worked to (the response's target, else its finding's deadline) and
`latest_update_on` the newest update's date. Sorting on them used to join the finding (or run a
correlated subquery per row) before a top-N sort: nationally, every row of eight tables. Triggers
keep both columns right whoever writes (a save, a bulk insert, an import, a deadline corrected on
the finding), so no Python code writes them.

SQLite rebuilds a table for some column changes and drops its triggers then: any later migration
that alters responses_response, responses_update or reports_finding on SQLite must run
`create_triggers` again (responses/tests/test_sort_keys.py fails if they are missing).
"""

from django.db import migrations, models
from django.db.models import Q

REGISTERED = Q(archived_at__isnull=True)

KEYS_SQL = """
    COALESCE(NEW.target_on, (SELECT due_on FROM reports_finding WHERE id = NEW.finding_id)),
    (SELECT MAX(written_on) FROM responses_update WHERE response_id = NEW.id)
"""

SQLITE = [
    # Any write of a key or what it is made from recomputes both; a trigger does not fire itself again.
    f"""CREATE TRIGGER response_sort_keys AFTER UPDATE OF target_on, finding_id, due_sort, latest_update_on
        ON responses_response BEGIN
        UPDATE responses_response SET (due_sort, latest_update_on) = ({KEYS_SQL}) WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER response_sort_keys_insert AFTER INSERT ON responses_response BEGIN
        UPDATE responses_response SET due_sort = NULL WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER update_sets_last_update_insert AFTER INSERT ON responses_update BEGIN
        UPDATE responses_response SET latest_update_on = NULL WHERE id = NEW.response_id;
    END""",
    """CREATE TRIGGER update_sets_last_update_change AFTER UPDATE OF written_on, response_id ON responses_update BEGIN
        UPDATE responses_response SET latest_update_on = NULL WHERE id IN (NEW.response_id, OLD.response_id);
    END""",
    """CREATE TRIGGER update_sets_last_update_delete AFTER DELETE ON responses_update BEGIN
        UPDATE responses_response SET latest_update_on = NULL WHERE id = OLD.response_id;
    END""",
    """CREATE TRIGGER finding_due_sets_due_sort AFTER UPDATE OF due_on ON reports_finding BEGIN
        UPDATE responses_response SET due_sort = NULL WHERE finding_id = NEW.id;
    END""",
]
SQLITE_REVERSE = [
    f"DROP TRIGGER IF EXISTS {name}" for name in (
        "response_sort_keys", "response_sort_keys_insert", "update_sets_last_update_insert",
        "update_sets_last_update_change", "update_sets_last_update_delete", "finding_due_sets_due_sort")
]

POSTGRES = [
    f"""CREATE FUNCTION response_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        SELECT {KEYS_SQL} INTO NEW.due_sort, NEW.latest_update_on;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER response_sort_keys BEFORE INSERT OR UPDATE OF target_on, finding_id, due_sort, latest_update_on
        ON responses_response FOR EACH ROW EXECUTE FUNCTION response_sort_keys()""",
    """CREATE FUNCTION update_sets_last_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE responses_response SET latest_update_on = NULL WHERE id = OLD.response_id;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            UPDATE responses_response SET latest_update_on = NULL WHERE id = NEW.response_id;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER update_sets_last_update AFTER INSERT OR DELETE OR UPDATE OF written_on, response_id
        ON responses_update FOR EACH ROW EXECUTE FUNCTION update_sets_last_update()""",
    """CREATE FUNCTION finding_due_sets_due_sort() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE responses_response SET due_sort = NULL WHERE finding_id = NEW.id AND target_on IS NULL;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER finding_due_sets_due_sort AFTER UPDATE OF due_on ON reports_finding
        FOR EACH ROW WHEN (OLD.due_on IS DISTINCT FROM NEW.due_on) EXECUTE FUNCTION finding_due_sets_due_sort()""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS finding_due_sets_due_sort ON reports_finding",
    "DROP FUNCTION IF EXISTS finding_due_sets_due_sort()",
    "DROP TRIGGER IF EXISTS update_sets_last_update ON responses_update",
    "DROP FUNCTION IF EXISTS update_sets_last_update()",
    "DROP TRIGGER IF EXISTS response_sort_keys ON responses_response",
    "DROP FUNCTION IF EXISTS response_sort_keys()",
]

BACKFILL = """UPDATE responses_response SET
    due_sort = COALESCE(target_on, (SELECT due_on FROM reports_finding WHERE id = responses_response.finding_id)),
    latest_update_on = (SELECT MAX(written_on) FROM responses_update WHERE response_id = responses_response.id)"""


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_REVERSE + SQLITE, "postgresql": POSTGRES_REVERSE + POSTGRES}.get(vendor, []):
        schema_editor.execute(sql)
    schema_editor.execute(BACKFILL)


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("responses", "0004_merge_0003_merge_20261201_1112_0003_saved_views"),
        ("reports", "0005_restore_parent_trigger_on_sqlite"),
    ]

    operations = [
        migrations.AddField("response", "due_sort", models.DateField(editable=False, null=True)),
        migrations.AddField("response", "latest_update_on", models.DateField(editable=False, null=True)),
        migrations.AddIndex("response", models.Index(fields=["due_sort", "id"], name="response_due_sort_idx", condition=REGISTERED)),
        migrations.AddIndex("response", models.Index(fields=["organisation", "due_sort", "id"],
                                                     name="response_org_due_sort_idx", condition=REGISTERED)),
        migrations.AddIndex("response", models.Index(fields=["latest_update_on", "id"], name="response_updated_idx", condition=REGISTERED)),
        migrations.AddIndex("response", models.Index(fields=["organisation", "latest_update_on", "id"],
                                                     name="response_org_updated_idx", condition=REGISTERED)),
        migrations.AddIndex("response", models.Index(fields=["status", "id"], name="response_status_id_idx", condition=REGISTERED)),
        migrations.AddIndex("response", models.Index(fields=["rag", "id"], name="response_rag_id_idx", condition=REGISTERED)),
        migrations.AddIndex("response", models.Index(fields=["organisation", "rag", "id"],
                                                     name="response_org_rag_idx", condition=REGISTERED)),
        # After the indexes: an index built in the transaction that rewrote every row (the backfill)
        # is unusable until every older transaction on the server ends (pg_index.indcheckxmin).
        migrations.RunPython(create_triggers, drop_triggers),
    ]
