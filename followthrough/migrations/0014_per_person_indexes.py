"""Indexes led by the person for every write's per-person queries (services/refresh.py), in
place of the person columns' own indexes, which they also serve; then fresh planner statistics.

Without statistics SQLite read a person's earliest open step through step_state_due, walking
every open step of every owner (71-86 ms at 84,000 open steps). An index on (person, state,
due) answers it from the person's own rows whatever the statistics say; the analysis after
it is what SQLite advises after a schema change (followthrough/planner_statistics.py).
The person columns' indexes go first: on SQLite dropping one rebuilds its table, which would
otherwise build the new index twice. The agenda's (owner, state, due) index takes the id, its
order's tie-break: a deep "Show all" page reads its ids from the index alone on PostgreSQL.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models.functions import Lower

from followthrough.planner_statistics import analyze

TABLES = ("followthrough_person", "followthrough_step", "followthrough_meeting",
          "followthrough_interaction", "followthrough_contactpoint", "followthrough_offer")


def gather_statistics(apps, schema_editor):  # type: ignore[no-untyped-def]
    analyze(schema_editor.connection, TABLES)


class Migration(migrations.Migration):

    dependencies = [
        ("followthrough", "0013_search_on_the_database_engines"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(model_name="step", name="step_owner_state_due"),
        migrations.AlterField(
            model_name="step",
            name="person",
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="steps", to="followthrough.person"),
        ),
        migrations.AlterField(
            model_name="meeting",
            name="person",
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="meetings", to="followthrough.person"),
        ),
        migrations.AlterField(
            model_name="interaction",
            name="person",
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="interactions", to="followthrough.person"),
        ),
        migrations.AddIndex(
            model_name="step",
            index=models.Index(fields=["owner", "state", "due_at", "id"],
                               name="step_owner_state_due"),
        ),
        migrations.AddIndex(
            model_name="step",
            index=models.Index(fields=["person", "state", "due_at"],
                               name="step_person_state_due"),
        ),
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(fields=["person", "at"], name="meeting_person_at"),
        ),
        migrations.AddIndex(
            model_name="interaction",
            index=models.Index(fields=["person", "kind", "at"], name="interaction_person_kind_at"),
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(models.F("owner"), Lower("full_name"),
                               name="person_owner_folded_name"),
        ),
        migrations.RunPython(gather_statistics, migrations.RunPython.noop, elidable=True),
    ]
