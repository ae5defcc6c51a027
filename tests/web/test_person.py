"""A person's page: card, QR code, vCard, timeline, offers; log, edit, delete."""

from __future__ import annotations

from datetime import timedelta

from followthrough.models import Person
from tests.web.helpers import html


def test_the_page_shows_card_qr_needs_offers_and_drafts(web, owner, meet):
    person = meet(owner, "Jane Doe", where="Mixer", why="hiring", need="engineers",
                  give="intro to Priya", email="jane@example.com").person
    page = html(web.get(f"/people/{person.pk}/"))
    assert "<title>Jane Doe · Followthrough</title>" in page
    assert '<svg role="img"' in page and "QR code of Jane Doe" in page
    assert "engineers" in page and "intro to Priya" in page
    assert "LinkedIn note" in page and "Met at Mixer" in page
    assert f'href="/people/{person.pk}/card.vcf"' in page


def test_the_vcard_downloads_as_a_card(web, owner, meet):
    person = meet(owner, "Jane Doe", email="jane@example.com").person
    response = web.get(f"/people/{person.pk}/card.vcf")
    assert response["Content-Type"].startswith("text/vcard")
    assert 'filename="Jane Doe.vcf"' in response["Content-Disposition"]
    body = response.content.decode()
    assert "BEGIN:VCARD" in body and "FN:Jane Doe" in body and "jane@example.com" in body


def test_logging_face_to_face_makes_them_a_relationship(web, owner, meet):
    person = meet(owner, "Jane Doe", ago=timedelta(days=10)).person
    response = web.post(f"/people/{person.pk}/log",
                        {"kind": "face-to-face", "at": "2026-03-04T18:00", "note": "lunch"})
    assert response.status_code == 302
    page = html(web.get(f"/people/{person.pk}/"))
    assert "Logged face to face with Jane Doe." in page
    assert 'status-badge status-relationship' in page and "lunch" in page


def test_logging_rejects_an_unknown_kind_and_a_future_time(web, owner, meet):
    person = meet(owner, "Jane Doe").person
    bad_kind = web.post(f"/people/{person.pk}/log", {"kind": "telepathy", "at": "2026-03-04T18:00"})
    assert bad_kind.status_code == 400 and "Select a valid choice" in html(bad_kind)
    future = web.post(f"/people/{person.pk}/log", {"kind": "call", "at": "2027-03-04T18:00"})
    assert future.status_code == 400 and "is in the future" in html(future)
    assert not person.interactions.exists()


def test_offers_are_added_and_marked_given(web, owner, meet):
    person = meet(owner, "Jane Doe").person
    web.post(f"/people/{person.pk}/offers", {"text": "the hiring guide"})
    offer = person.offers.get(text="the hiring guide")
    web.post(f"/people/{person.pk}/offers/{offer.pk}/deliver")
    offer.refresh_from_db()
    assert offer.delivered_at is not None
    again = web.post(f"/people/{person.pk}/offers/{offer.pk}/deliver", follow=True)
    assert "already delivered" in html(again)
    empty = web.post(f"/people/{person.pk}/offers", {"text": "  "})
    assert empty.status_code == 400


def test_editing_changes_the_card_and_the_cadence(web, owner, meet):
    person = meet(owner, "Jane Doe").person
    response = web.post(f"/people/{person.pk}/edit/", {
        "full_name": "Jane Q. Doe", "organisation": "Acme", "title": "CTO",
        "tags": "hiring, data, hiring", "cadence_days": "30", "notes": "likes tea"})
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.full_name, person.organisation, person.tags, person.cadence_days) == (
        "Jane Q. Doe", "Acme", "hiring, data", 30)


def test_an_impossible_cadence_changes_nothing(web, owner, meet):
    person = meet(owner, "Jane Doe").person
    response = web.post(f"/people/{person.pk}/edit/", {"full_name": "Renamed", "cadence_days": "0"})
    assert response.status_code == 400
    person.refresh_from_db()
    assert person.full_name == "Jane Doe"


def test_a_name_with_a_line_break_is_refused_beside_the_field(web, owner, meet):
    person = meet(owner, "Jane Doe").person
    response = web.post(f"/people/{person.pk}/edit/", {
        "full_name": "Jane\r\nBcc: everyone@example.com", "notes": "two\r\nlines are fine"})
    assert response.status_code == 400
    assert "must be one line" in html(response)
    person.refresh_from_db()
    assert person.full_name == "Jane Doe"


def test_delete_asks_first_then_hides_the_person(web, owner, meet):
    person = meet(owner, "Jane Doe").person
    assert "Yes, delete Jane Doe" in html(web.get(f"/people/{person.pk}/delete/"))
    assert Person.objects.get(pk=person.pk).deleted_at is None
    web.post(f"/people/{person.pk}/delete/")
    assert Person.objects.get(pk=person.pk).deleted_at is not None
    assert web.get(f"/people/{person.pk}/").status_code == 404
    assert "Jane Doe" not in html(web.get("/"))


def test_the_prep_brief_has_everything_on_one_printable_page(web, owner, meet):
    person = meet(owner, "Jane Doe", where="Mixer", why="hiring", need="engineers",
                  give="intro to Priya").person
    web.post(f"/people/{person.pk}/log", {"kind": "call", "at": "2026-03-04T18:50",
                                          "note": "talked about the team"})
    page = html(web.get(f"/people/{person.pk}/prep/"))
    for text in ("Where you met and why", "at Mixer", "engineers", "intro to Priya",
                 "talked about the team", "print.css"):
        assert text in page
