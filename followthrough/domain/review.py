"""The weekly review's rules: ISO weeks in the owner's zone, what slipped, what comes next, who is
lapsing, which relationships began or ended, and the on-time shares week by week.

Plain values in, plain values out. A week is looked at from one moment, `at`: now for the week
under way, its end for a week gone by. What was open then is read from the steps' states and
closing times, so a past week reads as it stood at its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followthrough.domain.charts import PersonHistory, relationship_spans
from followthrough.domain.habits import Share, StepRecord
from followthrough.domain.kinds import StepState
from followthrough.domain.relative import relative
from followthrough.domain.status import AT_RISK_WINDOW

COMING = timedelta(days=7)
HABIT_WEEKS = 5  # the week under review and the four before it
_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


# ---- weeks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Week:
    """An ISO week in one zone: Monday 00:00 to the next Monday 00:00, local wall-clock time
    (so a week with a DST change lasts 167 or 169 hours)."""

    year: int
    number: int
    start: datetime
    end: datetime

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    def before(self, weeks: int = 1) -> Week:
        monday = self.start.date() - timedelta(weeks=weeks)
        return week_numbered(*monday.isocalendar()[:2], zone=self.start.tzinfo)  # type: ignore[arg-type]


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def week_numbered(year: int, number: int, zone: ZoneInfo) -> Week:
    monday = date.fromisocalendar(year, number, 1)  # ValueError for a week the year lacks
    return Week(year, number, _midnight(monday, zone), _midnight(monday + timedelta(days=7), zone))


def week_of(moment: datetime, zone: ZoneInfo) -> Week:
    year, number, _ = moment.astimezone(zone).isocalendar()
    return week_numbered(year, number, zone)


def parse_week(text: str, zone: ZoneInfo) -> Week:
    """'2026-W49' (or '2026W49', any case) as a Week; ValueError saying what is wrong."""
    match = _WEEK.match(text)
    if not match:
        raise ValueError(f"{text[:40]!r} is not an ISO week like 2026-W49")
    year, number = int(match.group(1)), int(match.group(2))
    try:
        return week_numbered(year, number, zone)
    except ValueError:
        weeks = date(year, 12, 28).isocalendar()[1] if year >= 1 else 52
        raise ValueError(f"{year} has weeks 1 to {weeks}, not {number}") from None


def looked_at(week: Week, now: datetime) -> datetime:
    """The moment a week is reviewed from: now while it runs, its end once it is over."""
    if week.start > now:
        raise ValueError(f"{week.label} has not started yet")
    return min(now, week.end)


# ---- the records a review reads ----------------------------------------------------------


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str


@dataclass(frozen=True)
class StepFact:
    id: int
    person: PersonRef
    title: str
    kind: str
    group: str  # as in domain.habits: "first-window", "call", "face-to-face" or "other"
    due_at: datetime
    state: str
    closed_at: datetime | None
    meeting_id: int | None = None

    def open_at(self, moment: datetime) -> bool:
        """Still to do at `moment`: open now, or closed only after it."""
        if self.state == StepState.OPEN:
            return True
        return self.state != StepState.TRASHED and self.closed_at is not None and (
            self.closed_at > moment)

    @property
    def face_to_face(self) -> bool:
        return self.group == "face-to-face"

    def record(self) -> StepRecord:
        return StepRecord(self.meeting_id, self.group, self.due_at, self.state, self.closed_at)


@dataclass(frozen=True)
class OfferFact:
    id: int
    person: PersonRef
    text: str
    created_at: datetime
    delivered_at: datetime | None

    def open_at(self, moment: datetime) -> bool:
        return self.created_at <= moment and (
            self.delivered_at is None or self.delivered_at > moment)


# ---- the sections ------------------------------------------------------------------------


@dataclass(frozen=True)
class Slip:
    step: StepFact
    late: timedelta  # how late it was done, or is at the review's moment
    still_open: bool

    @property
    def lateness(self) -> str:
        """'2 days late' while still open; 'done 3 hours late' or 'skipped 1 day late' once not."""
        late = ("under a minute late" if self.late < timedelta(minutes=1)
                else relative(self.step.due_at, self.step.due_at + self.late))
        return late if self.still_open else f"{self.step.state} {late}"


def slipped(steps: Iterable[StepFact], week: Week, at: datetime) -> list[Slip]:
    """Steps that went overdue this week (due in it before `at` and not done by then), and
    steps from before it still overdue at `at`. Face-to-face steps are the lapsing section's."""
    slips = []
    for step in steps:
        if step.face_to_face or step.due_at >= at:
            continue
        went_overdue = step.due_at >= week.start and step.open_at(step.due_at)
        if not (went_overdue or step.open_at(at)):
            continue
        still_open = step.open_at(at)
        closed = at if still_open or step.closed_at is None else step.closed_at
        slips.append(Slip(step, closed - step.due_at, still_open))
    return sorted(slips, key=lambda s: (s.step.due_at, s.step.id))


@dataclass(frozen=True)
class Coming:
    step: StepFact
    give_note: str  # what you can give them, for steps that carry it ("" otherwise)
    needs_give_note: bool

    @property
    def missing_give_note(self) -> bool:
        return self.needs_give_note and not self.give_note


def coming(
    steps: Iterable[StepFact], offers: Iterable[OfferFact], at: datetime,
    give_note_kinds: frozenset[str],
) -> list[Coming]:
    """Steps due in the seven days from `at`, calls first, each call with its give-note."""
    gives: dict[int, list[str]] = {}
    for offer in offers:
        if offer.open_at(at):
            gives.setdefault(offer.person.id, []).append(offer.text)
    due = [s for s in steps if not s.face_to_face and at <= s.due_at < at + COMING
           and s.open_at(at)]
    due.sort(key=lambda s: (s.group != "call", s.due_at, s.id))
    return [Coming(s, "; ".join(gives.get(s.person.id, [])) if s.kind in give_note_kinds else "",
                   s.kind in give_note_kinds) for s in due]


@dataclass(frozen=True)
class Deadline:
    person: PersonRef
    due_at: datetime
    step_id: int
    still_open: bool  # not met face to face since (at the review's moment)


@dataclass(frozen=True)
class Lapsing:
    soon: list[Deadline] = field(default_factory=list)  # deadline within 14 days of `at`
    lapsed: list[Deadline] = field(default_factory=list)  # deadline passed during the week

    def __bool__(self) -> bool:
        return bool(self.soon or self.lapsed)


def lapsing(steps: Iterable[StepFact], week: Week, at: datetime) -> Lapsing:
    """From the face-to-face steps: deadlines in the 14 days after `at`, and those that passed
    this week without the meeting."""
    soon, lapsed = [], []
    for step in steps:
        if not step.face_to_face:
            continue
        if at <= step.due_at <= at + AT_RISK_WINDOW and step.open_at(at):
            soon.append(Deadline(step.person, step.due_at, step.id, True))
        elif week.start <= step.due_at < at and step.open_at(step.due_at):
            lapsed.append(Deadline(step.person, step.due_at, step.id, step.open_at(at)))
    return Lapsing(sorted(soon, key=_by_deadline), sorted(lapsed, key=_by_deadline))


def _by_deadline(deadline: Deadline) -> tuple[datetime, int]:
    return deadline.due_at, deadline.step_id


def offers_open(offers: Iterable[OfferFact], at: datetime) -> list[OfferFact]:
    """What you said you would give and had not given at `at`, oldest first."""
    return sorted((o for o in offers if o.open_at(at)), key=lambda o: (o.created_at, o.id))


@dataclass(frozen=True)
class Change:
    person: PersonRef
    at: datetime  # when the relationship began (the meeting) or ended (the cadence ran out)


@dataclass(frozen=True)
class Changes:
    gained: list[Change] = field(default_factory=list)
    lost: list[Change] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.gained or self.lost)


def relationship_changes(
    histories: Iterable[tuple[PersonRef, PersonHistory]], week: Week, at: datetime
) -> Changes:
    """Relationships (met face to face within the cadence, as the Habits chart counts them)
    that began or ran out during the week, before `at`."""
    gained, lost = [], []
    for person, history in histories:
        for start, end in relationship_spans(history):
            if week.start <= start < at:
                gained.append(Change(person, start))
            if week.start <= end < at:
                lost.append(Change(person, end))
    return Changes(sorted(gained, key=_by_moment), sorted(lost, key=_by_moment))


def _by_moment(change: Change) -> tuple[datetime, int]:
    return change.at, change.person.id


@dataclass(frozen=True)
class WeekShare:
    week: Week
    share: Share


@dataclass(frozen=True)
class HabitTrend:
    habit: str  # "all" or a step group
    label: str
    weeks: list[WeekShare]  # oldest first; the week under review last

    @property
    def has_data(self) -> bool:
        return any(w.share.total for w in self.weeks)


def weekly_shares(
    records: Sequence[StepRecord], week: Week, at: datetime, weeks: int = HABIT_WEEKS
) -> list[WeekShare]:
    """For the week under review and the ones before it: the steps due that week (before `at`)
    and how many were done by their due time."""
    shares = []
    for back in range(weeks - 1, -1, -1):
        each = week.before(back)
        due = [r for r in records if each.start <= r.due_at < min(each.end, at)]
        shares.append(WeekShare(each, Share(sum(r.on_time() for r in due), len(due))))
    return shares


def habit_trends(
    steps: Sequence[StepFact], week: Week, at: datetime, labels: dict[str, str]
) -> list[HabitTrend]:
    """One trend for all steps, then one per group in `labels` ("all" names the first)."""
    records = [s.record() for s in steps]
    trends = [HabitTrend("all", labels["all"], weekly_shares(records, week, at))]
    for group, label in labels.items():
        if group != "all":
            chosen = [r for r in records if r.group == group]
            trends.append(HabitTrend(group, label, weekly_shares(chosen, week, at)))
    return trends


# ---- the review --------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    week: Week
    at: datetime
    slipped: list[Slip]
    this_week: list[Coming]
    lapsing: Lapsing
    offers_open: list[OfferFact]
    relationships: Changes
    habits: list[HabitTrend]

    @property
    def is_empty(self) -> bool:
        """Nothing to look back on or ahead to: the doors say so in one line."""
        return not (self.slipped or self.this_week or self.lapsing or self.offers_open
                    or self.relationships or any(t.has_data for t in self.habits))
