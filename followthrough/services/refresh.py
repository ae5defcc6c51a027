"""Recomputes what is denormalised on a person (deadlines, the facts a status is decided from)
after any change."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.db.models import Max, Min

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.schedule import SAME_MEETING_WITHIN, relationship_until
from followthrough.models import Interaction, Meeting, Person, Step


def refresh_person(person: Person, *, zone: ZoneInfo | None = None) -> Person:
    """`zone`, the owner's, is needed when the last face-to-face meeting or the cadence may have
    changed: the relationship lasts one cadence of local calendar days after that meeting.
    Without it, a change of the last face-to-face meeting is an error, never a stale window."""
    open_steps = Step.objects.filter(person=person, state=StepState.OPEN)
    person.next_due = open_steps.aggregate(d=Min("due_at"))["d"]
    person.face_to_face_due = open_steps.filter(cadence=True).aggregate(d=Min("due_at"))["d"]
    person.first_met_at = Meeting.objects.filter(person=person).aggregate(d=Min("at"))["d"]
    face_to_face = Interaction.objects.filter(person=person, kind=InteractionKind.FACE_TO_FACE)
    if person.first_met_at is not None:
        # A face-to-face meeting within 48 hours of the first is that meeting, not meeting again.
        face_to_face = face_to_face.exclude(at__range=(person.first_met_at - SAME_MEETING_WITHIN,
                                                       person.first_met_at + SAME_MEETING_WITHIN))
    last = face_to_face.aggregate(d=Max("at"))["d"]
    if zone is not None:
        person.relationship_until = relationship_until(last, person.cadence_days, zone)
    elif last != person.last_face_to_face_at:
        raise RuntimeError("refresh_person: the last face-to-face meeting changed; pass the zone")
    person.last_face_to_face_at = last
    person.save(
        update_fields=[
            "next_due", "face_to_face_due", "first_met_at", "last_face_to_face_at",
            "relationship_until", "updated_at",
        ]
    )
    return person
