"""The first-run set-up, asked once per owner; a capture made offline is one meeting however
often it is sent (its client key, unique per owner)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('followthrough', '0014_per_person_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
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
        migrations.AddField(
            model_name='meeting',
            name='client_key',
            field=models.CharField(blank=True, default='', max_length=64),
        ),
        migrations.AddConstraint(
            model_name='meeting',
            constraint=models.UniqueConstraint(condition=models.Q(('client_key', ''), _negated=True), fields=('owner', 'client_key'), name='meeting_client_key_once'),
        ),
    ]
