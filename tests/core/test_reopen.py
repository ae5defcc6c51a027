"""Nothing is final by mistake: a done or skipped step opens again, from every door."""

from datetime import timedelta

from django.utils import timezone

from followthrough.domain.status import classify
from followthrough.models import Interaction, Person, Step
from tests.core.helpers import step_id


def test_reopen_opens_a_done_step_again(run, jane):
    run("done", step_id(jane, "save-card"))
    result = run("reopen", step_id(jane, "save-card"))
    assert result.exit_code == 0, result.output
    assert "Open again: Save their whole business card (Jane Doe), due Fri 06 Mar 2026 19:00" \
        in result.output
    step = Step.objects.get(kind="save-card")
    assert (step.state, step.closed_at) == ("open", None)


def test_reopen_clears_a_skip_reason(run, jane):
    run("skip", step_id(jane, "linkedin"), "--reason", "not on LinkedIn")
    run("reopen", step_id(jane, "linkedin"))
    step = Step.objects.get(kind="linkedin")
    assert (step.state, step.skip_reason) == ("open", "")


def test_reopening_the_face_to_face_step_puts_the_old_deadline_back(run, jane, clock):
    old_due = Person.objects.get().face_to_face_due
    clock.shift(timedelta(days=20))
    run("done", step_id(jane, "face-to-face"))
    assert Person.objects.get().face_to_face_due > old_due  # the cadence restarted
    result = run("reopen", step_id(jane, "face-to-face"))
    assert result.exit_code == 0, result.output
    person = Person.objects.get()
    assert person.face_to_face_due == old_due
    assert Step.objects.filter(kind="face-to-face", state="open").count() == 1
    assert classify(person.facts, timezone.now()) == "following-up"  # the Done button's meeting went with it
    assert not Interaction.objects.exists()


def test_a_logged_meeting_stays_when_its_face_to_face_step_is_reopened(run, jane, clock):
    old_due = Person.objects.get().face_to_face_due
    clock.shift(timedelta(days=20))
    run("log", "Jane", "--kind", "face-to-face", "--note", "lunch")
    run("reopen", step_id(jane, "face-to-face"))
    assert Person.objects.get().face_to_face_due == old_due
    assert Interaction.objects.get().note == "lunch"


def test_an_open_step_and_someone_elses_step_cannot_be_reopened(run, jane, teammate, prefs):
    open_step = run("reopen", step_id(jane, "call"))
    assert open_step.exit_code == 1
    assert "is open: only a done or skipped step can be reopened" in open_step.output
    from django.utils import timezone

    from followthrough.services.meetings import NewMeeting, record_meeting

    theirs = record_meeting(owner=teammate, meeting=NewMeeting("Tom", at=timezone.now()),
                            prefs=prefs, now=timezone.now()).steps[0]
    Step.objects.filter(pk=theirs.pk).update(state="done", closed_at=timezone.now())
    refused = run("reopen", str(theirs.pk))
    assert refused.exit_code == 1 and f"there is no step {theirs.pk}" in refused.output
    assert Step.objects.get(pk=theirs.pk).state == "done"


def test_reopening_never_leaves_two_open_steps_of_one_kind(run, jane, clock):
    run("log", "Jane", "--kind", "email")  # the thank-you is done
    clock.shift(timedelta(days=10))
    run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Meetup")  # a new thank-you
    result = run("reopen", step_id(jane, "thank-you-email"))
    assert result.exit_code == 1 and "open already" in result.output
    assert Step.objects.filter(kind="thank-you-email", state="open").count() == 1


def test_the_api_reopens_and_answers_404_and_409(api_for_owner, jane, teammate):
    call = api_for_owner
    done = step_id(jane, "save-card")
    call("post", f"/api/steps/{done}/complete")
    body = call("post", f"/api/steps/{done}/reopen")
    assert body.status_code == 200 and body.json()["state"] == "open"
    assert call("post", f"/api/steps/{done}/reopen").status_code == 409
    assert call("post", "/api/steps/99999/reopen").status_code == 404


def test_the_person_page_has_a_reopen_button_on_done_and_skipped_steps(client, owner, jane):
    client.force_login(owner)
    client.get("/")
    done, skipped = step_id(jane, "save-card"), step_id(jane, "linkedin")
    client.post(f"/steps/{done}/done")
    client.post(f"/steps/{skipped}/skip", {"reason": "not on LinkedIn"})
    person = jane["person"]["id"]
    page = client.get(f"/people/{person}/").content.decode()
    assert page.count(">Reopen<span class=\"visually-hidden\">") == 2
    assert f'action="/steps/{done}/reopen"' in page
    response = client.post(f"/steps/{done}/reopen", {"next": f"/people/{person}/"})
    assert response["Location"] == f"/people/{person}/"
    assert Step.objects.get(pk=done).state == "open"
    page = client.get(f"/people/{person}/").content.decode()
    assert "Open again: Save their whole business card (Jane Doe)." in page
    assert page.count("Reopen<span") == 1
