"""Tallies of active responses the database keeps for the dashboard (issue 17), and their triggers.

Reversible: going back drops the triggers, then the tables.
"""

from django.db import migrations, models


def install(apps, schema_editor):
    from oversight.dashboard import tallies

    tallies.install(schema_editor.execute, schema_editor.connection.vendor)
    for sql in tallies.rebuild_sql(schema_editor.connection.vendor):
        schema_editor.execute(sql)


def uninstall(apps, schema_editor):
    from oversight.dashboard import tallies

    tallies.uninstall(schema_editor.execute, schema_editor.connection.vendor)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("responses", "0005_register_sort_keys"),
        ("reports", "0005_restore_parent_trigger_on_sqlite"),
    ]

    operations = [
        migrations.CreateModel(
            name="ResponseTally",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("organisation_id", models.IntegerField()),
                ("portfolio_id", models.IntegerField()),
                ("business_area_id", models.IntegerField()),
                ("owner_id", models.IntegerField()),
                ("status", models.CharField(max_length=20)),
                ("rag", models.CharField(max_length=10)),
                ("kind", models.CharField(max_length=30)),
                ("n", models.IntegerField()),
            ],
            options={"constraints": [models.UniqueConstraint(
                fields=("organisation_id", "portfolio_id", "business_area_id", "owner_id", "status", "rag", "kind"),
                name="response_tally_key")]},
        ),
        migrations.CreateModel(
            name="DueTally",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("organisation_id", models.IntegerField()),
                ("portfolio_id", models.IntegerField()),
                ("owner_id", models.IntegerField()),
                ("span", models.CharField(max_length=1, choices=[("d", "Day"), ("m", "Month"), ("y", "Year")])),
                ("starts_on", models.DateField()),
                ("n", models.IntegerField()),
            ],
            options={
                "indexes": [models.Index(fields=["span", "starts_on"], name="due_tally_date_idx")],
                "constraints": [models.UniqueConstraint(fields=("organisation_id", "span", "starts_on", "portfolio_id", "owner_id"),
                                                        name="due_tally_key")],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
