from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followthrough.domain.playbook import DEFAULT_PLAYBOOK, Offset
from followthrough.domain.schedule import (
    FOREVER,
    due_after,
    is_same_meeting,
    next_face_to_face_due,
    plan_meeting,
    relationship_until,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def test_48_hours_are_48_real_hours_across_the_spring_dst_change():
    # 23:30 the evening before clocks go forward (Berlin, 29 March 2026).
    met = datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN)
    due = due_after(met, Offset(48, "h"), BERLIN)
    assert due - met == timedelta(hours=48)
    assert due.astimezone(BERLIN).hour == 0  # local clock shows 00:30 + 1 h skipped
    assert due.astimezone(BERLIN) == datetime(2026, 3, 31, 0, 30, tzinfo=BERLIN)


def test_48_hours_are_48_real_hours_across_the_autumn_dst_change():
    met = datetime(2026, 10, 24, 23, 30, tzinfo=BERLIN)
    due = due_after(met, Offset(48, "h"), BERLIN)
    assert due - met == timedelta(hours=48)
    assert due.astimezone(BERLIN) == datetime(2026, 10, 26, 22, 30, tzinfo=BERLIN)


def test_30_days_keep_the_local_time_of_day_across_a_dst_change():
    met = datetime(2026, 3, 10, 18, 0, tzinfo=NEW_YORK)  # after US DST began (8 March)
    met_before = datetime(2026, 3, 1, 18, 0, tzinfo=NEW_YORK)
    due = due_after(met_before, Offset(30, "d"), NEW_YORK)
    assert due.astimezone(NEW_YORK) == datetime(2026, 3, 31, 18, 0, tzinfo=NEW_YORK)
    assert due - met_before == timedelta(days=30, hours=-1)
    assert due_after(met, Offset(30, "d"), NEW_YORK).astimezone(NEW_YORK).hour == 18


def test_the_default_playbook_is_the_mission():
    met = datetime(2026, 5, 4, 18, 0, tzinfo=BERLIN)
    plan = plan_meeting(DEFAULT_PLAYBOOK, met, BERLIN, cadence_days=90)
    by_kind = {p.template.kind: p.due_at.astimezone(BERLIN) for p in plan}
    assert by_kind == {
        "linkedin": met + timedelta(hours=48),
        "thank-you-email": met + timedelta(hours=48),
        "save-card": met + timedelta(hours=48),
        "schedule-call": met + timedelta(hours=48),
        "call": datetime(2026, 6, 3, 18, 0, tzinfo=BERLIN),
        "face-to-face": datetime(2026, 8, 2, 18, 0, tzinfo=BERLIN),
    }
    assert [p.due_at for p in plan] == sorted(p.due_at for p in plan)


def test_a_person_with_cadence_off_gets_no_face_to_face_step():
    met = datetime(2026, 5, 4, 18, 0, tzinfo=BERLIN)
    kinds = [p.template.kind for p in plan_meeting(DEFAULT_PLAYBOOK, met, BERLIN, None)]
    assert "face-to-face" not in kinds and "call" in kinds


def test_a_personal_cadence_replaces_the_playbook_offset():
    met = datetime(2026, 5, 4, 18, 0, tzinfo=BERLIN)
    plan = plan_meeting(DEFAULT_PLAYBOOK, met, BERLIN, cadence_days=30)
    f2f = next(p for p in plan if p.template.cadence)
    assert f2f.due_at.astimezone(BERLIN) == datetime(2026, 6, 3, 18, 0, tzinfo=BERLIN)


def test_next_face_to_face_is_one_cadence_after_the_last_meeting():
    last = datetime(2026, 1, 10, 12, 0, tzinfo=BERLIN)
    assert next_face_to_face_due(last, 90, BERLIN) == datetime(2026, 4, 10, 12, 0, tzinfo=BERLIN)
    assert next_face_to_face_due(last, None, BERLIN) is None


def test_a_relationship_lasts_one_cadence_of_local_days_like_the_deadline_it_sets():
    met = datetime(2026, 3, 4, 19, 0, tzinfo=BERLIN)  # winter time; 90 days later it is summer
    until = relationship_until(met, 90, BERLIN)
    assert until == next_face_to_face_due(met, 90, BERLIN) == datetime(2026, 6, 2, 19, 0, tzinfo=BERLIN)
    assert until != met.astimezone(UTC) + timedelta(days=90)  # 90 x 24 hours: 20:00 local
    assert relationship_until(met, None, BERLIN) == FOREVER
    assert relationship_until(None, 90, BERLIN) is None


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        due_after(datetime(2026, 1, 1), Offset(48, "h"), BERLIN)


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                 timezones=st.just(UTC)),
    st.integers(min_value=0, max_value=9999),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"]),
)
def test_hour_offsets_are_always_exact_elapsed_time(start, hours, zone):
    due = due_after(start, Offset(hours, "h"), ZoneInfo(zone))
    assert due - start == timedelta(hours=hours)
    assert due.tzinfo is not None


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                 timezones=st.just(UTC)),
    st.integers(min_value=1, max_value=3650),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata"]),
)
def test_day_offsets_land_on_the_right_local_date(start, days, zone):
    tz = ZoneInfo(zone)
    due = due_after(start, Offset(days, "d"), tz)
    assert (due.astimezone(tz).date() - start.astimezone(tz).date()).days == days
    # never more than the DST shift away from exact days
    assert abs((due - start) - timedelta(days=days)) <= timedelta(hours=2)


@pytest.mark.parametrize(("hours_after", "same"), [
    (0, True), (1, True), (47.99, True), (48, True), (48.02, False), (72, False),
    (-1, True), (-48, True), (-49, False),
])
def test_a_face_to_face_meeting_within_48_hours_of_the_first_is_the_same_meeting(
        hours_after, same):
    first = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)
    assert is_same_meeting(first, first + timedelta(hours=hours_after)) is same


def test_without_a_first_meeting_every_face_to_face_meeting_counts():
    assert is_same_meeting(None, datetime(2026, 3, 4, tzinfo=UTC)) is False
