"""`followthrough import card.jpg` for a card without a QR code: read by OCR, shown, then saved
only when the user says so; merged onto the person it belongs to, the photo kept, the step done.
"""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from bench.card_set import card_specs, render_card
from followthrough.domain.kinds import StepState
from followthrough.models import CardPhoto, Person, Step
from tests.helpers import ocr_remembered
from tests.imports.helpers import alive, snapshot

pytestmark = pytest.mark.django_db
SPEC = card_specs("test", 1)[0]  # a left-aligned card in DejaVu Sans
_read: dict[str, list[object]] = {}


@pytest.fixture(autouse=True)
def ocr_once(monkeypatch):  # type: ignore[no-untyped-def]
    """The real OCR, once per distinct image in this module (it takes seconds)."""
    ocr_remembered(monkeypatch, _read)


@pytest.fixture
def card(tmp_path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "card.png"
    render_card(SPEC).save(path)
    return str(path)


def test_a_dry_run_shows_the_fields_with_how_sure_it_is_and_writes_nothing(run, owner, card):
    before = snapshot(owner)
    result = run("import", card, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "card.png: read from its text" in result.output
    for value in (SPEC.name, SPEC.title, SPEC.company, SPEC.email, SPEC.website):
        assert value in result.output
    assert "Dry run: nothing saved." in result.output
    assert snapshot(owner) == before


def test_without_a_terminal_a_card_read_from_its_text_is_saved_only_with_yes(run, owner, card):
    before = snapshot(owner)
    result = run("import", card)
    assert result.exit_code == 1
    assert "card.png: not saved: a card read from its text is a guess" in result.output
    assert "--yes" in result.output
    assert snapshot(owner) == before


def test_yes_saves_the_card_onto_the_person_met_keeps_the_photo_and_does_the_step(run, owner, card):
    given = SPEC.name.split()[0]
    run("met", given, "--email", SPEC.email, "--at", "Paris", "--why", "x", "--give", "y")
    result = run("import", card, "--yes")
    assert result.exit_code == 0, result.output
    (person,) = Person.objects.filter(owner=owner)  # the same person: no twin
    assert f"Saved {given} (id {person.pk}, updated)" in result.output
    # the import's merge rules: what they had stays, and the difference is reported
    assert f"full_name stays '{given}', card.png says '{SPEC.name}'" in result.output
    assert "done: Save their whole business card" in result.output
    assert (person.title, person.organisation) == (SPEC.title, SPEC.company)
    assert person.contact_points.get(kind="phone").key == SPEC.phone
    assert person.contact_points.get(kind="url").value == SPEC.website
    (photo,) = CardPhoto.objects.filter(owner=owner, person=person)
    assert Image.open(io.BytesIO(bytes(photo.photo))).format == "JPEG"
    step = Step.objects.get(person=person, kind="save-card")
    assert step.state == StepState.DONE
    run("import", card, "--yes")  # the same photo again: kept once
    assert CardPhoto.objects.filter(person=person).count() == 1


def test_a_card_of_someone_new_creates_them_with_the_name_parsed(run, owner, card):
    run("import", card, "--yes")
    (person,) = alive(owner, "")
    assert person.full_name == SPEC.name
    assert person.given_name == SPEC.name.split()[-2] and person.family_name == SPEC.name.split()[-1]
    assert person.contact_points.get(kind="email").value == SPEC.email


def test_at_a_terminal_it_asks_and_the_answer_edit_corrects_a_field(run, owner, card, monkeypatch):
    monkeypatch.setattr("followthrough.cli.card_import.interactive", lambda: True)
    keep = "\n"
    result = run("import", card, input="e\n" + keep + "Chief Cartographer\n" + keep * 6)
    assert result.exit_code == 0, result.output
    (person,) = alive(owner, "")
    assert person.title == "Chief Cartographer" and person.organisation == SPEC.company


def test_at_a_terminal_no_saves_nothing(run, owner, card, monkeypatch):
    monkeypatch.setattr("followthrough.cli.card_import.interactive", lambda: True)
    before = snapshot(owner)
    result = run("import", card, input="n\n")
    assert "Not saved." in result.output
    assert snapshot(owner) == before


def test_json_gives_every_field_with_its_confidence(run, owner, card):
    shape = json.loads(run("import", card, "--yes", "--json").output)
    (only,) = shape
    assert only["read_from"] == "text" and only["saved"] is True
    assert only["fields"]["email"]["value"] == SPEC.email
    assert 0 < only["fields"]["name"]["confidence"] <= 1
    assert only["person"]["created"] is True


@pytest.mark.parametrize(("name", "content", "message"), [
    ("blank.png", "blank", "blank.png: the photo is blank: there is no card in it"),
    ("notes.jpg", "text", "notes.jpg: is not a photo, or a damaged one"),
    ("huge.png", "huge", "huge.png: the photo is 9,000 x 6,000 pixels (54 megapixels); the "
                         "limit is 50 megapixels"),
])
def test_a_bad_photo_is_one_line_and_writes_nothing(run, owner, before, tmp_path, name, content,
                                                    message):
    from tests.formats.test_card_photo_reader import huge_png

    path = tmp_path / name
    if content == "blank":
        Image.new("RGB", (900, 600), "white").save(path)
    elif content == "huge":
        path.write_bytes(huge_png(9_000, 6_000))
    else:
        path.write_text("Rajesh Iyer, rajesh@example.com\n")
    result = run("import", str(path), "--yes")
    assert result.exit_code == 1
    assert result.output == f"Error: {message}" + result.output.split(message, 1)[1]
    assert result.output.count("\n") <= 2
    assert snapshot(owner) == before


def test_card_photos_are_imported_on_their_own(run, owner, before, card, fixtures):
    result = run("import", card, str(fixtures / "apple-3.0.vcf"))
    assert result.exit_code == 1
    assert "import card photos on their own" in result.output
    assert snapshot(owner) == before
