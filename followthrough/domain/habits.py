"""The habit figures: how well the follow-through habits are kept, from plain step records."""

from __future__ import annotations

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


def share_of(*, counted: int, hits: int, waiting: int) -> Share:
    """`counted` things, `hits` of them kept, `waiting` still in time (so not yet counted)."""
    return Share(hits, counted - waiting, waiting)


@dataclass(frozen=True)
class FollowThrough:
    """How well the playbook is kept, stage by stage: the one computation behind both
    `followthrough stats` and the Habits page's chart (selectors/habits.follow_through_for),
    so they never disagree. A meeting's first window is kept when all of its first steps
    (those at the playbook's shortest offset) were done on time; calls and face-to-face
    meetings count step by step. Each share counts what is settled (StepRecord.settled)."""

    meetings: int
    first_window: Share  # meetings whose first-window steps were all on time
    calls: Share  # call steps done by their due time
    face_to_face: Share  # face-to-face steps done by their deadline

