"""The habit figures for one owner, counted by the database on indexes shaped for them
(step_habits, step_owner_due_on_time, step_owner_state_due, person_habits): a few statements
that count index entries, never a read of every step, so the Habits page costs about the same
at any size.

The rules are domain.habits' (what is on time, settled, a meeting's first steps) and
domain.status's; tests/core/test_habit_figures.py recounts them by hand on random data."""

from __future__ import annotations

import operator
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import reduce

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Case, Count, Max, Min, Q, QuerySet, Sum, Value, When

from followthrough.domain import habits
from followthrough.domain.kinds import InteractionKind, Status, StepState
from followthrough.domain.playbook import Playbook
from followthrough.models import Meeting, Offer, Person, Step
from followthrough.selectors.counts import count_each
from followthrough.selectors.status import status_filter


@dataclass(frozen=True)
class HabitStats:
    people: int
    connections_only: int  # never met face to face since first meeting (or not met at all)
    statuses: Counter[str]
    follow_through: habits.FollowThrough
    offers_made: int
    offers_delivered: int
    longest_cadence: int  # days; 0 when no one has a cadence

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


# Booleans compared with a parameter: Django writes `WHERE "on_time"` for on_time=True, which
# SQLite never answers from an index.
YES, NO = Value(True), Value(False)


def step_group(playbook: Playbook, kind: str, cadence: bool, after: str) -> str:
    """A step's group in the habit figures: the face-to-face step; a first step (at the
    playbook's shortest offset); a call (its template is completed by a call and the step
    has its offset); or other. The step's own offset is the one it was given when its meeting
    started the playbook. follow_through_for counts these groups as queries."""
    if cadence:
        return "face-to-face"
    if after == str(playbook.first_window):
        return "first-window"
    template = playbook.template(kind)
    if template and InteractionKind.CALL in template.completed_by and after == str(template.after):
        return "call"
    return "other"


def in_trash(owner: AbstractBaseUser) -> QuerySet[Person]:
    return Person.objects.filter(owner=owner, deleted_at__isnull=False).values("id")


def living_steps(owner: AbstractBaseUser) -> QuerySet[Step]:
    """The owner's steps but those of people in the trash (a few ids, matched in the index)."""
    return Step.objects.filter(owner=owner).exclude(person_id__in=in_trash(owner)).order_by()


def follow_through_for(owner: AbstractBaseUser, *, now: datetime,
                       playbook: Playbook) -> habits.FollowThrough:
    steps = living_steps(owner)
    # The call steps are those of the templates step_group calls calls, at their offsets.
    calls = reduce(operator.or_, (Q(kind=t.kind, after=str(t.after)) for t in playbook.steps
                                  if step_group(playbook, t.kind, t.cadence, str(t.after)) == "call"),
                   Q(pk__in=[]))
    groups = {"call": steps.filter(calls, cadence=NO), "face-to-face": steps.filter(cadence=YES)}
    counts = count_each(owner, {
        # All the owner's meetings less the trash's: each count read from an index.
        "meetings": Meeting.objects.filter(owner=owner),
        "meetings in the trash": Meeting.objects.filter(person_id__in=in_trash(owner)),
        **{f"{name} {part}": query.filter(condition) for name, query in groups.items()
           for part, condition in (("all", Q()), ("on time", Q(on_time=YES)))},
    })
    waiting = _waiting_by_group(steps, now, playbook)
    shares = {name: habits.share_of(counted=counts[f"{name} all"],
                                    hits=counts[f"{name} on time"],
                                    waiting=waiting[name]) for name in groups}
    return habits.FollowThrough(meetings=counts["meetings"] - counts["meetings in the trash"],
                                first_window=_first_window(steps, now, playbook),
                                calls=shares["call"], face_to_face=shares["face-to-face"])


def _still_in_time(steps: QuerySet[Step], now: datetime) -> QuerySet[Step]:
    """Open and not yet due: not settled, so not counted yet (read on the agenda's index)."""
    return steps.filter(state=StepState.OPEN, due_at__gte=now)


def _waiting_by_group(steps: QuerySet[Step], now: datetime, playbook: Playbook) -> Counter[str]:
    waiting: Counter[str] = Counter()
    for kind, after, cadence, count in (_still_in_time(steps, now)
                                        .values_list("kind", "after", "cadence")
                                        .annotate(n=Count("owner"))):
        waiting[step_group(playbook, kind, cadence, after)] += count
    return waiting


def _first_window(steps: QuerySet[Step], now: datetime, playbook: Playbook) -> habits.Share:
    """Meetings whose first steps were all on time, read from step_habits in meeting order,
    and those with a first step still in time."""
    first_steps = steps.filter(cadence=NO, after=str(playbook.first_window),
                               meeting__isnull=False)
    by_meeting = first_steps.values("meeting_id").annotate(
        kept=Min(Case(When(on_time=YES, then=Value(1)), default=Value(0))))
    counts = by_meeting.aggregate(meetings=Count("meeting_id"), all_kept=Sum("kept"))
    # COUNT(DISTINCT), which SQLite reads from the agenda's index: a DISTINCT subquery it
    # would read in step_habits' meeting order, all of the first steps.
    waiting = _still_in_time(first_steps, now).aggregate(n=Count("meeting", distinct=True))
    return habits.share_of(counted=counts["meetings"], hits=counts["all_kept"] or 0,
                           waiting=waiting["n"])


def habit_stats_for(owner: AbstractBaseUser, *, now: datetime, playbook: Playbook) -> HabitStats:
    # Counting the owner column (never null), not the id: every column read is in person_habits.
    people = Person.objects.alive().filter(owner=owner).order_by().aggregate(
        people=Count("owner"), connections_only=Count("owner", filter=Q(last_face_to_face_at=None)),
        longest_cadence=Max("cadence_days"),
        **{status.value: Count("owner", filter=status_filter(status, now)) for status in Status})
    offers = Offer.objects.filter(owner=owner).exclude(person_id__in=in_trash(owner)).aggregate(
        made=Count("id"), delivered=Count("id", filter=Q(delivered_at__isnull=False)))
    return HabitStats(
        people=people["people"],
        connections_only=people["connections_only"],
        statuses=Counter({status.value: people[status.value] for status in Status}),
        follow_through=follow_through_for(owner, now=now, playbook=playbook),
        offers_made=offers["made"],
        offers_delivered=offers["delivered"],
        longest_cadence=people["longest_cadence"] or 0,
    )
