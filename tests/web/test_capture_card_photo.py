"""The capture page's "Photo of their card": read, shown beside the fields to correct, saved
with the meeting; the photo is kept on the person and only its owner can see it."""

from __future__ import annotations

import base64
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from bench.card_set import card_specs, render_card
from followthrough.domain.kinds import StepState
from followthrough.models import CardPhoto, Meeting, Person, Step
from tests.helpers import ocr_remembered
from tests.web.helpers import html

SPEC = card_specs("test", 3)[2]  # two columns, Liberation Serif
_read: dict[str, list[object]] = {}


@pytest.fixture(autouse=True)
def ocr_once(monkeypatch):  # type: ignore[no-untyped-def]
    """The real OCR, once per distinct image in this module (it takes seconds)."""
    ocr_remembered(monkeypatch, _read)


def upload(name: str = "IMG_2041.png", image: Image.Image | None = None) -> SimpleUploadedFile:
    out = io.BytesIO()
    (image or render_card(SPEC)).save(out, "PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def field_value(page: str, name: str) -> str:
    found = re.search(rf'<input [^>]*name="{name}"[^>]*value="([^"]*)"', page) or re.search(
        rf'<input [^>]*value="([^"]*)"[^>]*name="{name}"', page)
    return found.group(1) if found else ""


def test_the_form_offers_the_phones_camera(web):
    page = html(web.get("/met/"))
    assert 'enctype="multipart/form-data"' in page
    assert re.search(r'<input type="file" name="card" accept="image/\*" capture="environment"', page)
    assert "Read the card" in page


def test_reading_the_card_shows_the_photo_beside_the_fields_it_filled(web, owner):
    response = web.post("/met/", {"read_card": "1", "where": "Lisbon meetup", "card": upload()})
    page = html(response)
    assert response.status_code == 200
    assert 'src="data:image/jpeg;base64,' in page and 'alt="The photo of their card"' in page
    assert field_value(page, "name") == SPEC.name
    assert field_value(page, "email") == SPEC.email
    assert field_value(page, "company") == SPEC.company
    assert field_value(page, "title") == SPEC.title
    assert field_value(page, "where") == "Lisbon meetup"  # what was typed stays
    assert Person.objects.filter(owner=owner).count() == 0  # nothing saved unseen


def test_saving_records_the_meeting_keeps_the_photo_and_does_the_save_card_step(web, owner):
    page = html(web.post("/met/", {"read_card": "1", "card": upload()}))
    form = {name: field_value(page, name) for name in
            ("name", "email", "company", "title", "phone", "website", "card_photo",
             "other_phones")}
    form |= {"title": "Chief Cartographer", "where": "Lisbon meetup", "why": "maps",
             "at": "2026-03-04T18:30"}
    response = web.post("/met/", form)
    meeting = Meeting.objects.get(owner=owner)
    assert response["Location"] == f"/meetings/{meeting.pk}/plan/"
    person = meeting.person
    assert (person.full_name, person.title) == (SPEC.name, "Chief Cartographer")
    assert person.contact_points.get(kind="url").value.endswith(SPEC.website.split("//")[-1])
    save_card = Step.objects.get(meeting=meeting, kind="save-card")
    assert save_card.state == StepState.DONE
    (photo,) = CardPhoto.objects.filter(owner=owner, person=person)
    shown_photo = Image.open(io.BytesIO(base64.b64decode(form["card_photo"])))
    kept = Image.open(io.BytesIO(bytes(photo.photo)))  # re-encoded: only a JPEG of ours is kept
    assert kept.format == "JPEG" and kept.size == shown_photo.size
    shown = html(web.get(f"/people/{person.pk}/"))
    url = f"/people/{person.pk}/card-photos/{photo.pk}.jpg"
    assert f'src="{url}"' in shown
    served = web.get(url)
    assert served["Content-Type"] == "image/jpeg" and served.content == bytes(photo.photo)


def test_a_card_matching_someone_known_adds_the_meeting_to_them(web, owner, meet):
    known = meet(owner, "Someone", email=SPEC.email).person
    page = html(web.post("/met/", {"read_card": "1", "card": upload()}))
    form = {name: field_value(page, name) for name in ("name", "email", "card_photo")}
    web.post("/met/", form | {"where": "again", "at": "2026-03-04T18:30"})
    assert Person.objects.filter(owner=owner).count() == 1
    assert Meeting.objects.filter(person=known).count() == 2
    assert CardPhoto.objects.filter(person=known).count() == 1


@pytest.mark.parametrize(("card", "message"), [
    (upload("blank.png", Image.new("RGB", (900, 600), "white")),
     "blank.png: the photo is blank: there is no card in it"),
    (SimpleUploadedFile("card.jpg", b"%PDF-1.4 not a photo", content_type="image/jpeg"),
     "card.jpg: is not a photo, or a damaged one"),
    (None, "choose a photo of their card first"),
])
def test_a_bad_photo_is_one_line_beside_the_field_and_nothing_is_written(web, owner, card,
                                                                          message):
    response = web.post("/met/", {"read_card": "1", "name": "Typed Name"} |
                        ({"card": card} if card else {}))
    assert response.status_code == 400
    assert message in html(response)
    assert 'value="Typed Name"' in html(response)
    assert Person.objects.filter(owner=owner).count() == 0


def test_a_tampered_photo_field_is_refused_and_nothing_is_written(web, owner):
    bad = base64.b64encode(b"<svg onload=alert(1)>").decode()
    response = web.post("/met/", {"name": "Ana", "card_photo": bad, "at": "2026-03-04T18:30"})
    assert response.status_code == 400
    assert "The card could not be saved: the card photo: is not a photo" in html(response)
    assert Person.objects.filter(owner=owner).count() == 0


def test_another_owner_cannot_see_a_card_photo(web, client, owner, outsider):
    page = html(web.post("/met/", {"read_card": "1", "card": upload()}))
    form = {name: field_value(page, name) for name in ("name", "email", "card_photo")}
    web.post("/met/", form | {"where": "x", "at": "2026-03-04T18:30"})
    photo = CardPhoto.objects.get(owner=owner)
    url = f"/people/{photo.person_id}/card-photos/{photo.pk}.jpg"
    client.force_login(outsider)
    assert client.get(url).status_code == 404


def test_the_import_page_reads_only_qr_codes_and_points_to_the_capture_page(web, owner):
    response = web.post("/import/", {"file": upload("card.png"), "format": "auto"})
    assert response.status_code == 400
    assert "no vCard or MECARD QR code found in the photo: a card without one is read on the " \
           "I just met… page" in html(response)
    assert Person.objects.filter(owner=owner).count() == 0
