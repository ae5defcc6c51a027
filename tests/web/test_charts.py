"""The habit charts' numbers and shapes, as plain functions (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from followthrough.domain import charts
from followthrough.domain.habits import StepRecord

NOW = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
LABELS = ["Met", "48h", "Call", "Face"]


def steps_of(meeting: int, met: datetime, *, first_on_time: bool, call_on_time: bool | None,
             face_on_time: bool | None) -> list[StepRecord]:
    def record(group: str, after: timedelta, on_time: bool | None) -> StepRecord:
        due = met + after
        if on_time is None:
            return StepRecord(meeting, group, due, "open", None)
        return StepRecord(meeting, group, due, "done", due - timedelta(hours=1) if on_time
                          else due + timedelta(hours=1))

    firsts = [record("first-window", timedelta(hours=48), first_on_time) for _ in range(4)]
    return [*firsts, record("call", timedelta(days=30), call_on_time),
            record("face-to-face", timedelta(days=90), face_on_time)]


def test_each_stage_counts_the_steps_on_time_out_of_those_whose_time_has_come():
    long_ago = NOW - timedelta(days=200)
    steps = [
        *steps_of(1, long_ago, first_on_time=True, call_on_time=True, face_on_time=True),
        *steps_of(2, long_ago, first_on_time=True, call_on_time=True, face_on_time=False),
        *steps_of(3, long_ago, first_on_time=True, call_on_time=False, face_on_time=True),
        *steps_of(4, long_ago, first_on_time=False, call_on_time=True, face_on_time=True),
        *steps_of(5, NOW - timedelta(days=3), first_on_time=True, call_on_time=None,
                  face_on_time=None),
    ]
    funnel = charts.follow_through_funnel(steps, NOW, LABELS)
    assert [(s.label, s.count, s.total, s.in_time) for s in funnel] == [
        ("Met", 5, 5, 0), ("48h", 4, 5, 0), ("Call", 3, 4, 1), ("Face", 3, 4, 1)]


def test_the_funnel_of_many_meetings_never_compares_one_meetings_steps_with_anothers(
        monkeypatch):
    """It did, for every pair of meetings still in the funnel: at 30,000 people the Habits page
    took minutes. Each meeting's steps are now looked at a fixed number of times."""
    compared = []
    monkeypatch.setattr(StepRecord, "__eq__", lambda a, b: compared.append(1) or a is b)
    long_ago = NOW - timedelta(days=200)
    steps = [record for meeting in range(300) for record in steps_of(
        meeting, long_ago, first_on_time=meeting % 2 == 0, call_on_time=None,
        face_on_time=None)]
    funnel = charts.follow_through_funnel(steps, NOW, LABELS)
    assert [s.count for s in funnel] == [300, 150, 0, 0]
    assert not compared


def test_weekly_rate_counts_settled_steps_by_the_week_they_were_due():
    due = NOW - timedelta(days=1)
    steps = [StepRecord(1, "call", due, "done", due - timedelta(hours=2)),
             StepRecord(1, "call", due, "done", due + timedelta(hours=2)),
             StepRecord(1, "call", due, "skipped", due),
             StepRecord(1, "call", NOW + timedelta(days=1), "open", None)]
    weeks = charts.weekly_on_time(steps, NOW, BERLIN, weeks=4)
    assert len(weeks) == 4 and weeks[-1].start.weekday() == 0
    assert (weeks[-1].hits, weeks[-1].total) == (1, 3)
    assert all(w.total == 0 and w.ratio is None for w in weeks[:-1])


def test_relationships_count_only_within_the_cadence_after_a_face_to_face_meeting():
    samples = [NOW - timedelta(days=d) for d in (120, 60, 0)]
    people = [
        charts.PersonHistory(NOW - timedelta(days=200), (NOW - timedelta(days=100),), 30),
        charts.PersonHistory(NOW - timedelta(days=90), (NOW - timedelta(days=10),), 90),
        charts.PersonHistory(NOW - timedelta(days=10), (), 90),
        charts.PersonHistory(NOW - timedelta(days=300), (NOW - timedelta(days=130),), None),
    ]
    points = charts.relationships_over_time(people, samples)
    assert [(p.connections, p.relationships) for p in points] == [(2, 1), (3, 1), (4, 2)]


def test_overlapping_meetings_count_a_person_once():
    met = (NOW - timedelta(days=20), NOW - timedelta(days=10))
    points = charts.relationships_over_time(
        [charts.PersonHistory(NOW - timedelta(days=30), met, 90)], [NOW])
    assert points[0].relationships == 1


def test_shapes_scale_to_the_largest_value_and_the_axis_is_round():
    bars = charts.horizontal_bars([("a", 10, "10"), ("b", 5, "5")], width=400, bar_height=20,
                                  gap=10, label_width=100)
    assert bars[0].width == 240 and bars[1].width == 120 and bars[1].y == 30
    columns = charts.vertical_bars([("w1", 0.5, "50%"), ("w2", None, "–")], width=200, height=100)
    assert columns[0].height == 50 and columns[1].height == 0
    assert charts.polyline([0, 5, 10], width=100, height=50, top=10) == "0.0,50.0 50.0,25.0 100.0,0.0"
    assert [charts.nice_top(v) for v in (0, 3, 11, 101)] == [1, 5, 20, 200]
