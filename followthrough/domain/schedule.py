"""Deadlines: when a step is due, when the next face-to-face meeting is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from followthrough.domain.playbook import Offset, Playbook, StepTemplate


@dataclass(frozen=True)
class PlannedStep:
    template: StepTemplate
    due_at: datetime  # aware, UTC


def due_after(start: datetime, offset: Offset, zone: ZoneInfo) -> datetime:
    """The moment `offset` after `start`; hours are elapsed time, days are local calendar days."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    if offset.unit == "h":
        return (start.astimezone(UTC) + timedelta(hours=offset.amount)).astimezone(UTC)
    local = start.astimezone(zone)
    # Adding a timedelta to an aware datetime in its own zone is wall-clock arithmetic.
    return (local + timedelta(days=offset.amount)).astimezone(UTC)


def plan_meeting(
    playbook: Playbook, met_at: datetime, zone: ZoneInfo, cadence_days: int | None,
    first_meeting: bool = True,
) -> list[PlannedStep]:
    """The steps a meeting at `met_at` starts: every step for the first meeting with someone,
    the every-meeting ones for a later one. A person with cadence off gets no face-to-face
    step, and a later meeting none either (meeting face to face restarts the cadence)."""
    planned = []
    for template in playbook.started_by(first_meeting):
        if template.cadence and (cadence_days is None or not first_meeting):
            continue
        offset = Offset(cadence_days, "d") if template.cadence and cadence_days else template.after
        planned.append(PlannedStep(template, due_after(met_at, offset, zone)))
    return sorted(planned, key=lambda p: p.due_at)


# Cadence off: a face-to-face meeting keeps the relationship for ever (the end of time, less a
# day so that no zone's arithmetic overflows).
FOREVER = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)


def next_face_to_face_due(
    last_met: datetime, cadence_days: int | None, zone: ZoneInfo
) -> datetime | None:
    """After meeting face to face, the next meeting is due one cadence later (None: cadence off)."""
    if cadence_days is None:
        return None
    return due_after(last_met, Offset(cadence_days, "d"), zone)


def relationship_until(
    last_met: datetime | None, cadence_days: int | None, zone: ZoneInfo
) -> datetime | None:
    """Until when meeting face to face at `last_met` makes it a relationship: one cadence of
    local calendar days, like the deadline it sets (for ever with the cadence off)."""
    if last_met is None:
        return None
    return next_face_to_face_due(last_met, cadence_days, zone) or FOREVER


# A face-to-face meeting this close to the first meeting with someone is that same meeting
# (you logged the event twice, or met again the next day): it starts no relationship.
SAME_MEETING_WITHIN = timedelta(hours=48)


def is_same_meeting(first_met: datetime | None, face_to_face_at: datetime) -> bool:
    """True when a face-to-face meeting at `face_to_face_at` is within 48 hours (either side,
    48 h included) of the first meeting, so it counts as that meeting, not as meeting again."""
    return first_met is not None and abs(face_to_face_at - first_met) <= SAME_MEETING_WITHIN
