"""The newest update's date kept on each response (0005) renewed once per INSERT statement, not once
per row (issue 14).

0005's row trigger ran an UPDATE of the response for every update inserted, and each such UPDATE
wrote a new version of the response's row into its two dozen indexes: a 100,000-row import on
PostgreSQL spent a third of its SQL time there (2.3 s of 6.9 s at 10,000 rows). A statement trigger
sees the inserted rows together (a transition table) and updates each response once, and only when
the new updates are newer than the date it keeps. Updating or deleting an update stays a row trigger
(PostgreSQL gives a transition table to a trigger of one event only; both are rare).
SQLite has no statement triggers: its row triggers stay as 0005 made them.
"""

from django.db import migrations

POSTGRES = [
    "DROP TRIGGER IF EXISTS update_sets_last_update ON responses_update",
    """CREATE TRIGGER update_sets_last_update AFTER DELETE OR UPDATE OF written_on, response_id
        ON responses_update FOR EACH ROW EXECUTE FUNCTION update_sets_last_update()""",
    """CREATE FUNCTION updates_added_set_last_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE responses_response AS response SET latest_update_on = added.latest
        FROM (SELECT response_id, MAX(written_on) AS latest FROM added_updates GROUP BY response_id) AS added
        WHERE response.id = added.response_id
          AND (response.latest_update_on IS NULL OR response.latest_update_on < added.latest);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER updates_added_set_last_update AFTER INSERT ON responses_update
        REFERENCING NEW TABLE AS added_updates FOR EACH STATEMENT EXECUTE FUNCTION updates_added_set_last_update()""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS updates_added_set_last_update ON responses_update",
    "DROP FUNCTION IF EXISTS updates_added_set_last_update()",
    "DROP TRIGGER IF EXISTS update_sets_last_update ON responses_update",
    """CREATE TRIGGER update_sets_last_update AFTER INSERT OR DELETE OR UPDATE OF written_on, response_id
        ON responses_update FOR EACH ROW EXECUTE FUNCTION update_sets_last_update()""",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_REVERSE:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("responses", "0007_status_rag_index")]

    operations = [migrations.RunPython(forward, backward)]
