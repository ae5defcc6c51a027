"""vCard export: every field, the photo, a stable UID; importing it again updates, never twins."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.imports.helpers import alive

pytestmark = pytest.mark.django_db

SAMPLES = ("apple-3.0.vcf", "google-3.0.vcf", "outlook-2.1.vcf", "rfc6350-4.0.vcf",
           "linkedin-Connections.csv", "google-contacts.csv", "outlook-contacts.csv")
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_exported_cards_import_again_as_the_same_people_with_nothing_new(
        run, owner, fixtures, tmp_path):
    run("import", *(str(fixtures / n) for n in SAMPLES))
    out = tmp_path / "all.vcf"
    assert run("export", "--out", str(out)).exit_code == 0
    again = run("import", str(out))
    assert "0 created, 0 updated, 12 unchanged" in again.output


def test_a_card_keeps_every_field_through_export_and_import(run, owner, fixtures, tmp_path):
    from followthrough.formats.vcard_read import read_vcards
    from followthrough.models import Person

    run("import", str(fixtures / "apple-3.0.vcf"), str(fixtures / "linkedin-Connections.csv"))
    (marta,) = alive(owner, "Marta")
    Person.objects.filter(pk=marta.pk).update(photo=PHOTO, photo_mime="image/png")
    for version in ("3.0", "4.0"):
        text = run("export", "--person", "Marta", "--vcard-version", version).stdout_bytes
        (card,) = read_vcards(io.BytesIO(text), "marta.vcf")
        assert card.uid == marta.uid
        assert (card.full_name, card.nickname, card.department) == (
            "Marta Elin Lindqvist", "Mia", "Partnerships")
        assert card.photo == PHOTO and card.photo_mime == "image/png"
        assert card.connected_on.isoformat() == "2025-10-21"
        assert {e.value for e in card.emails} == {"marta.lindqvist@example.com",
                                                  "marta@example.org"}
        assert card.emails[0].label == "Studio" and card.emails[0].preferred
        assert card.linkedin_url == "https://www.linkedin.com/in/mlindqvist-5c2e9"
        assert card.addresses[0].address.street == "1400 Example Ave"
        assert "Arctic atlas print run" in card.notes
        assert card.birthday == "1988-03-14"


def test_outlook_folder_holds_one_card_per_file(run, owner, fixtures, tmp_path):
    from followthrough.formats.vcard_read import read_vcards

    run("import", *(str(fixtures / n) for n in SAMPLES))
    archive = tmp_path / "cards.zip"
    result = run("export", "--out", str(tmp_path / "all.vcf"), "--outlook-folder", str(archive))
    assert "Wrote 12 cards, one per file" in result.output
    with zipfile.ZipFile(archive) as cards:
        names = sorted(cards.namelist())
        assert "Søren Kierkegaard-Ørsted.vcf" in names
        assert len(names) == 12
        for name in names:
            assert len(list(read_vcards(cards.read(name), name))) == 1
    folder = tmp_path / "cards"
    run("export", "--person", "Priya", "--outlook-folder", str(folder), "--out",
        str(tmp_path / "p.vcf"))
    assert [p.name for p in folder.iterdir()] == ["Priya Venkataraman.vcf"]


def test_two_people_of_one_name_get_two_files(run, owner, tmp_path):
    run("met", "Sam Lee", "--at", "a", "--why", "b", "--give", "c")
    run("met", "Sam Lee", "--new", "--at", "a", "--why", "b", "--give", "c")
    run("export", "--out", str(tmp_path / "x.vcf"), "--outlook-folder", str(tmp_path / "f"))
    names = sorted(p.name for p in (tmp_path / "f").iterdir())
    assert names[0].startswith("Sam Lee (id ") and names[1] == "Sam Lee.vcf"


def test_another_owner_sees_none_of_my_people(run, owner, outsider, fixtures):
    from followthrough.selectors.exports import records_for

    run("import", str(fixtures / "apple-3.0.vcf"))
    assert list(records_for(outsider)) == []
