"""A file with an error imports nothing, and the error says where; --dry-run writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.imports.helpers import alive, snapshot

pytestmark = pytest.mark.django_db

GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good {n}\r\nEMAIL:good{n}@example.com\r\nEND:VCARD\r\n"
BROKEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nBDAY;VALUE=date:\r\nthis is no line\r\nEND:VCARD\r\n"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_failing_card_in_the_middle_leaves_the_database_exactly_as_before(
        run, owner, fixtures, tmp_path):
    run("import", str(fixtures / "apple-3.0.vcf"))
    before = snapshot(owner)
    cards = "".join(GOOD.format(n=n) for n in range(1500)) + BROKEN + GOOD.format(n=9999)
    # Marta again, with a new e-mail: would be an update, if the file were good.
    marta = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta\r\nEMAIL:marta@example.org\r\n"
             "EMAIL:new-marta@example.com\r\nEND:VCARD\r\n")
    result = run("import", write(tmp_path, "bad.vcf", marta + cards))
    assert result.exit_code == 1
    assert "bad.vcf, card 1502 (line" in result.output
    assert "nothing was imported" in result.output
    assert snapshot(owner) == before


def test_an_error_in_the_second_file_imports_nothing_from_the_first(
        run, owner, fixtures, tmp_path):
    broken = write(tmp_path, "broken.csv", "First Name,Last Name,URL,Email Address,Company,"
                   "Position,Connected On\nAnn,Lee,,,,,21 Oct 2025\nBo,Ek,,,,,the 32nd\n")
    result = run("import", str(fixtures / "apple-3.0.vcf"), broken)
    assert result.exit_code == 1
    assert "broken.csv, line 3, field Connected On" in result.output
    assert alive(owner, "Marta") == []


def test_dry_run_prints_the_same_summary_and_writes_nothing(run, owner, fixtures):
    files = [str(fixtures / n) for n in ("apple-3.0.vcf", "linkedin-Connections.csv")]
    before = snapshot(owner)
    dry = run("import", *files, "--dry-run")
    assert dry.output.startswith("Dry run, nothing written: 7 created, 1 updated, 0 unchanged")
    assert snapshot(owner) == before
    real = run("import", *files)
    assert real.output.startswith("Imported: 7 created, 1 updated, 0 unchanged")


def test_json_summary_lists_conflicts_and_rejected_values(run, owner, tmp_path):
    import json

    run("import", write(tmp_path, "a.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\n"
                        "ORG:Acme\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n"))
    other = write(tmp_path, "b.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Globex\r\n"
                  "EMAIL:ANN@Example.com\r\nEMAIL:not-an-address\r\nEND:VCARD\r\n")
    report = json.loads(run("import", other, "--json").output)
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 1)
    assert report["conflicts"] == [{"person": "Ann Lee", "source": "b.vcf, card 1 (line 1)",
                                    "field": "organisation", "kept": "Acme",
                                    "offered": "Globex"}]
    assert report["rejected"] == [
        "b.vcf, card 1 (line 1): e-mail 'not-an-address' is not an e-mail address"]
    (ann,) = alive(owner, "Ann")
    assert ann.organisation == "Acme"
