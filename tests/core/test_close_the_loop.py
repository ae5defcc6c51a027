import json

from followthrough.models import Interaction, Step
from tests.core.helpers import step_id


def status_of(run, person: str = "Jane") -> str:
    return json.loads(run("show", person, "--json").output)["status"]


def states(kind=None):
    steps = Step.objects.all() if kind is None else Step.objects.filter(kind=kind)
    return sorted(steps.values_list("kind", "state"))


def test_done_marks_a_step_done(run, jane):
    result = run("done", step_id(jane, "save-card"))
    assert result.exit_code == 0
    assert "Done: Save their whole business card (Jane Doe)" in result.output
    assert Step.objects.get(kind="save-card").state == "done"


def test_skip_records_the_reason(run, jane):
    run("skip", step_id(jane, "linkedin"), "--reason", "not on LinkedIn")
    step = Step.objects.get(kind="linkedin")
    assert (step.state, step.skip_reason) == ("skipped", "not on LinkedIn")


def test_a_logged_call_completes_the_call_step(run, jane, clock):
    clock.shift(86400 * 29)
    result = run("log", "Jane", "--kind", "call", "--note", "intro agreed")
    assert "completes step" in result.output and "Call them" in result.output
    assert Step.objects.get(kind="call").state == "done"
    assert Step.objects.get(kind="face-to-face").state == "open"


def test_a_logged_email_completes_the_thank_you_step(run, jane):
    run("log", "jane@example.com", "--kind", "email")
    assert Step.objects.get(kind="thank-you-email").state == "done"


def test_a_linkedin_message_is_not_a_face_to_face_meeting(run, jane):
    run("log", "Jane", "--kind", "linkedin")
    assert Step.objects.get(kind="linkedin").state == "done"
    assert Step.objects.get(kind="face-to-face").state == "open"
    assert status_of(run) == "following-up"


def test_a_face_to_face_meeting_completes_the_90_day_step_and_restarts_the_cadence(run, jane, clock):
    clock.shift(86400 * 60)
    result = run("log", "Jane", "--kind", "face-to-face", "--note", "lunch", "--json")
    completed = {s["kind"] for s in json.loads(result.output)["completed_steps"]}
    assert completed == {"face-to-face", "call"}
    open_f2f = Step.objects.get(kind="face-to-face", state="open")
    # 60×24 h after 4 March 19:00 CET is 3 May 20:00 CEST; the next meeting is due 90 local
    # days later, at the same local time
    assert open_f2f.due_at.isoformat() == "2026-08-01T18:00:00+00:00"
    assert status_of(run) == "relationship"


def test_an_interaction_before_the_meeting_completes_nothing(run, jane):
    run("log", "Jane", "--kind", "email", "--when", "2 days ago")
    assert Step.objects.get(kind="thank-you-email").state == "open"
    assert Interaction.objects.count() == 1


def test_done_on_the_face_to_face_step_records_the_meeting(run, jane, clock):
    clock.shift(86400 * 20)
    run("done", step_id(jane, "face-to-face"))
    assert Interaction.objects.get().kind == "face-to-face"
    assert Step.objects.filter(kind="face-to-face", state="open").count() == 1
    assert status_of(run) == "relationship"


def test_offers_are_recorded_and_delivered(run, jane):
    result = run("offer", "Jane", "sent the hiring guide", "--delivered", "--json")
    assert json.loads(result.output)["delivered_at"] == "2026-03-04T18:00:00+00:00"
    shown = json.loads(run("show", "Jane", "--json").output)
    assert [(o["text"], bool(o["delivered_at"])) for o in shown["offers"]] == [
        ("intro to Priya and Tom", False), ("sent the hiring guide", True)]
