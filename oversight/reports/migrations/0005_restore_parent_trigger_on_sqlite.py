"""SQLite rebuilds a table to add a column (0003_internal_note), and a rebuild drops the table's
triggers: put back the one that refuses a parent that is not a cause of concern (0002). Any later
migration that alters reports_finding on SQLite must do the same."""

from django.db import migrations


import importlib

# The module name starts with a digit, so it is imported by name.
TRIGGERS = importlib.import_module("oversight.reports.migrations.0002_parent_must_be_cause_of_concern")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return  # PostgreSQL keeps triggers across ALTER TABLE
    for sql in TRIGGERS.SQLITE_REVERSE + TRIGGERS.SQLITE:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("reports", "0004_merge_20261201_1112")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
