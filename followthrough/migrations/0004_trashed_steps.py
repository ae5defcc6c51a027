"""Existing databases: open steps of people already in the trash are set aside, as deleting now does."""

from __future__ import annotations

from django.db import migrations


def set_aside(apps, schema_editor):  # type: ignore[no-untyped-def]
    Step = apps.get_model("followthrough", "Step")
    Step.objects.filter(state="open", person__deleted_at__isnull=False).update(state="trashed")


def reopen(apps, schema_editor):  # type: ignore[no-untyped-def]
    Step = apps.get_model("followthrough", "Step")
    Step.objects.filter(state="trashed").update(state="open")


class Migration(migrations.Migration):

    dependencies = [
        ("followthrough", "0003_person_f2f_due_index"),
    ]

    operations = [
        migrations.RunPython(set_aside, reopen),
    ]
