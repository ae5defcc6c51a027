"""Meeting someone again: only what a later meeting should add, never two open steps of one
kind, the cadence restarted by meeting face to face, and a different name reported."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from followthrough.domain.status import classify
from followthrough.models import Interaction, Person, Step
from tests.core.helpers import step_id


def open_kinds(person_id=None):
    steps = Step.objects.filter(state="open")
    if person_id is not None:
        steps = steps.filter(person_id=person_id)
    return sorted(steps.values_list("kind", flat=True))


def test_meeting_again_adds_a_thank_you_not_the_first_contact_plan(run, jane, clock):
    for kind in ("linkedin", "thank-you-email", "save-card", "schedule-call"):
        run("done", step_id(jane, kind))
    clock.shift(timedelta(days=20))
    result = run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Data meetup",
                 "--json")
    payload = json.loads(result.output)
    assert payload["first_meeting"] is False
    assert sorted(s["kind"] for s in payload["steps"]) == ["face-to-face", "thank-you-email"]
    # the four 48-hour steps were the first meeting's: none of them again
    assert open_kinds() == ["face-to-face", "thank-you-email"]
    thank_you = Step.objects.get(state="open", kind="thank-you-email")
    assert thank_you.meeting.where == "Data meetup"


def test_meeting_again_face_to_face_restarts_the_cadence_and_completes_the_call(run, jane, clock):
    clock.shift(timedelta(days=20))
    run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Data meetup")
    face_to_face = Step.objects.get(state="open", kind="face-to-face")
    assert face_to_face.due_at.date().isoformat() == "2026-06-22"  # 90 days after 24 March
    assert Step.objects.get(kind="call").state == "done"
    assert classify(Person.objects.get().facts, timezone.now()) == "relationship"
    assert Interaction.objects.get().kind == "face-to-face"


def test_meeting_again_never_leaves_two_open_steps_of_one_kind(run, jane, clock):
    clock.shift(timedelta(days=3))
    run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Second mixer")
    clock.shift(timedelta(days=3))
    run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Third mixer")
    kinds = open_kinds()
    assert len(kinds) == len(set(kinds)), kinds
    assert Step.objects.filter(kind="thank-you-email").count() == 1  # moved, not doubled


def test_the_plan_output_says_it_is_a_later_meeting(run, jane, clock):
    clock.shift(timedelta(days=20))
    result = run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Data meetup")
    assert "Added a meeting to Jane Doe" in result.output
    assert "Met again: the first-contact steps were for your first meeting" in result.output
    assert "Send a LinkedIn connection request" not in result.output.split("LinkedIn note")[0]


def test_a_different_name_for_a_known_email_is_kept_as_a_nickname_and_reported(run, jane):
    result = run("met", "Janet Doe", "--email", "jane@example.com", "--at", "Gym")
    assert "Jane Doe has jane@example.com" in result.output
    assert "“Janet Doe” is kept as their nickname" in result.output
    assert f'followthrough rename {jane["person"]["id"]} "Janet Doe"' in result.output
    person = Person.objects.get()
    assert (person.full_name, person.nickname) == ("Jane Doe", "Janet Doe")


def test_a_second_other_name_is_reported_not_kept(run, jane):
    run("met", "Janet Doe", "--email", "jane@example.com")
    result = run("met", "J. Doe", "--email", "jane@example.com", "--json")
    payload = json.loads(result.output)
    assert payload["other_name"] == "J. Doe"
    assert any("also known as “Janet Doe”, so “J. Doe” was not kept" in w
               for w in payload["warnings"])
    assert Person.objects.get().nickname == "Janet Doe"


def test_the_same_name_in_other_case_or_spacing_is_not_another_name(run, jane):
    payload = json.loads(run("met", " jane   DOE ", "--email", "jane@example.com",
                             "--json").output)
    assert payload["other_name"] is None
    assert not any("belongs to" in w for w in payload["warnings"])


def test_rename_takes_the_new_name_and_keeps_the_old_as_nickname(run, jane):
    run("met", "Janet Doe", "--email", "jane@example.com")
    result = run("rename", "Jane Doe", "Janet Doe")
    assert "Jane Doe is now Janet Doe (also known as Jane Doe)." in result.output
    person = Person.objects.get()
    assert (person.full_name, person.given_name, person.nickname) == (
        "Janet Doe", "Janet", "Jane Doe")
    assert run("rename", "Janet", "").exit_code == 1


@pytest.mark.parametrize(("hours", "relationship"), [(47, False), (48, False), (49, True)])
def test_a_face_to_face_meeting_logged_within_48_hours_is_the_same_meeting(
        run, jane, clock, hours, relationship):
    clock.shift(timedelta(hours=hours))
    result = run("log", "Jane", "--kind", "face-to-face", "--json")
    payload = json.loads(result.output)
    assert bool(payload["completed_steps"]) is relationship
    person = Person.objects.get()
    assert (classify(person.facts, timezone.now()) == "relationship") is relationship
    if not relationship:
        assert "counted as that same meeting" in payload["notes"][0]
        assert Step.objects.get(kind="call").state == "open"
        assert Step.objects.get(kind="face-to-face").due_at.date().isoformat() == "2026-06-02"


def test_log_says_when_a_face_to_face_meeting_is_the_same_meeting(run, jane, clock):
    clock.shift(timedelta(hours=20))
    output = run("log", "Jane", "--kind", "face-to-face", "--note", "drinks after").output
    assert "Within 48 hours of meeting Jane Doe on 04 Mar 2026: counted as that same meeting" \
        in output


def test_done_on_the_face_to_face_step_within_48_hours_is_refused_clearly(run, jane):
    result = run("done", step_id(jane, "face-to-face"))
    assert result.exit_code == 1
    assert "less than 48 hours ago: that is the same meeting" in result.output
    assert not Interaction.objects.exists()


def test_the_same_offer_said_again_is_not_a_second_offer(run, jane, clock):
    from followthrough.models import Offer

    clock.shift(timedelta(days=20))
    run("met", "Jane Doe", "--email", "jane@example.com", "--give", "Intro to Priya and Tom")
    assert Offer.objects.count() == 1
    assert "intro to Priya and Tom;" not in run("draft", "email", "Jane").output
