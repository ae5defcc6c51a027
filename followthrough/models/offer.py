from __future__ import annotations

from django.conf import settings
from django.db import models


class Offer(models.Model):
    """Something you can give them, and whether you gave it."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="offers")
    meeting = models.ForeignKey(
        "Meeting", on_delete=models.SET_NULL, null=True, blank=True, related_name="offers"
    )
    text = models.CharField(max_length=2000)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text
