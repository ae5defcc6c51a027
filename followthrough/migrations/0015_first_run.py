"""The first-run set-up, asked once per owner (models/first_run.py)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('followthrough', '0010_evidence'),
    ]

    operations = [
        migrations.CreateModel(
            name='FirstRun',
            fields=[
                ('owner', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='+', serialize=False, to=settings.AUTH_USER_MODEL)),
                ('answered_at', models.DateTimeField()),
                ('skipped', models.BooleanField(default=False)),
            ],
        ),
    ]
