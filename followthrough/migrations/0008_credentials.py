"""Sign-in links, API tokens and failed sign-ins join the core app's state; their tables stay.

The web app made the tables (web 0001_tokens, 0002_rate_limits), so this runs after them and only
tells Django the models are now here; web's 0003_credentials_moved takes them out of its state.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("followthrough", "0007_search_word_order"),
        ("web", "0002_rate_limits"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="SignInLink",
                    fields=[
                        ("id", models.BigAutoField(
                            auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("token_hash", models.CharField(max_length=64, unique=True)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("used_at", models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        "db_table": "web_signinlink",
                    },
                ),
                migrations.CreateModel(
                    name="ApiToken",
                    fields=[
                        ("id", models.BigAutoField(
                            auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=100)),
                        ("prefix", models.CharField(max_length=12)),
                        ("token_hash", models.CharField(max_length=64, unique=True)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("last_used_at", models.DateTimeField(blank=True, null=True)),
                        ("window_start", models.DateTimeField(blank=True, null=True)),
                        ("window_requests", models.PositiveIntegerField(default=0)),
                        ("owner", models.ForeignKey(
                            on_delete=django.db.models.deletion.CASCADE, related_name="+",
                            to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "db_table": "web_apitoken",
                        "ordering": ["-created_at", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="SignInFailure",
                    fields=[
                        ("id", models.BigAutoField(
                            auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("key", models.CharField(max_length=300)),
                        ("at", models.DateTimeField()),
                    ],
                    options={
                        "db_table": "web_signinfailure",
                        "indexes": [models.Index(fields=["key", "at"], name="web_signinfailure_key_at")],
                    },
                ),
            ],
        ),
    ]
