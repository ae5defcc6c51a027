"""Merging rules: same key updates, values beside old ones, conflicts listed, `merge A B`."""

from __future__ import annotations

import pytest

from tests.imports.helpers import alive

pytestmark = pytest.mark.django_db

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n"


def card_file(tmp_path, name: str, *bodies: str) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text("".join(CARD.format(body=b) for b in bodies), encoding="utf-8")
    return str(path)


def test_a_local_phone_number_matches_its_international_form(run, owner, tmp_path):
    run("import", card_file(tmp_path, "a.vcf", "FN:Jonas Berg\r\nTEL:+49 30 90182041\r\n"))
    result = run("import", card_file(tmp_path, "b.vcf",
                                     "FN:J. Berg\r\nTEL:030 901820 41\r\nTITLE:CTO\r\n"))
    assert "0 created, 1 updated" in result.output  # prefs.phone_region is DE
    (jonas,) = alive(owner, "Berg")
    assert (jonas.full_name, jonas.title) == ("Jonas Berg", "CTO")
    assert "full_name stays 'Jonas Berg'" in result.output


def test_new_values_are_added_beside_the_old_and_never_replace_the_preferred(
        run, owner, tmp_path):
    run("import", card_file(tmp_path, "a.vcf",
                            "FN:Ann Lee\r\nEMAIL;TYPE=pref:ann@example.com\r\nORG:Acme\r\n"))
    run("import", card_file(tmp_path, "b.vcf", "FN:Ann Lee\r\nEMAIL:ANN@example.com\r\n"
                            "EMAIL;TYPE=pref:ann.lee@example.org\r\nORG:Globex\r\n"))
    (ann,) = alive(owner, "Ann")
    emails = {p.value: p.preferred for p in ann.contact_points.filter(kind="email")}
    assert emails == {"ann@example.com": True, "ann.lee@example.org": False}
    assert ann.organisation == "Acme"


def test_two_cards_of_one_person_in_one_file_become_one_person(run, owner, tmp_path):
    result = run("import", card_file(
        tmp_path, "twice.vcf", "FN:Kim Park\r\nEMAIL:kim@example.com\r\n",
        "FN:Kim Park\r\nEMAIL:kim@example.com\r\nTEL:+1 415 555 0111\r\nNOTE:Likes jazz\r\n"))
    assert "1 created, 1 updated" in result.output
    (kim,) = alive(owner, "Kim")
    assert kim.notes == "Likes jazz"
    assert kim.contact_points.count() == 2


def test_merge_moves_everything_onto_a_and_soft_deletes_b(run, owner, tmp_path):
    from followthrough.models import Person, Step

    run("met", "Hiroshi Tanabe", "--at", "Robotics meetup", "--why", "firmware",
        "--give", "intro to Léa", "--email", "hiroshi@example.com")
    run("met", "Hiro Tanabe", "--new", "--at", "Book club", "--why", "books",
        "--give", "a novel", "--phone", "+1 415 555 0190", "--company", "Kestrel")
    a, b = (Person.objects.get(full_name=n) for n in ("Hiroshi Tanabe", "Hiro Tanabe"))
    run("log", str(b.pk), "--kind", "call", "--note", "caught up")
    b.card_photos.create(owner=owner, photo=b"\xff\xd8\xffcard")
    result = run("merge", str(a.pk), str(b.pk))
    assert f"Merged Hiro Tanabe (id {b.pk}) into Hiroshi Tanabe (id {a.pk})" in result.output
    assert "filled from B: organisation" in result.output
    a.refresh_from_db()
    b.refresh_from_db()
    assert b.deleted_at is not None and a.deleted_at is None
    assert (a.full_name, a.organisation) == ("Hiroshi Tanabe", "Kestrel")
    assert a.meetings.count() == 2 and a.offers.count() == 2 and a.interactions.count() == 1
    assert a.card_photos.count() == 1 and "1 card photos" in result.output
    assert {p.kind for p in a.contact_points.all()} == {"email", "phone"}
    assert Step.objects.filter(person=a, cadence=True, state="open").count() == 1
    assert alive(owner, "Tanabe") == [a]


def test_merge_refuses_the_same_person_and_other_owners_people(run, owner, outsider):
    from followthrough.models import Person

    run("met", "Ann Lee", "--at", "x", "--why", "y", "--give", "z")
    ann = Person.objects.get(full_name="Ann Lee")
    assert "cannot merge someone with themselves" in run("merge", str(ann.pk),
                                                          str(ann.pk)).output
    theirs = Person.objects.create(owner=outsider, full_name="Their Person")
    result = run("merge", str(ann.pk), str(theirs.pk))
    assert result.exit_code == 1 and "no one matches" in result.output
    theirs.refresh_from_db()
    assert theirs.deleted_at is None
