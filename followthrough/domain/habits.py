"""The habit figures: how well the follow-through habits are kept, from plain step records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from followthrough.domain.kinds import StepState


@dataclass(frozen=True)
class StepRecord:
    meeting_id: int | None
    group: str  # "first-window", "call", "face-to-face" or "other"
    due_at: datetime
    state: str
    closed_at: datetime | None

    def on_time(self) -> bool:
        return self.state == StepState.DONE and self.closed_at is not None and (
            self.closed_at <= self.due_at
        )

    def settled(self, now: datetime) -> bool:
        """Counted once done, skipped, or past due: a step still in time is not yet a miss."""
        return self.state != StepState.OPEN or self.due_at < now


@dataclass(frozen=True)
class Share:
    hits: int
    total: int  # settled: done, skipped, or past due
    waiting: int = 0  # not settled yet: open and still in time

    @property
    def ratio(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.hits}/{self.total} ({self.ratio:.0%})" if self.total else "no data yet"


def first_window_kept(steps: Iterable[StepRecord], now: datetime) -> Share:
    """Meetings whose first-window steps (the 48-hour four) were all done on time."""
    by_meeting: dict[int, list[StepRecord]] = {}
    for step in steps:
        if step.group == "first-window" and step.meeting_id is not None:
            by_meeting.setdefault(step.meeting_id, []).append(step)
    settled = [group for group in by_meeting.values() if all(s.settled(now) for s in group)]
    return Share(sum(all(s.on_time() for s in group) for group in settled), len(settled),
                 len(by_meeting) - len(settled))


def on_time_share(steps: Iterable[StepRecord], group: str, now: datetime) -> Share:
    of_group = [s for s in steps if s.group == group]
    settled = [s for s in of_group if s.settled(now)]
    return Share(sum(s.on_time() for s in settled), len(settled), len(of_group) - len(settled))


@dataclass(frozen=True)
class FollowThrough:
    """How well the playbook is kept, stage by stage: the one computation behind both
    `followthrough stats` and the Habits page's chart, so they never disagree."""

    meetings: int
    first_window: Share  # meetings whose first-window steps were all on time
    calls: Share  # call steps done by their due time
    face_to_face: Share  # face-to-face steps done by their deadline


def follow_through(steps: Iterable[StepRecord], now: datetime) -> FollowThrough:
    records = list(steps)
    return FollowThrough(
        meetings=len({s.meeting_id for s in records if s.meeting_id is not None}),
        first_window=first_window_kept(records, now),
        calls=on_time_share(records, "call", now),
        face_to_face=on_time_share(records, "face-to-face", now),
    )
