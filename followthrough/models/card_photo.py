from __future__ import annotations

from django.conf import settings
from django.db import models


class CardPhoto(models.Model):
    """A photo of someone's business card, kept as they gave it (a small JPEG, no EXIF).

    Its own table, not a Person column: people are read in lists everywhere, photos one at a
    time on the person's page.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="card_photos")
    photo = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"card photo {self.pk} of person {self.person_id}"
