"""The habit figures for one owner, computed from the data by the rules in domain.habits."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Q

from followthrough.domain import habits
from followthrough.domain.kinds import InteractionKind, Status
from followthrough.domain.playbook import Playbook
from followthrough.domain.status import PersonFacts, classify
from followthrough.models import Offer, Person, Step


@dataclass(frozen=True)
class HabitStats:
    people: int
    connections_only: int  # never met face to face since first meeting (or not met at all)
    statuses: Counter[str]
    follow_through: habits.FollowThrough
    offers_made: int
    offers_delivered: int

    @property
    def first_window(self) -> habits.Share:
        return self.follow_through.first_window

    @property
    def calls(self) -> habits.Share:
        return self.follow_through.calls

    @property
    def face_to_face(self) -> habits.Share:
        return self.follow_through.face_to_face

    @property
    def relationships(self) -> int:
        return self.statuses[Status.RELATIONSHIP]


def step_group(playbook: Playbook, kind: str, cadence: bool) -> str:
    if cadence:
        return "face-to-face"
    template = playbook.template(kind)
    if template is None:
        return "other"
    if template.after == playbook.first_window:
        return "first-window"
    if InteractionKind.CALL in template.completed_by:
        return "call"
    return "other"


def step_records(owner: AbstractBaseUser, playbook: Playbook) -> list[habits.StepRecord]:
    """Every step of the owner's living people, as plain records. Unordered, and the deleted
    people's steps left out by their ids (a few) rather than a join to every step's person."""
    deleted = Person.objects.filter(owner=owner, deleted_at__isnull=False).values("id")
    rows = (Step.objects.filter(owner=owner).exclude(person_id__in=deleted).order_by()
            .values_list("meeting_id", "kind", "cadence", "due_at", "state", "closed_at"))
    groups: dict[tuple[str, bool], str] = {}  # a few kinds: each worked out once, not per step
    return [habits.StepRecord(meeting_id, groups.get((kind, cadence)) or groups.setdefault(
                (kind, cadence), step_group(playbook, kind, cadence)), due, state, closed)
            for meeting_id, kind, cadence, due, state, closed in rows]


def habit_stats_for(owner: AbstractBaseUser, *, now: datetime, playbook: Playbook,
                    records: list[habits.StepRecord] | None = None) -> HabitStats:
    """`records`: the owner's step records when the caller read them already (the page)."""
    rows = list(
        Person.objects.alive()
        .filter(owner=owner).order_by()
        .values_list("first_met_at", "face_to_face_due", "relationship_until", "last_face_to_face_at")
    )
    statuses = Counter(classify(PersonFacts(*row[:3]), now).value for row in rows)
    records = step_records(owner, playbook) if records is None else records
    offers = Offer.objects.filter(owner=owner, person__deleted_at__isnull=True).aggregate(
        made=Count("id"), delivered=Count("id", filter=Q(delivered_at__isnull=False))
    )
    return HabitStats(
        people=len(rows),
        connections_only=sum(1 for row in rows if row[3] is None),
        statuses=statuses,
        follow_through=habits.follow_through(records, now),
        offers_made=offers["made"],
        offers_delivered=offers["delivered"],
    )
