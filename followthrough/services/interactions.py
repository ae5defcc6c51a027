"""Logging what happened: an interaction completes the open steps it satisfies."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.schedule import next_face_to_face_due
from followthrough.errors import InvalidInput, NotFound
from followthrough.models import Interaction, Person, Step
from followthrough.preferences import Preferences
from followthrough.services.refresh import refresh_person
from followthrough.services.validation import NOTE_MAX, clean_text, not_in_future
from followthrough.services.versions import changes_owner_data


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
) -> tuple[Interaction, list[Step]]:
    """Record an interaction; returns it and the steps it completed.

    An `incoming` one (mail they sent you, their invitation) is recorded and completes nothing:
    a step is something the user does.
    """
    try:
        interaction_kind = InteractionKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in InteractionKind)
        raise InvalidInput("kind", f"{kind!r} is not one of {allowed}") from None
    note = clean_text("note", note, limit=NOTE_MAX)
    not_in_future("when", at, now)
    _check_owner(owner, person)

    interaction = Interaction.objects.create(
        owner=owner, person=person, kind=interaction_kind, at=at, note=note, incoming=incoming
    )
    completed = [] if incoming else _complete_satisfied_steps(person, interaction_kind, at, prefs)
    if interaction_kind is InteractionKind.FACE_TO_FACE:
        _restart_cadence(person, at, prefs)
    refresh_person(person, now)
    return interaction, completed


def _check_owner(owner: AbstractBaseUser, person: Person) -> None:
    if person.owner_id != owner.pk or person.deleted_at is not None:
        raise NotFound("person: not found")


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


def _restart_cadence(person: Person, at: datetime, prefs: Preferences) -> None:
    """After a face-to-face meeting the next one is due one cadence later."""
    template = prefs.playbook.cadence_step
    due = next_face_to_face_due(at, person.cadence_days, prefs.zone)
    if template is None or due is None:
        return
    if Step.objects.filter(person=person, cadence=True, state=StepState.OPEN).exists():
        return
    Step.objects.create(
        owner_id=person.owner_id, person=person, kind=template.kind, title=template.title,
        after=f"{person.cadence_days}d", cadence=True, due_at=due,
    )
