"""A whole person, as `followthrough show`, the person's page, its prep page and
GET /api/people/ID read them: one selector, the same rows in the same order for every door."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Prefetch, prefetch_related_objects

from followthrough.domain.kinds import Status, StepState
from followthrough.domain.status import classify
from followthrough.models import (
    ContactPoint,
    EvidenceItem,
    Interaction,
    Meeting,
    Offer,
    Person,
    Step,
)
from followthrough.selectors.access import access_person
from followthrough.selectors.card_photos import card_photos_of
from followthrough.selectors.evidence import scheduled_for, suggestions_for


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str
    text: str
    detail: str = ""
    reopens: int | None = None  # a done or skipped step's id: the entry offers to reopen it


@dataclass(frozen=True)
class PersonDetail:
    person: Person
    status: Status  # as of the `now` asked for
    contact_points: list[ContactPoint]  # preferred first
    meetings: list[Meeting]  # newest first
    steps: list[Step]  # by due time
    interactions: list[Interaction]  # newest first
    offers: list[Offer]  # oldest first
    scheduled: list[EvidenceItem]  # their calendar events still to come, soonest first
    suggestions: list[EvidenceItem]  # evidence that may be theirs, waiting for the user
    card_photos: list[tuple[int, datetime]]  # (id, when saved) of their card's photos

    @property
    def open_steps(self) -> list[Step]:
        return [s for s in self.steps if s.state == StepState.OPEN]

    @property
    def timeline(self) -> list[TimelineEntry]:
        """Meetings, interactions and closed steps, newest first."""
        entries = [TimelineEntry(m.at, "met", f"Met at {m.where}" if m.where else "Met", m.why)
                   for m in self.meetings]
        entries += [TimelineEntry(i.at, i.kind, i.kind.replace("-", " ").capitalize(), i.note)
                    for i in self.interactions]
        entries += [TimelineEntry(s.closed_at, s.state, f"{s.state.capitalize()}: {s.title}",
                                  s.skip_reason, s.pk)
                    for s in self.steps if s.state != StepState.OPEN and s.closed_at]
        return sorted(entries, key=lambda e: e.at, reverse=True)


def person_detail(owner: AbstractBaseUser, person_id: int, *, now: datetime) -> PersonDetail:
    """NotFound (selectors/access.py) for anyone who is not the owner's."""
    person = access_person(owner, person_id)
    prefetch_related_objects(
        [person], "contact_points", "meetings", "interactions", "offers",
        Prefetch("steps", queryset=Step.objects.select_related("person").order_by("due_at", "id")))
    return PersonDetail(
        person=person, status=classify(person.facts, now),
        contact_points=list(person.contact_points.all()), meetings=list(person.meetings.all()),
        steps=list(person.steps.all()), interactions=list(person.interactions.all()),
        offers=list(person.offers.all()), scheduled=scheduled_for(owner, person, now),
        suggestions=suggestions_for(owner, person), card_photos=card_photos_of(person),
    )
