"""Recomputes what is denormalised on a person (status, deadlines) after any change."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Max, Min

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.models import Interaction, Meeting, Person, Step


def refresh_person(person: Person, now: datetime) -> Person:
    open_steps = Step.objects.filter(person=person, state=StepState.OPEN)
    person.next_due = open_steps.aggregate(d=Min("due_at"))["d"]
    person.face_to_face_due = open_steps.filter(cadence=True).aggregate(d=Min("due_at"))["d"]
    person.first_met_at = Meeting.objects.filter(person=person).aggregate(d=Min("at"))["d"]
    person.last_face_to_face_at = Interaction.objects.filter(
        person=person, kind=InteractionKind.FACE_TO_FACE
    ).aggregate(d=Max("at"))["d"]
    person.relationship_until = _relationship_until(person)
    person.save(
        update_fields=[
            "next_due", "face_to_face_due", "first_met_at", "last_face_to_face_at",
            "relationship_until", "updated_at",
        ]
    )
    return person


def _relationship_until(person: Person) -> datetime | None:
    last = person.last_face_to_face_at
    if last is None:
        return None
    if person.cadence_days is None:
        return datetime.max.replace(tzinfo=last.tzinfo) - timedelta(days=1)
    return last + timedelta(days=person.cadence_days)
