"""'I just met…': the capture form records the meeting and shows the plan with three drafts."""

from __future__ import annotations

from followthrough.models import Meeting, Person
from tests.web.helpers import html

FORM = {"name": "Jane Doe", "where": "Chamber mixer", "why": "she is hiring data engineers",
        "need": "senior data engineers", "give": "intro to Priya", "email": "jane@example.com",
        "company": "Acme", "linkedin": "https://www.linkedin.com/in/janedoe",
        "at": "2026-03-04T18:30"}


def test_the_form_defaults_to_now_in_the_owners_zone(web):
    page = html(web.get("/met/"))
    assert 'value="2026-03-04T19:00"' in page
    assert 'name="viewport"' in page and "<title>I just met… · Followthrough</title>" in page


def test_submitting_records_the_meeting_and_shows_the_plan_and_drafts(web, owner):
    response = web.post("/met/", FORM)
    meeting = Meeting.objects.get(owner=owner)
    assert response["Location"] == f"/meetings/{meeting.pk}/plan/"
    page = html(web.get(response["Location"]))
    assert "The plan for" in page and "Jane Doe" in page
    for title in ("LinkedIn note", "Thank-you email", "30-day call note"):
        assert title in page
    assert "Subject:" in page and "Great to meet you at Chamber mixer" in page
    assert page.count("copy-button") == 3
    assert meeting.person.organisation == "Acme"
    assert meeting.at.isoformat() == "2026-03-04T17:30:00+00:00"  # 18:30 in Berlin


def test_a_name_already_known_asks_whether_to_add_or_create(web, owner, meet):
    known = meet(owner, "Jane Doe").person
    page = html(web.post("/met/", {**FORM, "email": "", "linkedin": ""}))
    assert "Is this someone you already know?" in page
    assert f'value="{known.pk}"' in page and 'value="new"' in page
    assert Meeting.objects.filter(owner=owner).count() == 1
    web.post("/met/", {**FORM, "email": "", "linkedin": "", "choice": str(known.pk)})
    assert known.meetings.count() == 2
    web.post("/met/", {**FORM, "email": "", "linkedin": "", "choice": "new"})
    assert Person.objects.filter(owner=owner, full_name="Jane Doe").count() == 2


def test_bad_input_names_the_field_and_writes_nothing(web, owner):
    for field, value, message in (
        ("name", "", "This field is required"),
        ("email", "not-an-email", "is not a valid email address"),
        ("linkedin", "https://example.com/jane", "is not a LinkedIn profile URL"),
        ("at", "2027-01-01T10:00", "is in the future"),
        ("at", "yesterday", "Enter a valid date/time"),
        ("name", "x" * 5000, "at most 200 characters"),
    ):
        response = web.post("/met/", {**FORM, field: value})
        assert response.status_code == 400, field
        assert message in html(response), (field, html(response)[-2000:])
    assert not Meeting.objects.exists()
