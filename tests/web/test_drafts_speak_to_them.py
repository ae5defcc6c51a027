"""The web and the API show the same drafts as the command line: spoken to the person, signed,
with the earlier meeting's *why* when the latest has none."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from followthrough.models import Meeting
from tests.web.helpers import html

FORM = {"name": "Jane Doe", "where": "Chamber mixer",
        "why": "she is building a data team; I know two candidates",
        "email": "jane@example.com", "at": "2026-03-04T18:30"}


@pytest.fixture
def unsigned(monkeypatch, owner_prefs):  # type: ignore[no-untyped-def]
    prefs = replace(owner_prefs, my_name="")
    monkeypatch.setattr("followthrough.web.access.preferences_for", lambda owner: prefs)
    monkeypatch.setattr("followthrough.api.owned.preferences_for", lambda owner: prefs)
    return prefs


def test_the_plan_and_person_pages_show_notes_that_speak_to_them(web, owner):
    location = web.post("/met/", FORM)["Location"]
    for page in (html(web.get(location)),
                 html(web.get(f"/people/{Meeting.objects.get().person_id}/"))):
        assert "I&#x27;d like to connect: you are building a data team; I know two candidates." \
            in page
        assert "I&#x27;d like to stay in touch: you are building a data team" in page
        assert "Your name is not set" not in page


def test_the_capture_form_asks_for_the_why_as_said_to_them_and_previews_the_note(web):
    page = html(web.get("/met/"))
    assert "finish “I&#x27;d like to connect: …”" in page
    assert 'hx-post="/met/preview"' in page and 'aria-live="polite"' in page
    preview = html(web.post("/met/preview", FORM))
    assert ("Hi Jane, great to meet you at Chamber mixer. I&#x27;d like to connect: you are "
            "building a data team; I know two candidates. Alex Example") in preview
    assert "of 200 characters" in preview


def test_the_preview_shows_the_cut_and_the_warning_of_a_long_why(web):
    why = "she leads platform work at a logistics company, " + "and travels a lot " * 12
    preview = html(web.post("/met/preview", {**FORM, "why": why}))
    assert "I&#x27;d like to connect: you lead platform work at a logistics company. Alex" in preview
    assert "cut at a clause" in preview


def test_the_preview_is_for_the_signed_in_only_and_takes_hostile_input(client, web):
    page = html(web.post("/met/preview", {"name": "<script>x</script>", "why": "é" * 50_000}))
    assert "<script>x" not in page and "&lt;script&gt;" in page
    client.logout()
    assert client.post("/met/preview", FORM).status_code == 302


def test_pages_with_drafts_show_a_banner_when_your_name_is_not_set(web, owner, unsigned, meet):
    location = web.post("/met/", FORM)["Location"]
    person_id = Meeting.objects.get().person_id
    for url in (location, f"/people/{person_id}/", "/"):
        page = html(web.get(url))
        assert "Your name is not set, so these drafts are not signed" in page, url
        assert page.count("not signed") == 1, url  # the banner, not a warning under each draft


def test_the_api_returns_the_drafts_with_a_meeting_and_for_a_person(api, owner):
    body = api("post", "/api/meetings", {**FORM, "at": None}).json()
    by_kind = {d["kind"]: d for d in body["drafts"]}
    assert set(by_kind) == {"linkedin", "email", "call"}
    assert "connect: you are building a data team" in by_kind["linkedin"]["body"]
    assert by_kind["email"]["subject"] == "Great to meet you at Chamber mixer"
    assert by_kind["linkedin"]["title"] == "LinkedIn note"
    person_id = body["person"]["id"]
    again = api("get", f"/api/people/{person_id}/drafts").json()
    assert [d["body"] for d in again] == [d["body"] for d in body["drafts"]]


def test_the_api_uses_an_earlier_why_and_says_when_your_name_is_not_set(api, owner, unsigned,
                                                                        clock):
    first = api("post", "/api/meetings", {**FORM, "at": None}).json()
    clock.shift(timedelta(days=5))
    later = api("post", "/api/meetings", {"name": "Jane Doe", "email": "jane@example.com",
                                          "where": "Data meetup"}).json()
    assert later["person"]["id"] == first["person"]["id"]
    note = next(d for d in later["drafts"] if d["kind"] == "linkedin")
    assert "meet you at Data meetup. I'd like to connect: you are building a data team" in note["body"]
    assert any("your name is not set" in w for w in note["warnings"])
    assert not any("no *why*" in w for w in note["warnings"])
