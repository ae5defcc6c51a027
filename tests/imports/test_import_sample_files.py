"""Every sample file, imported end to end through the command, and the people it makes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from followthrough.domain.kinds import Status
from followthrough.domain.status import classify
from tests.imports.helpers import alive

pytestmark = pytest.mark.django_db

ALL = ("apple-3.0.vcf", "google-3.0.vcf", "outlook-2.1.vcf", "rfc6350-4.0.vcf",
       "linkedin-Connections.csv", "google-contacts.csv", "outlook-contacts.csv")


def test_apple_cards_keep_labels_nickname_related_names_and_birthday_without_year(
        run, owner, fixtures):
    result = run("import", str(fixtures / "apple-3.0.vcf"))
    assert "2 created, 0 updated" in result.output
    (marta,) = alive(owner, "Marta")
    assert (marta.full_name, marta.nickname, marta.department) == (
        "Marta Elin Lindqvist", "Mia", "Partnerships")
    assert marta.birthday == "1988-03-14"
    studio = marta.contact_points.get(value="marta.lindqvist@example.com")
    assert (studio.label, studio.preferred, studio.key) == ("Studio", True,
                                                           "marta.lindqvist@example.com")
    assert marta.contact_points.get(kind="phone", preferred=True).key == "+14155550134"
    assert marta.contact_points.get(kind="linkedin").value == (
        "https://www.linkedin.com/in/mlindqvist-5c2e9")
    address = marta.contact_points.get(kind="address")
    assert address.address[2:6] == ["1400 Example Ave", "San Francisco", "CA", "94107"]
    (tomas,) = alive(owner, "Tomás")
    assert tomas.birthday == "--11-22"
    assert tomas.contact_points.get(kind="related").label == "spouse"


def test_outlook_21_card_keeps_commas_and_line_breaks_in_its_note(run, owner, fixtures):
    run("import", str(fixtures / "outlook-2.1.vcf"))
    (adaeze,) = alive(owner, "Adaeze")
    assert "summit, 12 March 2025.\nPrefers a call" in adaeze.notes
    assert adaeze.birthday == "1984-09-17"
    assert {p.key for p in adaeze.contact_points.filter(kind="phone")} == {
        "+14155550148", "+14155550149"}


def test_vcard_40_keeps_uid_extension_anniversary_and_unknown_lines(run, owner, fixtures):
    run("import", str(fixtures / "rfc6350-4.0.vcf"))
    (soren,) = alive(owner, "Søren")
    assert soren.uid == "urn:uuid:5b0f8c6e-3d2a-4f71-9c1e-8a4d2e6b7f90"
    assert soren.anniversary == "2015-06-20"
    assert soren.contact_points.get(key="+493090182035").extension == "12"
    assert soren.tag_list == ["design", "print", "climbing"]
    assert any(line.startswith("TZ:") for line in soren.card_extra["lines"])


def test_linkedin_connected_on_is_a_connection_not_a_meeting(run, owner, fixtures):
    result = run("import", str(fixtures / "linkedin-Connections.csv"))
    assert "6 created" in result.output
    (diego,) = alive(owner, "Diego")
    assert diego.connected_on == dt.date(2025, 5, 2)
    assert diego.organisation == "Alarcón, Reyes & Partners"
    assert diego.meetings.count() == 0 and diego.first_met_at is None
    assert classify(diego.facts, timezone.now()) == Status.NEW


def test_outlook_csv_in_windows_1252_reads_accents(run, owner, fixtures):
    run("import", str(fixtures / "outlook-contacts.csv"))
    (renee,) = alive(owner, "Renée")
    assert renee.organisation == "Café Orbital"
    assert renee.contact_points.filter(kind="email").count() == 2


def test_people_in_several_files_end_as_one_person_each(run, owner, fixtures):
    result = run("import", *(str(fixtures / name) for name in ALL))
    assert result.exit_code == 0, result.output
    for name in ("Marta", "Tomás Ferreira-Quintal", "Priya Venkataraman", "Adaeze",
                 "Søren"):
        assert len(alive(owner, name)) == 1, name
    (marta,) = alive(owner, "Marta")
    assert marta.connected_on == dt.date(2025, 10, 21)  # from LinkedIn, added beside the card
    assert marta.full_name == "Marta Elin Lindqvist"  # the card's name is not overwritten
    assert "full_name stays 'Marta Elin Lindqvist'" in result.output
    (priya,) = alive(owner, "Priya")
    assert {p.value for p in priya.contact_points.filter(kind="email")} == {
        "priya.venkataraman@example.com", "priya.v@example.org"}
    assert priya.contact_points.filter(kind="linkedin").count() == 1
    assert priya.notes.count("Runs the Oakland book club") == 1  # same note, not doubled


def test_namesakes_without_a_shared_key_are_suggested_then_merged(run, owner, fixtures):
    result = run("import", *(str(fixtures / name) for name in ALL))
    assert "2 suggested merges" in result.output
    hiroshi = alive(owner, "Hiroshi")
    assert len(hiroshi) == 2
    a, b = sorted(p.pk for p in hiroshi)
    assert f"followthrough merge {a} {b}" in result.output
    merged = run("merge", str(a), str(b))
    assert merged.exit_code == 0, merged.output
    (one,) = alive(owner, "Hiroshi")
    assert one.connected_on == dt.date(2025, 9, 8)
    assert one.contact_points.filter(kind="email").count() == 2
    assert one.contact_points.filter(kind="linkedin").count() == 1


def test_importing_the_same_files_again_changes_nothing(run, owner, fixtures):
    files = [str(fixtures / name) for name in ALL]
    run("import", *files)
    again = run("import", *files)
    assert "0 created, 0 updated, 16 unchanged" in again.output
