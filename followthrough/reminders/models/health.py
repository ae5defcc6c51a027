from __future__ import annotations

from django.conf import settings
from django.db import models


class ChannelHealth(models.Model):
    """Whether an owner's channel works; failing_since is what health_warnings reports."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    channel = models.CharField(max_length=20)
    failing_since = models.DateTimeField(null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=1000, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "channel"], name="channel_health_once"),
        ]

    def __str__(self) -> str:
        return f"{self.channel}: {'failing' if self.failing_since else 'ok'}"


class WorkerHeartbeat(models.Model):
    """The last pass of any worker, and how far the sweep has looked (its watermark)."""

    name = models.CharField(max_length=50, unique=True)
    last_run_at = models.DateTimeField()
    swept_until = models.DateTimeField(null=True, blank=True)
    worker = models.CharField(max_length=100, blank=True)

    def __str__(self) -> str:
        return f"{self.name} at {self.last_run_at:%Y-%m-%d %H:%M}"


class EvidenceSource(models.Model):
    """A live evidence source the worker reads (IMAP mail, the CalDAV calendar): how far it has
    read (`cursor`: UIDs per folder, sync tokens per calendar) and whether it works."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=20)  # "mail" or "calendar"
    cursor = models.JSONField(default=dict, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    failing_since = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="evidence_source_once"),
        ]

    def __str__(self) -> str:
        return f"{self.name}: {'failing' if self.failing_since else 'ok'}"
