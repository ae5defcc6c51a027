from __future__ import annotations

from django.conf import settings
from django.db import models

SUMMARY_MAX = 300


class EvidenceItem(models.Model):
    """One item of the user's own mail, calendar or LinkedIn export, once it concerns a person.

    `key` is the item's stable key (a Message-ID, a calendar UID and occurrence, a LinkedIn
    row): with the person it is unique, so importing the same evidence again changes nothing.
    Items that concern no one are not kept: a person added later is matched by the next import.
    """

    class State(models.TextChoices):
        APPLIED = "applied"  # logged as an interaction (which completed what it satisfies)
        SUGGESTED = "suggested"  # matched by name alone: waits for the user to confirm
        SCHEDULED = "scheduled"  # a calendar event still to come: shown, completes nothing yet
        DISMISSED = "dismissed"  # the user said the suggestion is not them

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="evidence")
    key = models.CharField(max_length=500)
    source = models.CharField(max_length=30)
    kind = models.CharField(max_length=20)
    direction = models.CharField(max_length=4)
    at = models.DateTimeField()
    summary = models.CharField(max_length=SUMMARY_MAX, blank=True)
    # The e-mail address or LinkedIn URL the item names them by ("" for a name alone):
    # confirming a suggestion adds it to the person, so their next mail matches by itself.
    address = models.CharField(max_length=500, blank=True)
    with_note = models.BooleanField(default=False)
    state = models.CharField(max_length=10, choices=State.choices)
    interaction = models.ForeignKey("Interaction", on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key", "person"], name="evidence_once"),
        ]
        indexes = [
            # The worker turns scheduled events that have happened into interactions.
            models.Index(fields=["state", "at"], name="evidence_state_at"),
            # The person page (scheduled, suggested) and the import page's suggestions.
            models.Index(fields=["owner", "state", "at"], name="evidence_owner_state_at"),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.state}: {self.summary}"


class InferredIdentity(models.Model):
    """Who the user is as an export showed it (when [me] in config.toml does not say)."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="+")
    name = models.CharField(max_length=200, blank=True)
    linkedin = models.CharField(max_length=500, blank=True)
    inferred_from = models.CharField(max_length=300)
    at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name or self.linkedin} (from {self.inferred_from})"
