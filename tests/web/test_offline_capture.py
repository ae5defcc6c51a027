"""Captures made offline: sent when the network returns, one meeting however often they are sent
(the browser's id is the idempotency key, per owner), a name clash asked as the form asks."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from followthrough.models import Meeting, Person
from followthrough.services import meetings as meeting_services
from tests.web.helpers import html

KEY = "3f2b9c1e-7a4d-4e0b-9f6a-2c8d1e5b7a90"


@pytest.fixture
def capture(web, owner):  # type: ignore[no-untyped-def]
    """Send a kept capture as outbox.js does; returns (status, answer)."""
    def send(client: Client = web, who=owner, **fields: str):  # type: ignore[no-untyped-def]
        body = {"name": "Olga Offline", "where": "Basement meetup", "client_id": KEY,
                "owner": str(who.pk), "at_utc": (timezone.now() - timedelta(hours=2)).isoformat(),
                **fields}
        response = client.post("/met/sync", body)
        return response.status_code, json.loads(response.content)
    return send


def test_a_kept_capture_becomes_a_meeting_at_the_moment_it_was_made(capture, owner):
    status, answer = capture()
    assert status == 200 and answer["status"] == "saved" and answer["name"] == "Olga Offline"
    meeting = Meeting.objects.get(owner=owner)
    assert answer["plan"] == f"/meetings/{meeting.pk}/plan/"
    assert meeting.at == timezone.now() - timedelta(hours=2)
    assert meeting.where == "Basement meetup" and meeting.steps.count() == 6


def test_a_capture_sent_twice_is_one_meeting(capture, owner):
    first = capture()
    second = capture()
    assert first[1]["plan"] == second[1]["plan"]
    assert (first[1]["repeated"], second[1]["repeated"]) == (False, True)
    assert Person.objects.filter(owner=owner).count() == 1
    assert Meeting.objects.filter(owner=owner).count() == 1


def test_two_sends_at_the_same_moment_are_one_meeting(capture, owner, monkeypatch):
    """Both sends looked before either had written: the second's insert fails on the key, its
    whole transaction is undone, and it answers with the first's meeting."""
    capture(email="olga@example.com")  # the second send finds her by address, not only by name
    looked = []

    def too_early(owner_, key):  # type: ignore[no-untyped-def]
        looked.append(key)
        return None if len(looked) == 1 else real(owner_, key)

    real = meeting_services._recorded_under
    monkeypatch.setattr(meeting_services, "_recorded_under", too_early)
    status, answer = capture(email="olga@example.com")
    assert status == 200 and answer["repeated"] and len(looked) == 2
    assert Person.objects.filter(owner=owner).count() == 1
    assert Meeting.objects.filter(owner=owner).count() == 1


def test_the_key_is_per_owner(capture, owner, teammate):
    capture()
    other = Client()
    other.force_login(teammate)
    status, answer = capture(client=other, who=teammate, name="Someone Else")
    assert status == 200 and answer["status"] == "saved" and not answer["repeated"]
    theirs = Meeting.objects.get(owner=teammate)
    assert theirs.person.full_name == "Someone Else"  # not the owner's meeting under that key
    assert Meeting.objects.filter(owner=owner).count() == 1


def test_a_capture_made_by_another_account_is_not_sent_as_this_one(capture, owner, teammate):
    status, answer = capture(owner=str(teammate.pk))
    assert status == 409 and answer["status"] == "other-owner"
    assert not Meeting.objects.exists()


def test_signed_out_sends_are_refused_plainly(client, db, owner):
    response = client.post("/met/sync", {"name": "X", "client_id": KEY, "owner": str(owner.pk)})
    assert response.status_code == 401 and json.loads(response.content)["status"] == "signed-out"
    assert client.get("/met/sync").status_code in (302, 405)


def test_a_name_already_known_is_asked_then_added_where_chosen(capture, owner, meet):
    jane = meet(owner, name="Olga Offline").person
    status, answer = capture()
    assert status == 200 and answer["status"] == "ask"
    assert answer["candidates"] == [{"id": jane.pk, "name": "Olga Offline", "organisation": ""}]
    assert Meeting.objects.filter(owner=owner).count() == 1  # nothing yet
    status, answer = capture(choice=str(jane.pk))
    assert answer["status"] == "saved"
    assert jane.meetings.count() == 2 and Person.objects.filter(owner=owner).count() == 1
    assert capture(choice="new")[1]["repeated"]  # already sent: the answer does not change it


def test_choosing_someone_elses_person_is_refused(capture, teammate, meet):
    theirs = meet(teammate, name="Olga Offline").person
    status, answer = capture(choice=str(theirs.pk))
    assert status == 400 and "no longer exists" in answer["message"]
    assert theirs.meetings.count() == 1


@pytest.mark.parametrize(("fields", "message"), [
    ({"client_id": ""}, "The capture has no id"),
    ({"client_id": "short"}, "client id: must be 8 to 64 letters, digits or dashes"),
    ({"client_id": "x" * 65}, "at most 64 characters"),
    ({"client_id": "<script>alert(1)</script>"}, "client id"),
    ({"name": ""}, "Name: This field is required."),
    ({"name": "N" * 201}, "at most 200 characters"),
    ({"at_utc": ""}, "When: give the time you met."),
    ({"at_utc": "yesterday-ish"}, "Enter a valid date/time."),
    ({"at_utc": "2100-01-01T00:00:00Z"}, "is in the future"),
    ({"email": "not-an-email"}, "not a valid email address"),
])
def test_bad_captures_say_what_is_wrong_and_record_nothing(capture, fields, message):
    status, answer = capture(**fields)
    assert status == 400 and answer["status"] == "invalid"
    assert message in answer["message"], answer
    assert not Meeting.objects.exists()


def test_a_browser_clock_a_little_ahead_is_taken_as_now(capture, owner):
    status, answer = capture(at_utc=(timezone.now() + timedelta(minutes=3)).isoformat())
    assert answer["status"] == "saved"
    assert Meeting.objects.get(owner=owner).at == timezone.now()


def test_a_capture_resent_after_its_person_was_deleted_is_not_made_again(capture, owner):
    from followthrough.services.people_edit import delete_person

    capture()
    delete_person(owner=owner, person=Person.objects.get(owner=owner), now=timezone.now())
    status, answer = capture()
    assert status == 400 and "has since been deleted" in answer["message"]
    assert Meeting.objects.filter(owner=owner).count() == 1


def test_the_sync_needs_the_csrf_token(owner, clock):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(owner)
    page = html(strict.get("/met/"))
    body = {"name": "Olga", "client_id": KEY, "owner": str(owner.pk),
            "at_utc": timezone.now().isoformat()}
    assert strict.post("/met/sync", body).status_code == 403
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert strict.post("/met/sync", body, HTTP_X_CSRFTOKEN=token).status_code == 200


def test_the_form_sent_twice_online_is_one_meeting_too(web, owner):
    body = {"name": "Tap Twice", "at": "2026-03-04T18:00", "client_id": KEY}
    first, second = web.post("/met/", body), web.post("/met/", body)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Meeting.objects.filter(owner=owner).count() == 1


def test_the_capture_form_carries_an_id_field_and_the_owner(web, owner):
    page = html(web.get("/met/"))
    assert 'name="client_id"' in page and f'name="owner" value="{owner.pk}"' in page


def test_the_service_worker_and_manifest_make_the_app_installable(client, db):
    worker = client.get("/sw.js")
    assert worker.status_code == 200 and worker["Content-Type"].startswith("text/javascript")
    assert worker["Cache-Control"] == "no-cache"
    text = worker.content.decode()
    assert '"capture": "/met/"' in text and '"sync": "/met/sync"' in text
    assert '"/static/web/outbox.js"' in text and '"offline": "/offline/"' in text
    manifest = json.loads(client.get("/manifest.webmanifest").content)
    assert (manifest["start_url"], manifest["display"]) == ("/", "standalone")
    from django.contrib.staticfiles import finders

    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}


def test_the_offline_page_is_an_owners_page(web, client):
    assert "You are offline" in html(web.get("/offline/"))
    assert Client().get("/offline/")["Location"].startswith("/accounts/login/")


def test_every_signed_in_page_knows_where_to_sync(web, owner):
    page = html(web.get("/"))
    assert f'data-owner="{owner.pk}"' in page and 'data-sync="/met/sync"' in page
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
