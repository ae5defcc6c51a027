"""The weekly review's rules as plain functions: ISO weeks in a zone, what slipped, what comes,
who lapses, relationships gained and lost, on-time shares week by week (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followthrough.domain import review as rules
from followthrough.domain.charts import PersonHistory

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
JANE, RAJ = rules.PersonRef(1, "Jane Doe"), rules.PersonRef(2, "Raj Patel")
# Week 10 of 2026: Monday 2 to Sunday 8 March; reviewed on Thursday evening.
W10 = rules.week_numbered(2026, 10, BERLIN)
THURSDAY = datetime(2026, 3, 5, 19, 0, tzinfo=BERLIN)


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BERLIN)  # type: ignore[misc]


def step(pk: int, due: datetime, state: str = "open", closed: datetime | None = None, *,
         group: str = "first-window", kind: str = "linkedin", who: rules.PersonRef = JANE,
         meeting: int | None = 1) -> rules.StepFact:
    return rules.StepFact(pk, who, f"step {pk}", kind, group, due, state, closed, meeting)


# ---- weeks -------------------------------------------------------------------------------


def test_a_week_runs_from_monday_midnight_to_monday_midnight_in_the_zone():
    assert (W10.label, W10.start, W10.end) == ("2026-W10", local(2026, 3, 2), local(2026, 3, 9))
    assert rules.week_of(local(2026, 3, 8, 23, 59), BERLIN) == W10
    assert rules.week_of(local(2026, 3, 9, 0, 0), BERLIN).label == "2026-W11"
    # 23:30 UTC on Sunday is already Monday in Berlin, still Sunday in New York.
    late_sunday = datetime(2026, 3, 8, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert rules.week_of(late_sunday, BERLIN).label == "2026-W11"
    assert rules.week_of(late_sunday, NEW_YORK).label == "2026-W10"


def test_the_week_of_a_dst_change_is_an_hour_short_or_long():
    spring = rules.week_numbered(2026, 13, BERLIN)  # clocks go forward on Sunday 29 March
    autumn = rules.week_numbered(2026, 43, BERLIN)  # and back on Sunday 25 October
    def hours(week: rules.Week) -> timedelta:  # (same-zone subtraction is wall-clock time)
        return week.end.astimezone(UTC) - week.start.astimezone(UTC)

    assert (hours(spring), hours(autumn)) == (timedelta(hours=167), timedelta(hours=169))
    assert spring.end.utcoffset() == timedelta(hours=2) and spring.start.utcoffset() == timedelta(
        hours=1)
    assert rules.week_numbered(2026, 14, BERLIN).before(1) == spring


def test_weeks_are_read_in_iso_form_and_wrong_ones_are_named():
    assert rules.parse_week("2026-W49", BERLIN).start == local(2026, 11, 30)
    assert rules.parse_week(" 2026w07 ", BERLIN).label == "2026-W07"
    assert rules.parse_week("2026-W53", BERLIN).label == "2026-W53"  # 2026 has 53 weeks
    for text, says in (("2025-W53", "2025 has weeks 1 to 52, not 53"),
                       ("2026-W0", "2026 has weeks 1 to 53, not 0"),
                       ("next week", "'next week' is not an ISO week like 2026-W49"),
                       ("2026-W49; DROP TABLE", "is not an ISO week"),
                       ("9" * 10_000, "is not an ISO week")):
        with pytest.raises(ValueError, match=says):
            rules.parse_week(text, BERLIN)


def test_a_week_is_looked_at_from_now_while_it_runs_and_from_its_end_after():
    assert rules.looked_at(W10, THURSDAY) == THURSDAY
    assert rules.looked_at(W10, local(2026, 4, 1)) == W10.end
    with pytest.raises(ValueError, match="2026-W11 has not started yet"):
        rules.looked_at(W10.before(-1), THURSDAY)


# ---- slipped -----------------------------------------------------------------------------


def test_what_slipped_is_what_went_overdue_this_week_or_is_still_overdue():
    steps = [
        step(1, local(2026, 3, 3, 10)),  # due Tuesday, still open: 2 days 9 hours late
        step(2, local(2026, 3, 3, 10), "done", local(2026, 3, 4, 13)),  # done 27 hours late
        step(3, local(2026, 3, 3, 10), "done", local(2026, 3, 3, 9)),  # done in time
        step(4, local(2026, 2, 20, 10)),  # a week before, still open
        step(5, local(2026, 2, 20, 10), "done", local(2026, 2, 28)),  # caught up before the week
        step(6, local(2026, 3, 6, 10)),  # not due yet
        step(7, local(2026, 3, 3, 10), group="face-to-face"),  # lapsing's, not slipped's
        step(8, local(2026, 3, 4, 8), "skipped", local(2026, 3, 4, 12)),  # skipped 4 h late
    ]
    slips = rules.slipped(steps, W10, THURSDAY)
    assert [(s.step.id, s.lateness) for s in slips] == [
        (4, "13 days late"), (1, "2 days late"), (2, "done 1 day late"),
        (8, "skipped 4 hours late")]
    assert [s.still_open for s in slips] == [True, True, False, False]


def test_a_past_week_reads_as_it_stood_at_its_end():
    # Done the next Tuesday: at the end of week 10 it was still open, and late by then.
    late = step(1, local(2026, 3, 6, 12), "done", local(2026, 3, 10, 9))
    [slip] = rules.slipped([late], W10, rules.looked_at(W10, local(2026, 3, 20)))
    assert (slip.still_open, slip.lateness) == (True, "2 days late")


def test_a_step_due_just_after_the_spring_change_belongs_to_the_next_week():
    # A meeting on Friday 27 March 23:30: its 48-hour steps fall due at 00:30 on Monday
    # 30 March (summer time), not 23:30 on Sunday as wall-clock arithmetic would say.
    met = local(2026, 3, 27, 23, 30)
    due = met.astimezone(UTC) + timedelta(hours=48)  # elapsed hours, as the playbook counts
    assert due.astimezone(BERLIN).strftime("%a %H:%M") == "Mon 00:30"
    w13, w14 = rules.week_numbered(2026, 13, BERLIN), rules.week_numbered(2026, 14, BERLIN)
    end_of_w13 = rules.looked_at(w13, local(2026, 4, 3))
    assert rules.slipped([step(1, due)], w13, end_of_w13) == []
    assert [s.step.id for s in rules.slipped([step(1, due)], w14, local(2026, 3, 30, 9))] == [1]


def test_lateness_under_a_minute_is_said_so():
    [slip] = rules.slipped([step(1, THURSDAY - timedelta(seconds=20))], W10, THURSDAY)
    assert slip.lateness == "under a minute late"


# ---- this week ---------------------------------------------------------------------------


def offer(pk: int, who: rules.PersonRef, text: str, created: datetime,
          delivered: datetime | None = None) -> rules.OfferFact:
    return rules.OfferFact(pk, who, text, created, delivered)


def test_the_next_seven_days_put_calls_first_each_with_its_give_note():
    steps = [
        step(1, local(2026, 3, 6, 9)),
        step(2, local(2026, 3, 10, 9), group="call", kind="call"),
        step(3, local(2026, 3, 8, 9), group="call", kind="call", who=RAJ),
        step(4, local(2026, 3, 12, 19, 1)),  # just after the seven days
        step(5, local(2026, 3, 7, 9), "done", local(2026, 3, 4)),  # done ahead of time
        step(6, local(2026, 3, 7, 9), group="face-to-face"),
    ]
    offers = [offer(1, JANE, "intro to Priya", local(2026, 2, 1)),
              offer(2, JANE, "a book", local(2026, 2, 1), delivered=local(2026, 3, 1))]
    due = rules.coming(steps, offers, THURSDAY, frozenset({"call"}))
    assert [(c.step.id, c.give_note, c.missing_give_note) for c in due] == [
        (3, "", True), (2, "intro to Priya", False), (1, "", False)]


# ---- lapsing -----------------------------------------------------------------------------


def test_lapsing_lists_deadlines_within_14_days_and_those_that_passed_this_week():
    face = dict(group="face-to-face", kind="face-to-face")
    steps = [
        step(1, local(2026, 3, 19, 19), **face),  # in 14 days
        step(2, local(2026, 3, 19, 19, 1), **face, who=RAJ),  # one minute more
        step(3, local(2026, 3, 3, 12), **face, who=RAJ),  # lapsed on Tuesday, still not met
        step(4, local(2026, 3, 4, 12), "done", local(2026, 3, 5, 10), **face),  # met a day late
        step(5, local(2026, 3, 4, 12), "done", local(2026, 3, 4, 10), **face),  # met in time
        step(6, local(2026, 2, 27, 12), **face),  # lapsed the week before
    ]
    found = rules.lapsing(steps, W10, THURSDAY)
    assert [d.step_id for d in found.soon] == [1]
    assert [(d.step_id, d.still_open) for d in found.lapsed] == [(3, True), (4, False)]


def test_offers_open_are_those_made_and_not_given_by_the_moment():
    offers = [offer(1, JANE, "intro", local(2026, 2, 1)),
              offer(2, RAJ, "a book", local(2026, 2, 1), delivered=local(2026, 3, 1)),
              offer(3, RAJ, "a lift", local(2026, 3, 6))]  # made after the moment
    assert [o.id for o in rules.offers_open(offers, THURSDAY)] == [1]
    assert [o.id for o in rules.offers_open(offers, local(2026, 2, 20))] == [1, 2]


# ---- relationships -----------------------------------------------------------------------


def test_relationships_gained_and_lost_in_the_week():
    histories = [
        (JANE, PersonHistory((local(2026, 3, 3, 18),), 90)),  # met again
        (RAJ, PersonHistory((local(2025, 12, 4, 12),), 90)),  # ran out Wed
        (rules.PersonRef(3, "Kim"), PersonHistory(
            (local(2026, 1, 10), local(2026, 3, 4)), 90)),
        (rules.PersonRef(4, "Lee"), PersonHistory((local(2026, 3, 3),), None)),
    ]
    changes = rules.relationship_changes(histories, W10, THURSDAY)
    # Kim was a relationship already (met in January): meeting again keeps it, gains nothing.
    assert [c.person.name for c in changes.gained] == ["Lee", "Jane Doe"]
    assert [(c.person.name, c.at) for c in changes.lost] == [("Raj Patel", local(2026, 3, 4, 12))]


# ---- habits ------------------------------------------------------------------------------


def test_on_time_shares_for_the_week_and_the_four_before_across_a_dst_change():
    w14 = rules.week_numbered(2026, 14, BERLIN)
    records = [
        step(1, local(2026, 3, 29, 23, 30), "done", local(2026, 3, 29, 20)),  # W13 Sunday, on time
        step(2, local(2026, 3, 30, 0, 30)),  # W14 Monday, still open: a miss
        step(3, local(2026, 3, 31, 9), "done", local(2026, 3, 31, 8)),  # W14, on time
        step(4, local(2026, 3, 4, 9), "done", local(2026, 3, 5, 9)),  # W10: done late
        step(5, local(2026, 2, 25, 9), "done", local(2026, 2, 25, 8)),  # W09: too long ago
        step(6, local(2026, 4, 2, 9)),  # later in W14 than the moment: not counted yet
    ]
    shares = rules.weekly_shares([r.record() for r in records], w14, local(2026, 4, 1, 12))
    assert [(s.week.label, s.share.hits, s.share.total) for s in shares] == [
        ("2026-W10", 0, 1), ("2026-W11", 0, 0), ("2026-W12", 0, 0), ("2026-W13", 1, 1),
        ("2026-W14", 1, 2)]


def test_habit_trends_are_all_steps_then_each_group_named():
    steps = [step(1, local(2026, 3, 3, 9), "done", local(2026, 3, 3, 8)),
             step(2, local(2026, 3, 4, 9), group="call", kind="call")]
    trends = rules.habit_trends(steps, W10, THURSDAY,
                                {"all": "All steps", "first-window": "48h", "call": "Calls"})
    assert [(t.habit, t.weeks[-1].share.hits, t.weeks[-1].share.total) for t in trends] == [
        ("all", 1, 2), ("first-window", 1, 1), ("call", 0, 1)]


def test_an_empty_review_is_empty_and_one_with_only_habit_history_is_not():
    quiet = rules.Review(W10, THURSDAY, [], [], rules.Lapsing(), [], rules.Changes(),
                         rules.habit_trends([], W10, THURSDAY, {"all": "All steps"}))
    assert quiet.is_empty
    history = [step(1, local(2026, 2, 10, 9), "done", local(2026, 2, 10, 8))]
    kept = rules.Review(W10, THURSDAY, [], [], rules.Lapsing(), [], rules.Changes(),
                        rules.habit_trends(history, W10, THURSDAY, {"all": "All steps"}))
    assert not kept.is_empty
