import json
from datetime import timedelta

from tests.core.helpers import step_id


def stats(run):
    return json.loads(run("stats", "--json").output)


def test_stats_count_relationships_against_connections(run, jane, clock):
    run("met", "Bob Smith", "--at", "PyCon", "--when", "5 days ago")
    run("log", "Bob", "--kind", "face-to-face")
    figures = stats(run)
    assert figures["people"] == 2
    assert figures["relationships"] == 1
    assert figures["connections_only"] == 1
    assert figures["lapsed"] == 0
    text = run("stats").output
    assert "1 of 2 (gap: 1)" in text
    assert "met face to face again within their cadence" in text


def test_stats_measure_the_48_hour_habit(run, jane, clock):
    for kind in ("linkedin", "thank-you-email", "save-card", "schedule-call"):
        run("done", step_id(jane, kind))
    run("met", "Bob Smith", "--at", "PyCon")
    clock.shift(timedelta(hours=49))
    figures = stats(run)
    assert figures["first_window_on_time"] == {"hits": 1, "total": 2, "ratio": 0.5}


def test_stats_measure_calls_face_to_face_and_offers(run, jane, clock):
    clock.shift(timedelta(days=29))
    run("log", "Jane", "--kind", "call")
    run("offer", "Jane", "the hiring guide", "--delivered")
    clock.shift(timedelta(days=70))
    figures = stats(run)
    assert figures["calls_on_time"] == {"hits": 1, "total": 1, "ratio": 1.0}
    assert figures["face_to_face_on_time"] == {"hits": 0, "total": 1, "ratio": 0.0}
    assert (figures["offers_made"], figures["offers_delivered"]) == (2, 1)
    assert figures["lapsed"] == 1
