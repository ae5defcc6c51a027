"""Logging what happened: an interaction completes the open steps it satisfies."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.schedule import is_same_meeting, next_face_to_face_due
from followthrough.errors import InvalidInput
from followthrough.models import Interaction, Person, Step
from followthrough.preferences import Preferences
from followthrough.selectors.access import check_person
from followthrough.services.refresh import refresh_person
from followthrough.services.validation import NOTE_MAX, clean_text, not_in_future
from followthrough.services.versions import changes_owner_data


@dataclass
class Logged:
    """What logging did. Unpacks as (interaction, completed steps) for the callers that only
    need those two."""

    interaction: Interaction
    completed: list[Step]
    # Set when a face-to-face meeting was the first meeting again (within 48 hours of it).
    same_meeting_as: datetime | None = None
    notes: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[object]:
        return iter((self.interaction, self.completed))


@changes_owner_data
def log_interaction(
    *,
    owner: AbstractBaseUser,
    person: Person,
    kind: str,
    at: datetime,
    note: str = "",
    now: datetime,
    prefs: Preferences,
    incoming: bool = False,
) -> Logged:
    """Record an interaction; returns it and the steps it completed.

    An `incoming` one (mail they sent you, their invitation) is recorded and completes nothing:
    a step is something the user does. A face-to-face meeting within 48 hours of the first
    meeting is that meeting: it is kept, but completes nothing and restarts no cadence
    (domain.schedule.is_same_meeting).
    """
    try:
        interaction_kind = InteractionKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in InteractionKind)
        raise InvalidInput("kind", f"{kind!r} is not one of {allowed}") from None
    note = clean_text("note", note, limit=NOTE_MAX, one_line=False)
    not_in_future("when", at, now)
    check_person(owner, person)

    interaction = Interaction.objects.create(
        owner=owner, person=person, kind=interaction_kind, at=at, note=note, incoming=incoming
    )
    face_to_face = interaction_kind is InteractionKind.FACE_TO_FACE
    if face_to_face and is_same_meeting(person.first_met_at, at):
        refresh_person(person, zone=prefs.zone)
        met = person.first_met_at.astimezone(prefs.zone)
        return Logged(interaction, [], person.first_met_at, [
            f"within 48 hours of meeting {person.full_name} on {met:%d %b %Y}: counted as that "
            "same meeting, so it completes no step and is not a face-to-face meeting again"])
    completed = [] if incoming else _complete_satisfied_steps(person, interaction_kind, at, prefs)
    if face_to_face:
        closed_cadence = next((s for s in completed if s.cadence), None)
        _restart_cadence(person, at, prefs, follows=closed_cadence)
    refresh_person(person, zone=prefs.zone)
    return Logged(interaction, completed)


def _complete_satisfied_steps(
    person: Person, kind: InteractionKind, at: datetime, prefs: Preferences
) -> list[Step]:
    step_kinds = [t.kind for t in prefs.playbook.steps if kind in t.completed_by]
    # An interaction satisfies the steps of meetings that had happened by then, never earlier ones.
    steps = list(
        Step.objects.filter(person=person, state=StepState.OPEN, kind__in=step_kinds).filter(
            Q(meeting__isnull=True) | Q(meeting__at__lte=at)
        )
    )
    for step in steps:
        step.state, step.closed_at = StepState.DONE, at
    Step.objects.bulk_update(steps, ["state", "closed_at"])
    return steps


def _restart_cadence(person: Person, at: datetime, prefs: Preferences,
                     follows: Step | None) -> Step | None:
    """After a face-to-face meeting the next one is due one cadence later. The new step
    remembers the one whose completion started it: reopening that one removes it again."""
    template = prefs.playbook.cadence_step
    due = next_face_to_face_due(at, person.cadence_days, prefs.zone)
    if template is None or due is None:
        return None
    if Step.objects.filter(person=person, cadence=True, state=StepState.OPEN).exists():
        return None
    return Step.objects.create(
        owner_id=person.owner_id, person=person, kind=template.kind, title=template.title,
        after=f"{person.cadence_days}d", cadence=True, due_at=due, follows=follows,
    )
