from __future__ import annotations

from django.conf import settings
from django.db import models

from followthrough.domain.kinds import StepState

# Done by its due time: the query form of domain.habits.StepRecord.on_time, kept by the database
# in the step's row so the habit figures count it on an index (selectors/habits.py).
ON_TIME = models.Case(
    models.When(models.Q(state=StepState.DONE, closed_at__lte=models.F("due_at")),
                then=models.Value(True)),
    default=models.Value(False))


class Step(models.Model):
    """One follow-up action with a due time, started by a meeting's playbook."""

    # Indexed by the indexes below that lead with the owner: a plain one on the owner alone
    # tempted PostgreSQL into reading an owner's steps and sorting them for a "Show all" page.
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                              db_index=False)
    # Indexed by step_person_state_due, which leads with the person.
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="steps",
                               db_index=False)
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
    on_time = models.GeneratedField(expression=ON_TIME, output_field=models.BooleanField(),
                                    db_persist=True)

    class Meta:
        ordering = ["due_at", "id"]
        indexes = [
            # The agenda (`today`) and the reminder worker read an owner's open steps by due time;
            # with the id (the tie-break), a "Show all" page's ids are read from the index
            # alone on PostgreSQL too, however deep the page (SQLite keeps the id in any index).
            # The columns after it answer the habit figures' "open and still in time" from the
            # index alone (selectors/habits.py).
            models.Index(fields=["owner", "state", "due_at", "id", "cadence", "after", "kind",
                                 "meeting", "person"], name="step_owner_state_due"),
            # The worker's sweep across all owners for steps turning due.
            models.Index(fields=["state", "due_at"], name="step_state_due"),
            # Every write's refresh of one person (services/refresh.py: their earliest open
            # step) and the steps an interaction completes: the person's own rows, however
            # many open steps the owner has. Led by the person, so no planner, with or without
            # statistics, prefers the two indexes above (which read every open step).
            models.Index(fields=["person", "state", "due_at"], name="step_person_state_due"),
            # The habit figures (selectors/habits.py), counted from the indexes alone: a group's
            # steps by (cadence, offset), a meeting's first steps together; the weekly rate by
            # due time. The person last, so the trash is left out without reading the rows.
            models.Index(fields=["owner", "cadence", "after", "meeting", "on_time", "kind",
                                 "person"], name="step_habits"),
            models.Index(fields=["owner", "due_at", "on_time", "person"],
                         name="step_owner_due_on_time"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.person})"

    @property
    def is_open(self) -> bool:
        return self.state == StepState.OPEN
