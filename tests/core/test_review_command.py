"""`followthrough review`: the week looked back on, on a controlled clock, across a week boundary
and a DST change; its JSON, its printable page, and bad input."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from followthrough.models import Person, Step
from followthrough.services.interactions import log_interaction
from followthrough.services.meetings import NewMeeting, record_meeting
from followthrough.services.people import add_offer
from followthrough.services.steps import complete_step
from tests.helpers import BERLIN

SECTIONS = {"slipped", "this_week", "lapsing", "offers_open", "relationships", "habits"}


@pytest.fixture
def meet(owner, prefs):  # type: ignore[no-untyped-def]
    """Record a meeting with NAME `ago` before the controlled now, through the service."""
    def record(name: str, ago: timedelta = timedelta(0), who=None, give: str = "") -> Person:  # type: ignore[no-untyped-def]
        now = timezone.now()
        return record_meeting(owner=who or owner, prefs=prefs, now=now, new_person=True,
                              meeting=NewMeeting(name=name, at=now - ago, give=give)).person

    return record


def review(run, *args: str) -> dict:  # type: ignore[no-untyped-def]
    result = run("review", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_an_empty_week_says_so_in_one_friendly_line(run):
    result = run("review")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "Weekly review: Week 10, 2026 (2–8 March 2026)"
    assert " ".join(result.output.split()[8:]).startswith(
        "A quiet week: nothing slipped, nothing is due in the next seven days")
    assert "What slipped" not in result.output and "Habits" not in result.output


def test_the_json_has_exactly_the_six_sections_even_when_empty(run, meet):
    assert set(review(run)) == SECTIONS
    meet("Jane Doe", give="intro to Priya")
    assert set(review(run)) == SECTIONS


def test_steps_that_slipped_last_week_are_that_weeks_and_still_overdue_in_this_one(
        run, meet, clock, owner, prefs):
    meet("Jane Doe", give="intro to Priya")  # Wednesday 19:00: four steps due Friday 19:00
    clock.move_to(datetime(2026, 3, 9, 10, 0, tzinfo=BERLIN))  # Monday of the next week
    last_week = review(run, "--week", "2026-W10")
    assert [(s["kind"], s["late"], s["still_open"]) for s in last_week["slipped"]] == [
        ("linkedin", "2 days late", True), ("thank-you-email", "2 days late", True),
        ("save-card", "2 days late", True), ("schedule-call", "2 days late", True)]
    this_week = review(run)
    assert [s["late"] for s in this_week["slipped"]] == ["2 days late"] * 4
    assert this_week["slipped"][0]["late_seconds"] == (2 * 24 + 15) * 3600
    # Done now: gone from this week's (no longer overdue), still in last week's as it stood.
    complete_step(owner=owner, step_id=this_week["slipped"][0]["id"], now=timezone.now(),
                  prefs=prefs)
    assert len(review(run)["slipped"]) == 3
    assert len(review(run, "--week", "2026-W10")["slipped"]) == 4
    habits = {h["habit"]: h["weeks"] for h in last_week["habits"]}
    assert habits["first-window"][-1] == {"week": "2026-W10", "hits": 0, "total": 4,
                                          "ratio": 0.0}
    assert [w["week"] for w in habits["all"]] == ["2026-W06", "2026-W07", "2026-W08",
                                                  "2026-W09", "2026-W10"]


def test_steps_due_just_after_the_spring_change_are_the_next_weeks(run, meet, clock):
    # Friday 27 March 23:30: the 48-hour steps fall due at 00:30 on Monday (summer time).
    clock.move_to(datetime(2026, 3, 27, 23, 30, tzinfo=BERLIN))
    meet("Night Owl")
    clock.move_to(datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN))
    assert review(run, "--week", "2026-W13")["slipped"] == []
    slipped = review(run)["slipped"]
    assert [s["due_at"] for s in slipped] == ["2026-03-29T22:30:00+00:00"] * 4
    assert {s["late"] for s in slipped} == {"8 hours late"}
    first = {h["habit"]: h["weeks"][-2:] for h in review(run)["habits"]}["first-window"]
    assert [(w["week"], w["total"]) for w in first] == [("2026-W13", 0), ("2026-W14", 4)]


def test_the_next_seven_days_lapsing_offers_and_relationships(run, meet, clock, owner, prefs):
    now = timezone.now()
    jane = meet("Jane Doe", ago=timedelta(days=27), give="intro to Priya")  # call in 3 days
    meet("Eve Stone", ago=timedelta(days=80))  # face to face due in 10 days
    meet("Raj Patel", ago=timedelta(days=91))  # face-to-face deadline passed yesterday
    kim = meet("Kim Lee", ago=timedelta(days=20))
    log_interaction(owner=owner, person=kim, kind="face-to-face", at=now - timedelta(days=1),
                    now=now, prefs=prefs)  # met again: a relationship
    max_ = meet("Max Roe", ago=timedelta(days=120))
    log_interaction(owner=owner, person=max_, kind="face-to-face", at=now - timedelta(days=91),
                    now=now, prefs=prefs)  # 90 days ran out on Tuesday
    add_offer(owner=owner, person=jane, text="a book", delivered=True, now=now)
    looked = review(run)
    assert [(c["person"]["name"], c["kind"], c["give_note"]) for c in looked["this_week"]][:1] == [
        ("Jane Doe", "call", "intro to Priya")]
    assert [d["person"]["name"] for d in looked["lapsing"]["soon"]] == ["Eve Stone"]
    # Max's 90 days since meeting him again ran out too: he lapsed, and is no relationship.
    assert [(d["person"]["name"], d["met_since"]) for d in looked["lapsing"]["lapsed"]] == [
        ("Raj Patel", False), ("Max Roe", False)]
    assert [o["text"] for o in looked["offers_open"]] == ["intro to Priya"]
    assert [c["person"]["name"] for c in looked["relationships"]["gained"]] == ["Kim Lee"]
    assert [c["person"]["name"] for c in looked["relationships"]["lost"]] == ["Max Roe"]
    text = run("review").output
    for words in ("What slipped", "Due in the next 7 days", "give: intro to Priya",
                  "Eve Stone", "became a relationship", "no longer a relationship",
                  "Habits: steps done on time"):
        assert words in text, words


def test_a_lapse_across_the_autumn_change_is_in_the_week_it_happened(run, meet, clock, owner):
    # Met on 27 July: the face-to-face deadline 90 calendar days later is Sunday 25 October, the
    # night the clocks go back. It lapses in week 43, and is at risk in the week before.
    clock.move_to(datetime(2026, 7, 27, 20, 0, tzinfo=BERLIN))
    meet("Autumn Lee")
    due = Step.objects.get(owner=owner, cadence=True).due_at
    assert due.astimezone(BERLIN) == datetime(2026, 10, 25, 20, 0, tzinfo=BERLIN)
    clock.move_to(datetime(2026, 10, 18, 21, 0, tzinfo=BERLIN))  # Sunday of week 42
    assert [d["person"]["name"] for d in review(run)["lapsing"]["soon"]] == ["Autumn Lee"]
    clock.move_to(datetime(2026, 10, 26, 8, 0, tzinfo=BERLIN))  # Monday of week 44
    assert review(run, "--week", "2026-W43")["lapsing"]["lapsed"][0]["person"]["name"] == (
        "Autumn Lee")
    assert review(run)["lapsing"]["lapsed"] == []  # not lapsed *this* week


def test_another_owners_people_are_not_in_my_review(run, meet, teammate, clock):
    meet("Tess Teammate", ago=timedelta(days=3), who=teammate, give="their secret")
    assert all(not value for key, value in review(run).items() if key in {"slipped",
               "this_week", "offers_open"})
    assert "Tess" not in run("review").output


def test_html_writes_one_self_contained_page_with_names_escaped(run, meet, tmp_path):
    meet("<script>alert(1)</script> Eve", ago=timedelta(days=3), give="<b>a book</b>")
    target = tmp_path / "week.html"
    result = run("review", "--html", str(target))
    assert result.exit_code == 0, result.output
    assert f"Written to {target}" in " ".join(result.output.split())
    page = target.read_text()
    assert page.startswith("<!doctype html>")
    assert ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; img-src data:\">") in page
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; Eve" in page
    assert "&lt;b&gt;a book&lt;/b&gt;" in page
    assert "<style>" in page and "<svg" in page
    assert "src=" not in page and "<link" not in page and "href=" not in page  # nothing outside
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize(("week", "says"), [
    ("2026-W60", "Error: week: 2026 has weeks 1 to 53, not 60"),
    ("last week", "Error: week: 'last week' is not an ISO week like 2026-W49"),
    ("2026-W11", "Error: week: 2026-W11 has not started yet"),
    ("x" * 10_000, "is not an ISO week like 2026-W49"),
])
def test_a_bad_week_is_one_clear_line_and_writes_nothing(run, tmp_path, week, says):
    target = tmp_path / "week.html"
    result = run("review", "--week", week, "--html", str(target))
    assert result.exit_code == 1
    assert says in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not target.exists()


def test_a_page_that_cannot_be_written_is_one_clear_line(run, tmp_path):
    target = tmp_path / "no-such-folder" / "week.html"
    result = run("review", "--html", str(target))
    assert result.exit_code == 1
    assert f"Error: {target}: cannot write the review" in " ".join(result.output.split())


def test_the_review_costs_four_queries_however_many_people(meet, owner, prefs, clock):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followthrough.selectors.review import review_for

    def queries(people: int) -> int:
        for n in range(people):
            person = meet(f"Person {n}", ago=timedelta(days=20 + n), give="an intro")
            now = timezone.now()
            log_interaction(owner=owner, person=person, kind="face-to-face",
                            at=now - timedelta(days=n), now=now, prefs=prefs)
        with CaptureQueriesContext(connection) as captured:
            review_for(owner, now=timezone.now(), zone=prefs.zone, playbook=prefs.playbook)
        return len(captured.captured_queries)

    assert queries(2) == queries(20) == 4
