"""A search led by its rarest word looks each of that word's people up by (person, word); that
index also serves what the person column's own index did, so that one goes."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("followthrough", "0008_credentials"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="searchword",
            index=models.Index(fields=["person", "word"], name="searchword_person_word",
                               opclasses=["", "varchar_pattern_ops"]),
        ),
        migrations.AlterField(
            model_name="searchword",
            name="person",
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="+", to="followthrough.person"),
        ),
    ]
