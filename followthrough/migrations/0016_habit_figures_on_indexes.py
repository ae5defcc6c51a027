"""The Habits page counted by the databases on indexes shaped for it, not read step by step.

A step's `on_time` (done by its due time) becomes a column the database keeps; the habit
figures count steps, meetings and people as ranges of the new indexes, and the agenda's index
carries the columns that "open and still in time" needs (selectors/habits.py). The step
table's index on the owner alone goes: the indexes led by the owner serve. On SQLite
adding a generated column rebuilds the step table (it has no triggers); the agenda's index is
dropped first so that the rebuild does not build it too. Then the planner statistics SQLite
advises after a schema change (followthrough/planner_statistics.py).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

TABLES = ("followthrough_person", "followthrough_step", "followthrough_interaction")


class Migration(migrations.Migration):

    dependencies = [
        ('followthrough', '0015_first_run_and_client_keys'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The owner's own index goes without rebuilding the table (as AlterField would on
        # SQLite): the indexes led by the owner serve every query of an owner's steps.
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AlterField(
                model_name='step', name='owner',
                field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                        related_name='+', to=settings.AUTH_USER_MODEL))],
            database_operations=[migrations.RunSQL(
                "DROP INDEX IF EXISTS followthrough_step_owner_id_47dc2226",
                'CREATE INDEX followthrough_step_owner_id_47dc2226 ON followthrough_step (owner_id)')],
        ),
        migrations.RemoveIndex(
            model_name='step',
            name='step_owner_state_due',
        ),
        migrations.AddField(
            model_name='step',
            name='on_time',
            field=models.GeneratedField(db_persist=True, expression=models.Case(models.When(models.Q(('closed_at__lte', models.F('due_at')), ('state', 'done')), then=models.Value(True)), default=models.Value(False)), output_field=models.BooleanField()),
        ),
        migrations.AddIndex(
            model_name='interaction',
            index=models.Index(fields=['owner', 'kind', 'at'], name='interaction_owner_kind_at'),
        ),
        migrations.AddIndex(
            model_name='person',
            index=models.Index(fields=['owner', 'deleted_at', 'first_met_at', 'created_at', 'face_to_face_due', 'relationship_until', 'last_face_to_face_at', 'cadence_days'], name='person_habits'),
        ),
        migrations.AddIndex(
            model_name='step',
            index=models.Index(fields=['owner', 'state', 'due_at', 'id', 'cadence', 'after', 'kind', 'meeting', 'person'], name='step_owner_state_due'),
        ),
        migrations.AddIndex(
            model_name='step',
            index=models.Index(fields=['owner', 'cadence', 'after', 'meeting', 'on_time', 'kind', 'person'], name='step_habits'),
        ),
        migrations.AddIndex(
            model_name='step',
            index=models.Index(fields=['owner', 'due_at', 'on_time', 'person'], name='step_owner_due_on_time'),
        ),
        # As planner_statistics.analyze does; SQL, so that a new database's first command does
        # not build every model's state once more to run it.
        migrations.RunSQL([f'ANALYZE "{table}"' for table in TABLES], migrations.RunSQL.noop,
                          elidable=True),
    ]
