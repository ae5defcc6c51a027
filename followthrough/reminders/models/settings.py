from __future__ import annotations

from django.conf import settings
from django.db import models

DEFAULT_DIGEST_HOUR = 8


class ReminderSettings(models.Model):
    """How an owner wants to be reminded. `email` blank means the account's address."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_settings"
    )
    email = models.EmailField(blank=True)
    digest_enabled = models.BooleanField(default=True)
    digest_hour = models.PositiveSmallIntegerField(default=DEFAULT_DIGEST_HOUR)
    immediate_overdue = models.BooleanField(default=True)
    # The weekly review by email on Mondays at the digest hour; None: as config.toml's
    # [reminders] weekly says (the owner has not chosen).
    weekly = models.BooleanField(null=True, blank=True, default=None)
    snoozed_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"reminders for {self.owner}"


class FeedToken(models.Model):
    """The secret in an owner's calendar-feed URL, stored only as a SHA-256 hash.

    The token is an HMAC of `nonce` under SECRET_KEY: the database alone cannot give it away,
    yet the owner's URL can be shown again. Rotating draws a new nonce.
    """

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feed_token"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    nonce = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"feed token of {self.owner}"


class DavResource(models.Model):
    """What `followthrough sync` last wrote to the address book, to tell their edits from ours."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    collection = models.CharField(max_length=20)
    uid = models.CharField(max_length=200)
    href = models.CharField(max_length=1000)
    etag = models.CharField(max_length=200, blank=True)  # the server's, after our last write
    local_hash = models.CharField(max_length=64, blank=True)  # of the card we last wrote
    synced_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "collection", "uid"], name="dav_resource_once"),
        ]

    def __str__(self) -> str:
        return f"{self.collection}: {self.uid}"
