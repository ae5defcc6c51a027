from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followthrough.formats.google_csv import read_google_csv
from followthrough.formats.linkedin_csv import read_linkedin_csv
from followthrough.formats.outlook_csv import read_outlook_csv
from followthrough.formats.records import FormatError
from tests.fuzz_budget import examples

HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_an_unterminated_quote_names_the_line_where_the_row_starts():
    data = HEADER + b"A,B,,,,,21 Oct 2025\n\"C,D,,,,,21 Oct 2025\nE,F,,,,,\n"
    with pytest.raises(FormatError) as caught:
        list(read_linkedin_csv(data, "c.csv"))
    assert caught.value.line == 3
    assert "malformed CSV" in str(caught.value)


def test_a_row_with_far_too_many_fields_is_an_error():
    data = HEADER + b"A,B,,,,,21 Oct 2025,x,y,z\n"
    with pytest.raises(FormatError, match="line 2: row has 10 fields but the header has 7"):
        list(read_linkedin_csv(data, "c.csv"))


def test_a_field_over_one_megabyte_is_an_error_naming_the_column():
    data = HEADER + b'A,B,,,"' + b"x" * 1_000_001 + b'",,21 Oct 2025\n'
    with pytest.raises(FormatError) as caught:
        list(read_linkedin_csv(data, "c.csv"))
    assert caught.value.line == 2


def test_a_200000_character_note_is_read_whole():
    note = "long note, with commas " * 9000
    data = ("First Name,Last Name,E-mail Address,Notes\r\n"
            f'A,B,a@example.com,"{note}"\r\n').encode()
    (record,) = read_outlook_csv(data, "o.csv")
    assert record.notes == note.strip("\n")


def test_formula_prefixes_and_script_tags_in_names_are_kept_as_text():
    data = HEADER + b"=cmd|' /C calc'!A0,<script>x</script>,,,,,\n"
    (record,) = read_linkedin_csv(data, "c.csv")
    assert record.given_name == "=cmd|' /C calc'!A0"
    assert record.family_name == "<script>x</script>"


def test_a_row_with_no_name_is_an_error():
    data = HEADER + b",,,,,,21 Oct 2025\n"
    with pytest.raises(FormatError, match="line 2: row has no name"):
        list(read_linkedin_csv(data, "c.csv"))


@settings(max_examples=examples(200))
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_nothing_but_format_error(data):
    for reader in (read_linkedin_csv, read_google_csv, read_outlook_csv):
        try:
            list(reader(data, "x.csv"))
        except FormatError:
            pass


@settings(max_examples=examples(200))
@given(st.binary(max_size=300))
def test_arbitrary_rows_after_a_header_raise_nothing_but_format_error(data):
    try:
        list(read_linkedin_csv(HEADER + data, "x.csv"))
    except FormatError:
        pass
