from __future__ import annotations

from django.conf import settings
from django.db import models


class DataVersion(models.Model):
    """How many times an owner's people, steps, meetings, interactions or offers have changed.

    Bumped by the services inside each writing transaction (services/versions.py), so every
    process (the CLI, several web servers, the worker) sees the same number once it commits:
    the Today page's cache key and ETag are built from it.
    """

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 primary_key=True, related_name="+")
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.owner_id}: {self.version}"
