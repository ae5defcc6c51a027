from __future__ import annotations

from django.conf import settings
from django.db import models


class FirstRun(models.Model):
    """An owner has answered (or skipped) the first-run set-up: the web app asks it only once."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 primary_key=True, related_name="+")
    answered_at = models.DateTimeField()
    skipped = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"{self.owner_id}: {'skipped' if self.skipped else 'answered'} {self.answered_at}"
