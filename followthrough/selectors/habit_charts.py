"""The data behind the habit charts, counted on indexes like the figures (selectors/habits.py):
weeks and samples are ranges of them, and only the face-to-face meetings that can still count
are read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Case, Count, Q, Value, When
from django.db.models.functions import Coalesce

from followthrough.domain import charts
from followthrough.domain.kinds import InteractionKind
from followthrough.domain.playbook import Playbook
from followthrough.models import Interaction, Person
from followthrough.selectors.habits import YES, HabitStats, in_trash, living_steps

HISTORY_WEEKS = 26
RATE_WEEKS = 12


@dataclass(frozen=True)
class HabitCharts:
    funnel: list[charts.FunnelStage]
    history: list[charts.CountsAt]
    weekly: list[charts.WeekRate]


def funnel_labels(playbook: Playbook) -> list[str]:
    window = playbook.first_window
    call = next((s for s in playbook.steps if s.kind == "call"), None)
    face = playbook.cadence_step
    return [
        "Met",
        f"All first steps within {window}",
        f"Call within {call.after}" if call else "Call",
        f"Face to face within {face.after}" if face else "Face to face",
    ]


def habit_charts_for(owner: AbstractBaseUser, *, now: datetime, zone: ZoneInfo,
                     playbook: Playbook, stats: HabitStats) -> HabitCharts:
    """`stats`: the owner's figures (habit_stats_for), which the funnel draws."""
    samples = charts.weekly_samples(now, HISTORY_WEEKS)
    history = zip(samples, connections_at(owner, samples),
                  charts.relationships_at(
                      face_to_face_histories(owner, samples[0], stats.longest_cadence), samples),
                  strict=True)
    return HabitCharts(
        funnel=charts.follow_through_funnel(stats.follow_through, funnel_labels(playbook)),
        history=[charts.CountsAt(at, known, related) for at, known, related in history],
        weekly=weekly_on_time(owner, now, zone),
    )


def connections_at(owner: AbstractBaseUser, samples: list[datetime]) -> list[int]:
    """Everyone known (first met, or else added) by each sample: those known before the first,
    then the later ones by the sample they were first counted at."""
    known = Person.objects.filter(owner=owner, deleted_at=None).order_by().annotate(
        known=Coalesce("first_met_at", "created_at"))
    first = known.filter(known__lte=samples[0]).count()
    counted_at = Case(*[When(known__lte=at, then=Value(index))
                        for index, at in enumerate(samples)], default=Value(len(samples)))
    later = dict(known.filter(known__gt=samples[0]).values(at=counted_at)
                 .annotate(n=Count("owner")).values_list("at", "n"))
    return list(accumulate([first] + [later.get(i, 0) for i in range(1, len(samples))]))


def face_to_face_histories(owner: AbstractBaseUser, since: datetime,
                           longest_cadence: int) -> list[charts.PersonHistory]:
    """The face-to-face meetings that can make someone a relationship at `since` or later:
    those within the longest cadence before it, and any of people with no cadence."""
    met: dict[int, list[datetime]] = {}
    people: dict[int, tuple[int | None, datetime | None]] = {}
    for person_id, at, cadence, first_met in (
            Interaction.objects.filter(owner=owner, kind=InteractionKind.FACE_TO_FACE)
            .exclude(person_id__in=in_trash(owner))
            .filter(Q(at__gte=since - timedelta(days=longest_cadence))
                    | Q(person__cadence_days=None))
            .order_by().values_list("person_id", "at", "person__cadence_days",
                                    "person__first_met_at")):
        met.setdefault(person_id, []).append(at)
        people[person_id] = (cadence, first_met)
    return [charts.PersonHistory(tuple(times), *people[pk]) for pk, times in met.items()]


def weekly_on_time(owner: AbstractBaseUser, now: datetime, zone: ZoneInfo,
                   weeks: int = RATE_WEEKS) -> list[charts.WeekRate]:
    """For each of the last `weeks` weeks, the steps due in it before now, and how many of
    them were done by their due time: one range of step_owner_due_on_time, by week."""
    starts = charts.week_starts(now, zone, weeks)
    week = Case(*[When(due_at__lt=end, then=Value(index))
                  for index, end in enumerate([*starts[1:], now])])
    counts = {index: (hits, total) for index, hits, total in (
        living_steps(owner).filter(due_at__gte=starts[0], due_at__lt=now).values(week=week)
        .annotate(hits=Count("owner", filter=Q(on_time=YES)), total=Count("owner"))
        .values_list("week", "hits", "total"))}
    return [charts.WeekRate(start, *counts.get(index, (0, 0)))
            for index, start in enumerate(starts)]
