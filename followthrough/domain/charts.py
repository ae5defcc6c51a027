"""The habit charts as numbers and shapes: the follow-through funnel, relationships versus
connections over time, the weekly on-time rate, and the geometry to draw them (plain values,
no Django; the templates turn the shapes into SVG)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo

from followthrough.domain.habits import FollowThrough
from followthrough.domain.schedule import is_same_meeting

# ---- the numbers -------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStage:
    label: str
    count: int  # meetings (the first stage), or those that reached this stage on time
    in_time: int  # still able to reach it (the step is open and not yet due)
    total: int  # settled: the count out of these

    @property
    def ratio(self) -> float | None:
        return self.count / self.total if self.total else None


def follow_through_funnel(figures: FollowThrough, labels: Sequence[str]) -> list[FunnelStage]:
    """Meetings, then each stage of the playbook kept on time, out of those settled: the
    figures of `followthrough stats`. `labels` names the four."""
    shares = (figures.first_window, figures.calls, figures.face_to_face)
    return [FunnelStage(labels[0], figures.meetings, 0, figures.meetings)] + [
        FunnelStage(label, share.hits, share.waiting, share.total)
        for label, share in zip(labels[1:], shares, strict=True)]


@dataclass(frozen=True)
class WeekRate:
    start: datetime  # local Monday 00:00
    hits: int
    total: int

    @property
    def ratio(self) -> float | None:
        return self.hits / self.total if self.total else None


def week_start(moment: datetime, zone: ZoneInfo) -> datetime:
    local = moment.astimezone(zone).date()
    return datetime.combine(local - timedelta(days=local.weekday()), time(0), tzinfo=zone)


def week_starts(now: datetime, zone: ZoneInfo, weeks: int = 12) -> list[datetime]:
    """The local Mondays 00:00 that start the last `weeks` weeks, this one included: the weekly
    on-time rate counts the steps due in each (and before `now`), done by their due time."""
    first = week_start(now, zone) - timedelta(weeks=weeks - 1)
    starts = [(first + timedelta(weeks=i)).astimezone(zone) for i in range(weeks)]
    return [datetime.combine(s.date(), time(0), tzinfo=zone) for s in starts]


@dataclass(frozen=True)
class PersonHistory:
    face_to_face: tuple[datetime, ...]
    cadence_days: int | None
    first_met: datetime | None = None  # a face-to-face meeting this close is that meeting


@dataclass(frozen=True)
class CountsAt:
    at: datetime
    connections: int
    relationships: int


def relationships_at(people: Iterable[PersonHistory], samples: Sequence[datetime]) -> list[int]:
    """At each sample, those met face to face within their cadence before it (relationships).
    One pass over the people, bisecting the samples."""
    related = [0] * (len(samples) + 1)
    for person in people:
        for start, end in relationship_spans(person):
            low, high = bisect_left(samples, start), bisect_right(samples, end)
            if low < high:
                related[low] += 1
                related[high] -= 1
    return list(accumulate(related[:-1]))


def relationship_spans(person: PersonHistory) -> list[tuple[datetime, datetime]]:
    """The merged spans during which the person counted as a relationship."""
    spans: list[tuple[datetime, datetime]] = []
    for met in sorted(person.face_to_face):
        if is_same_meeting(person.first_met, met):
            continue  # the first meeting itself, logged again: as the status rule says
        end = datetime.max.replace(tzinfo=met.tzinfo) if person.cadence_days is None else (
            met + timedelta(days=person.cadence_days))
        if spans and met <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((met, end))
    return spans


def weekly_samples(now: datetime, weeks: int) -> list[datetime]:
    return [now - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]


# ---- the shapes --------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float
    text: str  # the value as printed on the bar
    track: float = 0  # the whole length a bar of the top value would have

    @property
    def end(self) -> float:
        return self.x + self.width

    @property
    def middle(self) -> float:
        return self.x + self.width / 2


def horizontal_bars(
    items: Sequence[tuple[str, float, str]], *, width: float, bar_height: float, gap: float,
    label_width: float, top: float | None = None, value_room: float = 60, first_y: float = 0,
) -> list[Bar]:
    """Bars from the left, on a 0..`top` scale (default: the largest value), as long as the
    room after the labels and before the printed values allows. `first_y` leaves room above
    the first bar (for labels drawn above the bars, as on a phone)."""
    largest = top or max((value for _, value, _ in items), default=0) or 1
    room = width - label_width - value_room
    return [
        Bar(label, value, label_width, first_y + i * (bar_height + gap),
            room * min(value, largest) / largest, bar_height, text, room)
        for i, (label, value, text) in enumerate(items)
    ]


def vertical_bars(
    items: Sequence[tuple[str, float | None, str]], *, width: float, height: float,
    top: float = 1.0,
) -> list[Bar]:
    """Columns on a 0..top scale; a missing value (no data) draws no column."""
    slot = width / max(len(items), 1)
    bars = []
    for i, (label, value, text) in enumerate(items):
        tall = height * (value or 0) / top
        bars.append(Bar(label, value or 0, i * slot + slot * 0.15, height - tall, slot * 0.7,
                        tall, text))
    return bars


def polyline(values: Sequence[float], *, width: float, height: float, top: float) -> str:
    """SVG polyline points for values spread evenly across `width`, 0 at the bottom."""
    if not values:
        return ""
    step = width / max(len(values) - 1, 1)
    top = top or 1
    return " ".join(f"{i * step:.1f},{height - height * v / top:.1f}" for i, v in enumerate(values))


def nice_top(value: float) -> int:
    """A round axis maximum at or above `value`: 1, 2, 5, 10, 20, 50…"""
    top = 1
    while top < value:
        top = top * 2 if str(top)[0] in "15" else top * 5 // 2
    return top
