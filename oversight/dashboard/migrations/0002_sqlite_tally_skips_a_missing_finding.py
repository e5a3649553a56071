"""SQLite's insert tally trigger counts nothing for a response whose finding is gone (a flush with foreign keys
unchecked deletes tables in no set order; the trigger's NULL kind failed it). PostgreSQL's are unchanged."""

from django.db import migrations


def reinstall(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        from oversight.dashboard import tallies

        tallies.install(schema_editor.execute, "sqlite")


class Migration(migrations.Migration):
    dependencies = [("dashboard", "0001_tallies")]

    operations = [migrations.RunPython(reinstall, migrations.RunPython.noop)]
