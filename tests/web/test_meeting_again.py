"""The web and the API meet someone again as the command line does."""

from __future__ import annotations

from datetime import timedelta

from followthrough.models import Meeting, Person, Step
from tests.web.helpers import html

FORM = {"name": "Jane Doe", "where": "Chamber mixer", "why": "she is hiring",
        "email": "jane@example.com", "at": "2026-03-04T18:30"}


def test_the_capture_form_meets_a_known_person_again_and_offers_the_other_name(web, owner,
                                                                              clock):
    web.post("/met/", {**FORM, "at": "2026-02-01T18:30"})
    response = web.post("/met/", {**FORM, "name": "Janet Doe", "where": "Data meetup"})
    meeting = Meeting.objects.get(where="Data meetup")
    assert response["Location"] == f"/meetings/{meeting.pk}/plan/?other_name=Janet+Doe"
    page = html(web.get(response["Location"]))
    assert "Met again: the first-contact steps were for your first meeting" in page
    assert "Jane Doe has jane@example.com" in page
    assert "Rename Jane Doe to Janet Doe" in page
    kinds = sorted(Step.objects.filter(state="open").values_list("kind", flat=True))
    assert len(kinds) == len(set(kinds)) and Step.objects.count() == 7  # + the new cadence
    assert meeting.steps.get().kind == "thank-you-email"
    web.post(f"/people/{meeting.person_id}/rename", {"name": "Janet Doe"})
    person = Person.objects.get()
    assert (person.full_name, person.nickname) == ("Janet Doe", "Jane Doe")


def test_renaming_to_nothing_is_refused_with_a_message(web, owner, meet):
    person = meet(owner, "Jane Doe").person
    response = web.post(f"/people/{person.pk}/rename", {"name": "  "}, follow=True)
    assert "name" in html(response) and Person.objects.get().full_name == "Jane Doe"


def test_logging_face_to_face_within_48_hours_says_it_is_the_same_meeting(web, owner, meet):
    person = meet(owner, "Jane Doe", ago=timedelta(hours=5)).person
    web.post(f"/people/{person.pk}/log", {"kind": "face-to-face", "at": "2026-03-04T18:00"})
    page = html(web.get(f"/people/{person.pk}/"))
    assert "counted as that same meeting" in page
    assert "status-relationship" not in page


def test_the_api_meets_again_and_tells_the_other_name(api, owner, clock):
    first = api("post", "/api/meetings", {**FORM, "at": "2026-02-01T18:30:00Z"}).json()
    assert first["first_meeting"] is True and first["other_name"] == ""
    again = api("post", "/api/meetings", {**FORM, "name": "Janet Doe", "at": None}).json()
    assert again["first_meeting"] is False and again["other_name"] == "Janet Doe"
    assert sorted(s["kind"] for s in again["steps"]) == ["face-to-face", "thank-you-email"]
    assert again["person"]["status"] == "relationship"
    logged = api("post", "/api/interactions", {"person_id": first["person"]["id"],
                                               "kind": "face-to-face"}).json()
    assert logged["notes"] == []
