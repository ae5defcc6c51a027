"""Hostile and broken files: a clear error naming the place, and nothing half-written."""

from __future__ import annotations

import pytest

from tests.imports.helpers import alive, snapshot

pytestmark = pytest.mark.django_db

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n"


def write(tmp_path, name: str, content: bytes | str) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def test_a_truncated_card_imports_nothing(run, owner, tmp_path, before):
    text = CARD.format(body="FN:Whole Card\r\n") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n"
    result = run("import", write(tmp_path, "cut.vcf", text))
    assert result.exit_code == 1
    assert "cut.vcf, card 2" in result.output and "nothing was imported" in result.output
    assert snapshot(owner) == before


def test_binary_garbage_is_not_a_contacts_file(run, owner, tmp_path, before):
    garbage = bytes(range(256)) * 64
    result = run("import", write(tmp_path, "garbage.vcf", garbage))
    assert result.exit_code == 1
    assert "garbage.vcf" in result.output
    assert snapshot(owner) == before
    forced = run("import", write(tmp_path, "garbage2.vcf", garbage), "--format", "vcard")
    assert forced.exit_code == 1 and "garbage2.vcf" in forced.output
    assert snapshot(owner) == before


def test_a_card_with_no_name_says_which_card(run, owner, tmp_path, before):
    text = CARD.format(body="FN:Fine\r\n") + CARD.format(body="TEL:+1 415 555 0101\r\n")
    result = run("import", write(tmp_path, "noname.vcf", text))
    assert result.exit_code == 1
    assert "noname.vcf, card 2" in result.output and "no name" in result.output
    assert snapshot(owner) == before


def test_an_empty_file_says_so(run, owner, tmp_path):
    result = run("import", write(tmp_path, "empty.vcf", b""))
    assert result.exit_code == 1 and "empty.vcf: the file is empty" in result.output


def test_a_200000_character_note_is_kept_whole(run, owner, tmp_path):
    note = ("word " * 40_000)[:200_000]
    text = CARD.format(body=f"FN:Long Note\r\nNOTE:{note}\r\n")
    assert "1 created" in run("import", write(tmp_path, "long.vcf", text)).output
    (person,) = alive(owner, "Long Note")
    assert person.notes == note


def test_a_name_longer_than_the_column_is_an_error_naming_the_field(
        run, owner, tmp_path, before):
    text = CARD.format(body=f"FN:{'N' * 201}\r\n")
    result = run("import", write(tmp_path, "long-name.vcf", text))
    assert result.exit_code == 1
    assert "long-name.vcf, card 1 (line 1), field full_name: is 201 characters long" in (
        result.output)
    assert snapshot(owner) == before


def test_script_tags_and_formulas_are_stored_as_text_and_shown_as_text(run, owner, tmp_path):
    text = CARD.format(body="FN:<script>alert(1)</script>\r\nORG:=1+2\r\nNOTE:[bold]x[/]\r\n")
    run("import", write(tmp_path, "x.vcf", text))
    (person,) = alive(owner, "<script>")
    assert (person.organisation, person.notes) == ("=1+2", "[bold]x[/]")
    assert "<script>alert(1)</script>" in run("show", str(person.pk)).output


def test_a_linkedin_file_whose_header_is_missing_names_what_it_expected(
        run, owner, tmp_path, before):
    rows = "Marta,Lindqvist,https://www.linkedin.com/in/x,,Acme,CEO,21 Oct 2025\n"
    result = run("import", write(tmp_path, "Connections.csv", rows), "--format", "linkedin")
    assert result.exit_code == 1
    assert "Connections.csv, line 1: no header row found: expected LinkedIn's header" in (
        result.output)
    assert snapshot(owner) == before
    auto = run("import", write(tmp_path, "Connections2.csv", rows))
    assert auto.exit_code == 1 and "Connections2.csv" in auto.output


@pytest.mark.parametrize(("name", "content", "message"), [
    ("break.vcf", CARD.format(body="FN:Jane\\nBcc: all@example.com\r\n"),
     "break.vcf, card 1 (line 1), field full_name: must be one line"),
    ("escape.vcf", CARD.format(body="FN:Jane\x1b[2J\r\n"),
     "escape.vcf, card 1 (line 1), field full_name: contains a control character (U+001B)"),
    ("break.csv", 'First Name,Last Name,E-mail Address\r\n"Jane\r\nBcc: x",Doe,j@example.com\r\n',
     "break.csv, line 2, field full_name: must be one line"),
])
def test_a_line_break_or_control_character_in_a_name_is_refused(run, owner, tmp_path, before,
                                                                  name, content, message):
    result = run("import", write(tmp_path, name, content))
    assert result.exit_code == 1 and message in result.output, result.output
    assert snapshot(owner) == before


def test_a_note_keeps_its_line_breaks(run, owner, tmp_path):
    run("import", write(tmp_path, "note.vcf", CARD.format(body="FN:Noted\r\nNOTE:one\\ntwo\r\n")))
    (person,) = alive(owner, "Noted")
    assert person.notes == "one\ntwo"


def test_a_device_is_refused_before_it_is_read(run, owner, before):
    result = run("import", "/dev/zero")
    assert result.exit_code == 1
    assert ("/dev/zero: is a device, not a file: save what it holds to a file and import that "
            "(nothing was imported)") in result.output
    assert snapshot(owner) == before


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_a_pipe_is_refused_before_it_is_opened(tmp_path):
    """Opening a FIFO waits for a writer: the check comes first (a process, so a hang fails)."""
    import os
    import subprocess
    import sys

    from tests.core.test_fresh_start import embedded_env

    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "followthrough", "import", str(fifo)],
                            env=embedded_env(tmp_path), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    assert f"{fifo}: is a pipe, not a file" in result.stderr
