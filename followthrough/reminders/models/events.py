from __future__ import annotations

from django.conf import settings
from django.db import models


class Event(models.Model):
    """Something that happened to a deadline, recorded once: telling someone is a Delivery."""

    class Kind(models.TextChoices):
        STEP_DUE = "step-due"
        STEP_OVERDUE = "step-overdue"
        LAPSING = "lapsing"
        LAPSED = "lapsed"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("followthrough.Person", on_delete=models.CASCADE, related_name="+")
    step = models.ForeignKey(
        "followthrough.Step", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # kind + subject + the deadline: a snoozed step that turns overdue again is a new event,
    # a second sweep over the same window is not.
    dedupe_key = models.CharField(max_length=200, unique=True)
    deadline = models.DateTimeField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["owner", "created_at"], name="event_owner_created")]

    def __str__(self) -> str:
        return self.dedupe_key


class Delivery(models.Model):
    """One notice owed on one channel: an event's immediate note, a day's digest, or a week's
    review (its `digest_date` is the Monday it is sent)."""

    class Kind(models.TextChoices):
        NOTE = "note"
        DIGEST = "digest"
        WEEKLY = "weekly"

    class State(models.TextChoices):
        PENDING = "pending"
        SENT = "sent"
        FAILED = "failed"  # gave up after repeated permanent errors; health_warnings says so
        SKIPPED = "skipped"  # nothing left to say by the time it was sent

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, null=True, blank=True, related_name="deliveries"
    )
    digest_date = models.DateField(null=True, blank=True, help_text="the owner's local date")
    channel = models.CharField(max_length=20)
    dedupe_key = models.CharField(max_length=220, unique=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=100, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["next_attempt_at", "id"]
        indexes = [
            # The worker's claim query: pending deliveries whose next attempt has come.
            models.Index(fields=["state", "next_attempt_at"], name="delivery_state_next"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.dedupe_key} ({self.state})"
