from __future__ import annotations

from django.conf import settings
from django.db import models

TEXT_MAX = 2000
CLIENT_KEY_MAX = 64


class Meeting(models.Model):
    """Where and why you met someone, what they need and what you can give: it starts the playbook."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # Indexed by meeting_person_at, which leads with the person.
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="meetings",
                               db_index=False)
    at = models.DateTimeField()
    where = models.CharField(max_length=TEXT_MAX, blank=True)
    why = models.CharField(max_length=TEXT_MAX, blank=True)
    need = models.CharField(max_length=TEXT_MAX, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The id a browser made for a capture (kept offline, sent when the network returns): a
    # capture sent twice is one meeting. Unique per owner; "" for meetings recorded otherwise.
    client_key = models.CharField(max_length=CLIENT_KEY_MAX, blank=True, default="")

    class Meta:
        ordering = ["-at"]
        indexes = [
            models.Index(fields=["owner", "at"], name="meeting_owner_at"),
            # A person's first meeting (services/refresh.py) and their meetings on their page.
            models.Index(fields=["person", "at"], name="meeting_person_at"),
        ]
        constraints = [models.UniqueConstraint(
            fields=["owner", "client_key"], condition=~models.Q(client_key=""),
            name="meeting_client_key_once")]

    def __str__(self) -> str:
        return f"{self.person} at {self.where or 'a meeting'}"
