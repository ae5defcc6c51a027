"""Sign-in links, API tokens and failed sign-ins leave the web app's state for the core app's
(followthrough 0008_credentials); their tables, rows and index stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0002_rate_limits"),
        ("followthrough", "0008_credentials"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="SignInLink"),
                migrations.DeleteModel(name="ApiToken"),
                migrations.DeleteModel(name="SignInFailure"),
            ],
        ),
    ]
