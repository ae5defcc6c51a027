"""The habit charts' numbers and shapes, as plain functions (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from followthrough.domain import charts
from followthrough.domain.habits import FollowThrough, Share

NOW = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
LABELS = ["Met", "48h", "Call", "Face"]


def test_the_funnel_draws_the_figures_of_stats_stage_by_stage():
    figures = FollowThrough(meetings=5, first_window=Share(4, 5), calls=Share(3, 4, 1),
                            face_to_face=Share(3, 4, 1))
    funnel = charts.follow_through_funnel(figures, LABELS)
    assert [(s.label, s.count, s.total, s.in_time) for s in funnel] == [
        ("Met", 5, 5, 0), ("48h", 4, 5, 0), ("Call", 3, 4, 1), ("Face", 3, 4, 1)]
    assert funnel[2].ratio == 0.75


def test_the_weeks_of_the_on_time_rate_start_on_local_mondays():
    """NOW is a Wednesday evening in Berlin; the week before a clock change still starts at
    local midnight."""
    starts = charts.week_starts(datetime(2026, 4, 1, 18, 0, tzinfo=UTC), BERLIN, weeks=3)
    assert [s.isoformat() for s in starts] == [
        "2026-03-16T00:00:00+01:00", "2026-03-23T00:00:00+01:00", "2026-03-30T00:00:00+02:00"]


def test_relationships_count_only_within_the_cadence_after_a_face_to_face_meeting():
    samples = [NOW - timedelta(days=d) for d in (120, 60, 0)]
    people = [
        charts.PersonHistory((NOW - timedelta(days=100),), 30),
        charts.PersonHistory((NOW - timedelta(days=10),), 90),
        charts.PersonHistory((), 90),
        charts.PersonHistory((NOW - timedelta(days=130),), None),
    ]
    assert charts.relationships_at(people, samples) == [1, 1, 2]


def test_overlapping_meetings_count_a_person_once():
    met = (NOW - timedelta(days=20), NOW - timedelta(days=10))
    assert charts.relationships_at([charts.PersonHistory(met, 90)], [NOW]) == [1]


def test_the_first_meeting_logged_again_within_48_hours_starts_no_relationship():
    """As the status rule says (domain.schedule.is_same_meeting): it is that first meeting."""
    first = NOW - timedelta(days=5)
    again = charts.PersonHistory((first + timedelta(hours=30),), 90, first_met=first)
    later = charts.PersonHistory((first + timedelta(hours=49),), 90, first_met=first)
    assert charts.relationships_at([again], [NOW]) == [0]
    assert charts.relationships_at([later], [NOW]) == [1]


def test_shapes_scale_to_the_largest_value_and_the_axis_is_round():
    bars = charts.horizontal_bars([("a", 10, "10"), ("b", 5, "5")], width=400, bar_height=20,
                                  gap=10, label_width=100)
    assert bars[0].width == 240 and bars[1].width == 120 and bars[1].y == 30
    columns = charts.vertical_bars([("w1", 0.5, "50%"), ("w2", None, "–")], width=200, height=100)
    assert columns[0].height == 50 and columns[1].height == 0
    assert charts.polyline([0, 5, 10], width=100, height=50, top=10) == "0.0,50.0 50.0,25.0 100.0,0.0"
    assert [charts.nice_top(v) for v in (0, 3, 11, 101)] == [1, 5, 20, 200]
