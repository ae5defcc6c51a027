"""CSV export in Outlook's and Google's import headers, safe against formula injection."""

from __future__ import annotations

import csv
import io

import pytest

pytestmark = pytest.mark.django_db

HOSTILE = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:=HYPERLINK(\"http://evil.example\"\\,\"x\")\r\n"
           "N:<script>alert(1)</script>;@SUM(A1);;;\r\nORG:+cmd|' /C calc'!A0\r\n"
           "TEL:+1 415 555 0134\r\nEMAIL:evil@example.com\r\nEND:VCARD\r\n")


def rows(payload: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8-sig"))))


def test_formula_prefixes_in_names_are_neutralised_and_phones_are_not(run, owner, tmp_path):
    path = tmp_path / "hostile.vcf"
    path.write_text(HOSTILE, encoding="utf-8")
    assert "1 created" in run("import", str(path)).output
    for dialect, first, company in (
        ("outlook", "First Name", "Company"), ("google", "First Name", "Organization Name"),
    ):
        (row,) = rows(run("export", "--format", "csv", "--csv-dialect", dialect).stdout_bytes)
        assert row[first] == "'@SUM(A1)"
        assert row["Last Name"] == "<script>alert(1)</script>"
        assert row[company] == "'+cmd|' /C calc'!A0"
        assert "+1 415 555 0134" in row.values()  # a phone number is no formula


def test_people_list_shows_a_script_tag_as_text(run, owner, tmp_path):
    path = tmp_path / "hostile.vcf"
    path.write_text(HOSTILE, encoding="utf-8")
    run("import", str(path))
    assert '=HYPERLINK("http://evil.example","x")' in run("people").output


def test_google_csv_imports_back_as_the_same_people(run, owner, fixtures, tmp_path):
    run("import", str(fixtures / "google-contacts.csv"))
    out = tmp_path / "google.csv"
    run("export", "--format", "csv", "--csv-dialect", "google", "--out", str(out))
    assert "0 created, 0 updated, 3 unchanged" in run("import", str(out)).output


@pytest.mark.parametrize("dialect", ["outlook", "google"])
def test_our_own_csv_imports_again_as_it_was_written(run, owner, tmp_path, dialect):
    """The guard's apostrophe comes off again (`=1+1 spaced` stays that), and a note that
    holds `BEGIN:VCARD` leaves the file a CSV: the format is told by its structure."""
    from followthrough.models import Person

    run("met", "=1+1 spaced", "--company", "@Acme", "--why", "BEGIN:VCARD is in my notes")
    Person.objects.filter(owner=owner).update(notes="BEGIN:VCARD\nFN:not a card")
    out = tmp_path / f"{dialect}.csv"
    out.write_bytes(run("export", "--format", "csv", "--csv-dialect", dialect).stdout_bytes)
    assert "'=1+1" in out.read_text(encoding="utf-8-sig")  # the guard is in the file
    Person.objects.filter(owner=owner).delete()
    result = run("import", str(out))
    assert "1 created" in result.output, result.output
    person = Person.objects.get(owner=owner)
    assert (person.full_name, person.organisation) == ("=1+1 spaced", "@Acme")
    assert person.notes == "BEGIN:VCARD\nFN:not a card"
