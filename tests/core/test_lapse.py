import json
from datetime import timedelta


def status_of(run, ref="Jane"):
    return json.loads(run("show", ref, "--json").output)["status"]


def test_it_marks_contact_lapsed_after_90_days_without_a_face_to_face_meeting(run, jane, clock):
    assert status_of(run) == "following-up"
    clock.shift(timedelta(days=77))
    assert status_of(run) == "at-risk"
    clock.shift(timedelta(days=13, minutes=1))
    assert status_of(run) == "lapsed"
    assert "lapsed" in run("people").output


def test_cadence_off_means_never_lapsing(run, jane, clock):
    result = run("cadence", "Jane", "off")
    assert "Face to face with Jane Doe: off." in result.output
    clock.shift(timedelta(days=400))
    assert status_of(run) == "following-up"


def test_a_shorter_cadence_moves_the_deadline(run, jane, clock):
    run("cadence", "Jane", "30")
    clock.shift(timedelta(days=31))
    assert status_of(run) == "lapsed"
