"""Sign-in links (local mode), API tokens, failed sign-ins. Secrets are hashed.

They were first made by the web app, so their tables keep its names (web_signinlink,
web_apitoken, web_signinfailure): migrations 0008_credentials here and web's 0003 moved them
between the apps' states without touching the database.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class SignInLink(models.Model):
    """A link printed by `followthrough serve`; it signs the local owner in once."""

    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "web_signinlink"

    def __str__(self) -> str:
        return f"sign-in link {self.pk} ({'used' if self.used_at else 'unused'})"


class ApiToken(models.Model):
    """A bearer token for the JSON API; only its SHA-256 is kept, the prefix names it in lists."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    # The API's rate limit: requests counted in the current one-minute window (services/tokens.py).
    window_start = models.DateTimeField(null=True, blank=True)
    window_requests = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "web_apitoken"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class SignInFailure(models.Model):
    """A failed password sign-in, counted against an account and against an address.

    In the database rather than a per-process cache, so every gunicorn worker sees the same count.
    """

    key = models.CharField(max_length=300)  # "account:<email>" or "address:<ip>"
    at = models.DateTimeField()

    class Meta:
        db_table = "web_signinfailure"
        # The throttle counts one key's failures since a time.
        indexes = [models.Index(fields=["key", "at"], name="web_signinfailure_key_at")]

    def __str__(self) -> str:
        return f"failed sign-in for {self.key} at {self.at:%Y-%m-%d %H:%M}"
