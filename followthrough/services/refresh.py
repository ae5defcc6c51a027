"""Recomputes what is denormalised on a person (status, deadlines) after any change.

Every figure comes from the person's own rows, through indexes that lead with the person
(models: step_person_state_due, meeting_person_at, interaction_person_kind_at): a write costs
the same whether the owner has a hundred open steps or a hundred thousand.
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Max, Min, Q

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.status import classify, relationship_until
from followthrough.models import Interaction, Meeting, Person, Step


def refresh_person(person: Person, now: datetime) -> Person:
    steps = Step.objects.filter(person=person, state=StepState.OPEN).aggregate(
        next_due=Min("due_at"), face_to_face_due=Min("due_at", filter=Q(cadence=True)))
    person.next_due, person.face_to_face_due = steps["next_due"], steps["face_to_face_due"]
    person.first_met_at = Meeting.objects.filter(person=person).aggregate(d=Min("at"))["d"]
    person.last_face_to_face_at = Interaction.objects.filter(
        person=person, kind=InteractionKind.FACE_TO_FACE
    ).aggregate(d=Max("at"))["d"]
    person.relationship_until = relationship_until(person.last_face_to_face_at,
                                                   person.cadence_days)
    person.status = classify(person.facts, now)
    person.save(
        update_fields=[
            "next_due", "face_to_face_due", "first_met_at", "last_face_to_face_at",
            "relationship_until", "status", "updated_at",
        ]
    )
    return person
