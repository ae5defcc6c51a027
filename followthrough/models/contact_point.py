from __future__ import annotations

from django.conf import settings
from django.db import models


class ContactPoint(models.Model):
    """An email, phone, URL or address of a person; `key` is the normalised value used to merge."""

    class Kind(models.TextChoices):
        EMAIL = "email"
        PHONE = "phone"
        LINKEDIN = "linkedin"
        URL = "url"
        ADDRESS = "address"
        IMPP = "impp"
        RELATED = "related"
        OTHER = "other"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="contact_points")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=2000)
    key = models.CharField(max_length=500, blank=True)
    label = models.CharField(max_length=100, blank=True)
    preferred = models.BooleanField(default=False)
    # The card's TYPE words ("work", "iphone,cell"), a phone's extension and an address's
    # seven ADR parts: what a vCard or CSV round trip needs beyond the value itself.
    types = models.CharField(max_length=200, blank=True)
    extension = models.CharField(max_length=40, blank=True)
    address = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["-preferred", "id"]
        indexes = [
            # Matching a meeting or an imported card to someone already known.
            models.Index(fields=["owner", "kind", "key"], name="contact_owner_kind_key"),
            # The People search by the start of an e-mail, phone or LinkedIn key: `key LIKE
            # 'jane@%'` needs the pattern operator class on PostgreSQL (SQLite reads a range of
            # the index above).
            models.Index(fields=["owner", "key"], name="contact_owner_key_prefix",
                         opclasses=["", "varchar_pattern_ops"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"
