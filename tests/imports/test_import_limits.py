"""Limits: too many contacts or a too-long field is an error naming file, place and field."""

from __future__ import annotations

import pytest

from tests.imports.helpers import snapshot
from tests.imports.test_import_hostile_input import CARD, write

pytestmark = pytest.mark.django_db

LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def cards(count: int) -> str:
    return "".join(CARD.format(body=f"FN:Person {i}\r\n") for i in range(count))


def test_more_cards_than_the_limit_names_the_first_card_over_it(run, owner, tmp_path, before,
                                                               monkeypatch):
    monkeypatch.setenv("FOLLOWTHROUGH_IMPORT_MAX_RECORDS", "3")
    result = run("import", write(tmp_path, "many.vcf", cards(4)))
    assert result.exit_code == 1
    assert ("many.vcf, card 4 (line 13): is contact number 4: one import takes at most 3"
            in result.output)
    assert "(nothing was imported)" in result.output
    assert snapshot(owner) == before
    assert "3 created" in run("import", write(tmp_path, "three.vcf", cards(3))).output


def test_the_limit_counts_csv_rows_and_can_be_set_in_config_toml(run, owner, tmp_path, before):
    from followthrough.preferences import config_path

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text("[import]\nmax_records = 2\n", encoding="utf-8")
    rows = "".join(f"Ann{i},Lee,,,Acme,CEO,21 Oct 2025\n" for i in range(3))
    result = run("import", write(tmp_path, "Connections.csv", LINKEDIN_HEADER + rows),
                 "--format", "linkedin")
    assert result.exit_code == 1
    assert "Connections.csv, line 4: is contact number 3: one import takes at most 2" in (
        result.output)
    assert snapshot(owner) == before


def test_the_default_limit_is_generous(prefs):  # type: ignore[no-untyped-def]
    from followthrough.preferences import import_max_records

    assert import_max_records() == 100_000


def test_a_csv_field_longer_than_its_column_names_line_and_field(run, owner, tmp_path, before):
    rows = ("Ann,Lee,,,Acme,CEO,21 Oct 2025\n"
            f"Bob,Ray,,,{'C' * 201},CEO,21 Oct 2025\n")
    result = run("import", write(tmp_path, "Connections.csv", LINKEDIN_HEADER + rows),
                 "--format", "linkedin")
    assert result.exit_code == 1
    assert ("Connections.csv, line 3, field organisation: is 201 characters long; the limit is 200"
            in result.output)
    assert snapshot(owner) == before


def test_a_csv_field_over_a_megabyte_names_line_and_column(run, owner, tmp_path, before):
    rows = f"Ann,Lee,,,Acme,\"{'x' * 1_000_001}\",21 Oct 2025\n"
    result = run("import", write(tmp_path, "Connections.csv", LINKEDIN_HEADER + rows),
                 "--format", "linkedin")
    assert result.exit_code == 1
    assert "Connections.csv, line 2, field Position: field is larger than 1 MB" in result.output
    assert snapshot(owner) == before
