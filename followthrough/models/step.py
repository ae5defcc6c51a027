from __future__ import annotations

from django.conf import settings
from django.db import models

from followthrough.domain.kinds import StepState


class Step(models.Model):
    """One follow-up action with a due time, started by a meeting's playbook."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="steps")
    meeting = models.ForeignKey(
        "Meeting", on_delete=models.CASCADE, null=True, blank=True, related_name="steps"
    )
    kind = models.CharField(max_length=40)
    title = models.CharField(max_length=300)
    after = models.CharField(max_length=10, blank=True, help_text="the playbook offset, e.g. 48h")
    cadence = models.BooleanField(default=False, help_text="the face-to-face step")
    due_at = models.DateTimeField()
    state = models.CharField(max_length=10, default=StepState.OPEN)
    closed_at = models.DateTimeField(null=True, blank=True)
    skip_reason = models.CharField(max_length=2000, blank=True)
    note = models.CharField(max_length=2000, blank=True)
    # The face-to-face step whose completion restarted the cadence with this one: reopening
    # that step removes this one and puts its deadline back.
    follows = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at", "id"]
        indexes = [
            # The agenda (`today`) and the reminder worker read an owner's open steps by due time.
            models.Index(fields=["owner", "state", "due_at"], name="step_owner_state_due"),
            # The worker's sweep across all owners for steps turning due.
            models.Index(fields=["state", "due_at"], name="step_state_due"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.person})"

    @property
    def is_open(self) -> bool:
        return self.state == StepState.OPEN
