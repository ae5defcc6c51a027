"""The habit figures are counted by the database, on indexes (selectors/habits.py and
habit_charts.py). Here they are recounted by hand, step by step and person by person, by the
rules of domain.habits and domain.status, on random people, meetings and steps of two owners:
the two must agree at every moment tried."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from followthrough.domain import charts
from followthrough.domain.habits import FollowThrough, StepRecord, share_of
from followthrough.domain.playbook import DEFAULT_PLAYBOOK
from followthrough.domain.status import classify

pytestmark = pytest.mark.django_db

# The default playbook's steps, a kind it does not know, and a call given another offset.
SHAPES = [(t.kind, str(t.after), t.cadence) for t in DEFAULT_PLAYBOOK.steps] + [
    ("odd-one", "7d", False), ("call", "14d", False)]
STATES = ["open", "done", "skipped", "trashed"]


def _maybe(rng: random.Random, moment: datetime, spread_days: int) -> datetime | None:
    return None if rng.random() < 0.3 else moment + timedelta(
        hours=rng.randint(-24 * spread_days, 24 * spread_days))


def _history_of(owner, rng: random.Random, now: datetime) -> None:  # type: ignore[no-untyped-def]
    from followthrough.models import Interaction, Meeting, Person, Step

    for number in range(40):
        person = Person.objects.create(
            owner=owner, full_name=f"Person {number}", cadence_days=rng.choice([30, 90, None]),
            first_met_at=_maybe(rng, now - timedelta(days=150), 150),
            face_to_face_due=_maybe(rng, now, 40), relationship_until=_maybe(rng, now, 40),
            last_face_to_face_at=_maybe(rng, now - timedelta(days=60), 60),
            deleted_at=now if rng.random() < 0.1 else None)
        Person.objects.filter(pk=person.pk).update(
            created_at=now - timedelta(days=rng.randint(0, 300)))
        for _ in range(rng.randint(0, 3)):
            Interaction.objects.create(owner=owner, person=person, kind="face-to-face",
                                       at=now - timedelta(days=rng.randint(0, 400)))
        for _ in range(rng.randint(0, 2)):
            met = now - timedelta(days=rng.randint(0, 200))
            meeting = Meeting.objects.create(owner=owner, person=person, at=met)
            for kind, after, cadence in SHAPES:
                if rng.random() < 0.15:
                    continue  # not every meeting started every step
                due = met + timedelta(days=rng.randint(1, 100))
                state = rng.choice(STATES)
                closed = None if state == "open" else due + timedelta(
                    hours=rng.choice([-30, -1, 0, 1, 30]))
                Step.objects.create(owner=owner, person=person, title=kind, kind=kind,
                                    after=after, cadence=cadence, due_at=due, state=state,
                                    closed_at=closed,
                                    meeting=None if rng.random() < 0.05 else meeting)


@pytest.fixture
def histories(owner, teammate):  # type: ignore[no-untyped-def]
    now = timezone.now()
    _history_of(owner, random.Random(16), now)
    _history_of(teammate, random.Random(61), now)  # someone else's, never counted
    return now


def records_by_hand(owner) -> list[StepRecord]:  # type: ignore[no-untyped-def]
    from followthrough.models import Step
    from followthrough.selectors.habits import step_group

    return [StepRecord(s.meeting_id, step_group(DEFAULT_PLAYBOOK, s.kind, s.cadence, s.after),
                       s.due_at, s.state, s.closed_at)
            for s in Step.objects.filter(owner=owner, person__deleted_at=None)]


def follow_through_by_hand(owner, now: datetime) -> FollowThrough:  # type: ignore[no-untyped-def]
    from followthrough.models import Meeting

    records = records_by_hand(owner)
    meetings: dict[int, list[StepRecord]] = {}
    for record in records:
        if record.group == "first-window" and record.meeting_id is not None:
            meetings.setdefault(record.meeting_id, []).append(record)
    settled = [steps for steps in meetings.values() if all(s.settled(now) for s in steps)]

    def per_step(group: str):  # type: ignore[no-untyped-def]
        of_group = [r for r in records if r.group == group]
        return share_of(counted=len(of_group), hits=sum(r.on_time() for r in of_group),
                        waiting=sum(not r.settled(now) for r in of_group))

    return FollowThrough(
        meetings=Meeting.objects.filter(owner=owner, person__deleted_at=None).count(),
        first_window=share_of(counted=len(meetings), waiting=len(meetings) - len(settled),
                              hits=sum(all(s.on_time() for s in steps) for steps in settled)),
        calls=per_step("call"), face_to_face=per_step("face-to-face"))


MOMENTS = [timedelta(0), timedelta(days=-45), timedelta(days=12, hours=5), timedelta(days=120)]


@pytest.mark.parametrize("later", MOMENTS)
def test_the_follow_through_counted_by_the_database_is_the_rules_count(owner, histories, later):
    from followthrough.selectors.habits import follow_through_for

    now = histories + later
    assert follow_through_for(owner, now=now, playbook=DEFAULT_PLAYBOOK) == (
        follow_through_by_hand(owner, now))


@pytest.mark.parametrize("later", MOMENTS)
def test_statuses_and_connections_counted_by_the_database_are_the_rules_count(
        owner, histories, later):
    from followthrough.models import Person
    from followthrough.selectors.habits import habit_stats_for

    now = histories + later
    living = list(Person.objects.filter(owner=owner, deleted_at=None))
    stats = habit_stats_for(owner, now=now, playbook=DEFAULT_PLAYBOOK)
    assert +stats.statuses == Counter(classify(p.facts, now).value for p in living)
    assert stats.people == len(living)
    assert stats.connections_only == sum(p.last_face_to_face_at is None for p in living)
    assert stats.longest_cadence == 90


@pytest.mark.parametrize("later", MOMENTS)
def test_the_charts_counted_by_the_database_are_the_rules_count(owner, prefs, histories, later):
    from followthrough.models import Interaction, Person
    from followthrough.selectors.habit_charts import (
        HISTORY_WEEKS,
        RATE_WEEKS,
        habit_charts_for,
    )
    from followthrough.selectors.habits import habit_stats_for

    now = histories + later
    stats = habit_stats_for(owner, now=now, playbook=DEFAULT_PLAYBOOK)
    drawn = habit_charts_for(owner, now=now, zone=prefs.zone, playbook=DEFAULT_PLAYBOOK,
                             stats=stats)

    starts = charts.week_starts(now, prefs.zone, RATE_WEEKS)
    records = records_by_hand(owner)
    weekly = []
    for start, end in zip(starts, [*starts[1:], now], strict=True):
        due = [r for r in records if start <= r.due_at < end]
        weekly.append((start, sum(r.on_time() for r in due), len(due)))
    assert [(w.start, w.hits, w.total) for w in drawn.weekly] == weekly
    assert any(total for _, _, total in weekly)  # the weeks hold steps: the test checks some

    samples = charts.weekly_samples(now, HISTORY_WEEKS)
    living = list(Person.objects.filter(owner=owner, deleted_at=None))
    met: dict[int, list[datetime]] = {}
    for interaction in Interaction.objects.filter(owner=owner, person__deleted_at=None):
        met.setdefault(interaction.person_id, []).append(interaction.at)
    every_meeting = [charts.PersonHistory(tuple(met.get(p.pk, ())), p.cadence_days,
                                          p.first_met_at) for p in living]
    assert [(p.at, p.connections, p.relationships) for p in drawn.history] == list(zip(
        samples,
        [sum((p.first_met_at or p.created_at) <= at for p in living) for at in samples],
        charts.relationships_at(every_meeting, samples), strict=True))
    assert drawn.funnel[0].count == stats.follow_through.meetings


def test_the_figures_cost_the_same_statements_for_40_people_as_for_400(owner, prefs):
    """And on SQLite each statement searches an index: none scans the steps, the people or
    the meetings (the Habits page read every step of the owner: 2.2 s at 30,000 people)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followthrough.selectors.habit_charts import habit_charts_for
    from followthrough.selectors.habits import habit_stats_for

    def statements() -> list[str]:
        now = timezone.now()
        with CaptureQueriesContext(connection) as captured:
            stats = habit_stats_for(owner, now=now, playbook=DEFAULT_PLAYBOOK)
            habit_charts_for(owner, now=now, zone=prefs.zone, playbook=DEFAULT_PLAYBOOK,
                             stats=stats)
        return [q["sql"] for q in captured.captured_queries]

    rng, now = random.Random(4), timezone.now()
    _history_of(owner, rng, now)
    few = statements()
    for _ in range(9):
        _history_of(owner, rng, now)
    many = statements()
    assert len(many) == len(few) <= 12
    if connection.vendor == "sqlite":
        for sql in many:
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
                plan = [row[-1] for row in cursor.fetchall()]
            scans = [line for line in plan if line.startswith("SCAN") and any(
                table in line for table in ("_step", "_person", "_meeting"))]
            assert not scans, (scans, sql)
