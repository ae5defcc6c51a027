"""The JSON API: token authentication, the same services as the pages, errors as 4xx JSON."""

from __future__ import annotations

import re

from followthrough.models import ApiToken, Offer, Person, Step
from followthrough.services.tokens import new_api_token


def test_a_bad_or_missing_token_is_refused(client, api, db):
    assert client.get("/api/people").status_code == 401
    assert api("get", "/api/people", token="ft_wrong").status_code == 401


def test_only_the_hash_of_a_token_is_stored(owner, db):
    token, secret = new_api_token(owner=owner, name="x")
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret not in (stored.token_hash, stored.prefix) and len(secret) > 40


def test_recording_a_meeting_returns_the_plan(api, owner):
    response = api("post", "/api/meetings", {"name": "Jane Doe", "where": "Mixer",
                                             "email": "jane@example.com", "give": "intro"})
    assert response.status_code == 201
    body = response.json()
    assert body["person"]["name"] == "Jane Doe" and body["created_person"] is True
    assert len(body["steps"]) == 6 and body["warnings"] == []
    again = api("post", "/api/meetings", {"name": "Jane Doe"})
    assert again.status_code == 409
    assert again.json()["candidates"][0]["name"] == "Jane Doe"


def test_steps_complete_skip_and_snooze_with_clear_errors(api, owner):
    api("post", "/api/meetings", {"name": "Jane Doe"})
    first, second, third = Step.objects.filter(owner=owner).order_by("id")[:3]
    assert api("post", f"/api/steps/{first.pk}/complete").json()["state"] == "done"
    conflict = api("post", f"/api/steps/{first.pk}/complete")
    assert conflict.status_code == 409 and "already done" in conflict.json()["detail"]
    empty = api("post", f"/api/steps/{second.pk}/skip", {"reason": " "})
    assert empty.status_code == 400 and empty.json()["field"] == "reason"
    assert api("post", f"/api/steps/{second.pk}/skip", {"reason": "no"}).json()["state"] == "skipped"
    past = api("post", f"/api/steps/{third.pk}/snooze", {"until": "2020-01-01T00:00:00Z"})
    assert past.status_code == 400
    assert api("post", "/api/steps/99999/complete").status_code == 404
    malformed = api("post", f"/api/steps/{third.pk}/snooze", {"until": "soon"})
    assert malformed.status_code == 422


def test_people_are_listed_paginated_read_updated_and_deleted(api, owner):
    api("post", "/api/meetings", {"name": "Jane Doe", "company": "Acme"})
    listing = api("get", "/api/people?limit=1&offset=0&q=acme").json()
    assert listing["count"] == 1
    person_id = listing["items"][0]["id"]
    patched = api("patch", f"/api/people/{person_id}", {"title": "CTO", "tags": ["a", "b"],
                                                         "cadence_days": 0})
    assert patched.json()["title"] == "CTO" and patched.json()["cadence_days"] is None
    assert api("patch", f"/api/people/{person_id}", {"name": ""}).status_code == 400
    assert api("delete", f"/api/people/{person_id}").status_code == 204
    assert Person.objects.get(pk=person_id).deleted_at is not None
    assert api("get", f"/api/people/{person_id}").status_code == 404


def test_interactions_and_offers(api, owner):
    person_id = api("post", "/api/meetings", {"name": "Jane Doe", "at": "2026-02-20T18:00:00Z"}
                    ).json()["person"]["id"]
    logged = api("post", "/api/interactions", {"person_id": person_id, "kind": "face-to-face"})
    assert logged.status_code == 201
    assert api("get", f"/api/people/{person_id}").json()["status"] == "relationship"
    assert api("post", "/api/interactions", {"person_id": person_id, "kind": "x"}).status_code == 422
    offer = api("post", "/api/offers", {"person_id": person_id, "text": "a book"}).json()
    assert api("post", f"/api/offers/{offer['id']}/complete").status_code == 200
    assert Offer.objects.get(pk=offer["id"]).delivered_at is not None
    assert api("post", f"/api/offers/{offer['id']}/complete").status_code == 409
    assert api("get", "/api/offers?delivered=true").json()["count"] == 1


def test_the_schema_and_offline_docs(client, owner, db):
    schema = client.get("/api/openapi.json").json()
    assert "/api/people" in schema["paths"] and "/api/steps/{step_id}/complete" in schema["paths"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():  # the limits' answers are documented too
            assert {"401", "413", "422", "429"} <= operation["responses"].keys(), (method, path)
    client.force_login(owner)
    docs = client.get("/api/docs").content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs)  # not the page's random CSRF token
    assert "/api/docs/assets/swagger-ui-bundle.js" in assets
    assert all(url.startswith("/") or url.startswith("#") for url in assets), assets
    assert client.get("/api/docs/assets/swagger-ui.css").status_code == 200
    assert client.get("/api/docs/assets/settings.py").status_code == 404


def test_the_tokens_page_creates_shows_once_and_revokes(client, owner, db):
    client.force_login(owner)
    page = client.post("/settings/tokens/", {"name": "my script"}).content.decode()
    assert "shown only now" in page and "ft_" in page
    token = ApiToken.objects.get(owner=owner)
    assert "shown only now" not in client.get("/settings/tokens/").content.decode()
    client.post(f"/settings/tokens/{token.pk}/revoke")
    assert not ApiToken.objects.filter(owner=owner).exists()


def test_a_revoked_token_is_refused_at_once(client, api, owner):
    token = ApiToken.objects.get(owner=owner)
    assert api("get", "/api/people").status_code == 200
    client.force_login(owner)
    client.post(f"/settings/tokens/{token.pk}/revoke")
    client.logout()
    assert api("get", "/api/people").status_code == 401


def test_hostile_parameters_answer_4xx_never_500(api, owner):
    api("post", "/api/meetings", {"name": "Jane Doe"})
    huge = 2**80
    for method, url, body in (
        ("get", f"/api/steps/{huge}", None),
        ("get", f"/api/interactions?person_id={huge}", None),
        ("get", "/api/people?offset=99999999999&limit=5", None),
        ("get", "/api/people?limit=100000", None),
        ("post", "/api/offers", {"person_id": huge, "text": "x"}),
        ("post", "/api/meetings", {"name": "x", "at": "0001-01-01T00:00:00"}),
        ("post", "/api/interactions", {"person_id": 1, "kind": "call", "at": "2026-03-04T10:00"}),
    ):
        assert api(method, url, body).status_code == 422, (url, body)
    assert api("get", "/api/people?q=a%00b").status_code == 422
    person_id = Person.objects.get(owner=owner).pk
    nul = api("patch", f"/api/people/{person_id}", {"tags": ["a\x00b"]})
    assert nul.status_code == 422 and nul.json()["detail"][0]["loc"][-1] == "tags"
    line_break = api("patch", f"/api/people/{person_id}", {"name": "Jane\r\nBcc: x@example.com"})
    assert line_break.status_code == 400 and line_break.json()["field"] == "name"


def test_reminder_settings_are_read_and_changed_field_by_field(api, owner, teammate):
    from django.utils import timezone

    from followthrough.reminders.services import snooze_digests

    shown = api("get", "/api/reminders").json()
    assert shown == {"address": "owner@example.com", "email": "", "digest": True,
                     "digest_hour": 8, "overdue_emails": True, "paused_until": None,
                     "weekly": False, "cannot_send": ""}
    changed = api("patch", "/api/reminders", {"email": "me@example.org", "digest_hour": 7}).json()
    assert (changed["address"], changed["digest_hour"], changed["digest"]) == (
        "me@example.org", 7, True)
    snooze_digests(owner_id=owner.pk, now=timezone.now())
    assert api("get", "/api/reminders").json()["paused_until"] is not None
    assert api("patch", "/api/reminders", {"resume": True}).json()["paused_until"] is None
    assert api("patch", "/api/reminders", {"weekly": True}).json()["weekly"] is True
    assert api("get", "/api/reminders").json()["weekly"] is True
    _, theirs = new_api_token(owner=teammate, name="theirs")
    assert api("get", "/api/reminders", token=theirs).json()["address"] == "teammate@example.com"


def test_bad_reminder_settings_are_refused_and_change_nothing(api, owner):
    api("patch", "/api/reminders", {"digest_hour": 9})
    for body, status, says in (({"email": "not-an-address"}, 400, "is not a valid email"),
                               ({"digest_hour": 24}, 422, "less than or equal to 23"),
                               ({"digest": "maybe"}, 422, "valid boolean"),
                               ({"email": "a" * 10_000}, 422, "at most 320 characters")):
        response = api("patch", "/api/reminders", body)
        assert response.status_code == status, body
        assert says in response.content.decode(), body
    assert api("get", "/api/reminders").json()["digest_hour"] == 9
    assert api("get", "/api/reminders").json()["email"] == ""
