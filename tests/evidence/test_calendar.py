"""Calendar events: a meeting at a place is face to face, a Meet link or a "call" is a call."""

from __future__ import annotations

import json
from datetime import datetime

from tests.evidence.helpers import interactions_of, steps_of
from tests.helpers import BERLIN


def test_a_past_meet_call_completes_the_call_step(run, cast, fixtures):
    run("import", str(fixtures / "google-calendar.ics"))

    assert steps_of(cast.bob)["call"] == ("done", datetime(2026, 3, 4, 10, 0, tzinfo=BERLIN))
    assert ("call", False, "Bob / Alex") in interactions_of(cast.bob)


def test_call_in_the_title_and_no_place_is_a_call(run, cast, fixtures):
    run("import", str(fixtures / "google-calendar.ics"))

    assert steps_of(cast.jane)["call"] == ("done", datetime(2026, 3, 4, 16, 0, tzinfo=BERLIN))


def test_a_cancelled_event_and_a_declined_invitation_are_ignored(run, cast, fixtures):
    result = run("import", str(fixtures / "google-calendar.ics"), "--json")

    assert [i for i in interactions_of(cast.jane) if i[0] == "face-to-face"] == []
    assert steps_of(cast.jane)["face-to-face"][0] == "open"
    # The lunch, the breakfast, and the cancelled occurrence of Carol's series.
    assert json.loads(result.output)["evidence"]["ignored"] == 3


def test_a_future_event_is_scheduled_on_the_person_and_completes_nothing(run, cast, fixtures):
    from followthrough.models import EvidenceItem

    result = run("import", str(fixtures / "google-calendar.ics"), "--json")

    scheduled = json.loads(result.output)["evidence"]["scheduled"]
    assert [(s["person"]["name"], s["kind"], s["at"], s["summary"]) for s in scheduled
            if s["person"]["name"] == "Jane Doe"] == [
        ("Jane Doe", "face-to-face", "2026-03-10T19:30:00+01:00", "Dinner with Jane")]
    assert EvidenceItem.objects.filter(person=cast.jane, state="scheduled").count() == 1


def test_a_scheduled_event_completes_the_face_to_face_step_once_it_has_happened(
        run, cast, fixtures, clock):
    from datetime import timedelta

    run("import", str(fixtures / "google-calendar.ics"))
    clock.shift(timedelta(days=7))
    run("import", str(fixtures / "google-calendar.ics"))

    from followthrough.models import Step

    done = Step.objects.filter(person=cast.jane, kind="face-to-face", state="done")
    assert list(done.values_list("closed_at", flat=True)) == [
        datetime(2026, 3, 10, 19, 30, tzinfo=BERLIN)]
    assert ("face-to-face", False, "Dinner with Jane") in interactions_of(cast.jane)


def test_a_recurring_series_gives_one_meeting_per_occurrence_less_the_cancelled_one(
        run, cast, fixtures):
    result = run("import", str(fixtures / "google-calendar.ics"), "--json")

    evidence = json.loads(result.output)["evidence"]
    past = [h["at"] for h in evidence["interactions_logged"] if h["person"]["name"] == "Carol Smith"]
    future = [h["at"] for h in evidence["scheduled"] if h["person"]["name"] == "Carol Smith"]
    assert past == ["2026-02-16T17:00:00+01:00", "2026-02-23T17:00:00+01:00"]
    assert future == ["2026-03-09T17:00:00+01:00", "2026-03-16T17:00:00+01:00",
                      "2026-03-23T17:00:00+01:00"]


def test_show_lists_the_events_still_to_come(run, cast, fixtures):
    run("import", str(fixtures / "google-calendar.ics"))

    shown = run("show", "Jane Doe")
    shape = json.loads(run("show", "Jane Doe", "--json").output)

    assert "Scheduled (from your calendar)" in shown.output
    assert "face-to-face: Dinner with Jane" in shown.output
    assert shape["scheduled"] == [{"kind": "face-to-face", "at": "2026-03-10T18:30:00+00:00",
                                   "summary": "Dinner with Jane"}]
