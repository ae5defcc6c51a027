from __future__ import annotations

from django.conf import settings
from django.db import models

from followthrough.domain.kinds import InteractionKind

NOTE_MAX = 10_000


class Interaction(models.Model):
    """Anything that happened between you: a call, an email, meeting face to face..."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # Indexed by interaction_person_kind_at, which leads with the person.
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="interactions",
                               db_index=False)
    kind = models.CharField(
        max_length=20, choices=[(k.value, k.value) for k in InteractionKind]
    )
    at = models.DateTimeField()
    note = models.TextField(blank=True, max_length=NOTE_MAX)
    # Done to the user (mail they sent, their invitation): recorded, and completes no step.
    incoming = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        indexes = [
            models.Index(fields=["owner", "person", "at"], name="interaction_owner_person_at"),
            # A person's last face-to-face meeting (services/refresh.py), from their own rows.
            models.Index(fields=["person", "kind", "at"], name="interaction_person_kind_at"),
            # The Habits page's relationships over time: the owner's face-to-face meetings.
            models.Index(fields=["owner", "kind", "at"], name="interaction_owner_kind_at"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} with {self.person}"
