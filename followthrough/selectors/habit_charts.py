"""The data behind the habit charts, read for one owner in three queries whatever their size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain import charts, habits
from followthrough.domain.kinds import InteractionKind
from followthrough.domain.playbook import Playbook
from followthrough.models import Interaction, Person
from followthrough.selectors.habits import step_records

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


def people_histories(owner: AbstractBaseUser) -> list[charts.PersonHistory]:
    met: dict[int, list[datetime]] = {}
    for person_id, at in Interaction.objects.filter(
        owner=owner, kind=InteractionKind.FACE_TO_FACE, person__deleted_at__isnull=True
    ).values_list("person_id", "at"):
        met.setdefault(person_id, []).append(at)
    return [
        charts.PersonHistory(first_met or created, tuple(met.get(pk, ())), cadence)
        for pk, first_met, created, cadence in Person.objects.alive().filter(owner=owner)
        .values_list("id", "first_met_at", "created_at", "cadence_days")
    ]


def habit_charts_for(
    owner: AbstractBaseUser, *, now: datetime, zone: ZoneInfo, playbook: Playbook,
    records: list[habits.StepRecord] | None = None,
) -> HabitCharts:
    """`records`: the owner's step records when the caller read them already (the page)."""
    records = step_records(owner, playbook) if records is None else records
    return HabitCharts(
        funnel=charts.follow_through_funnel(records, now, funnel_labels(playbook)),
        history=charts.relationships_over_time(
            people_histories(owner), charts.weekly_samples(now, HISTORY_WEEKS)),
        weekly=charts.weekly_on_time(records, now, zone, RATE_WEEKS),
    )
