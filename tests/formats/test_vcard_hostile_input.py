from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followthrough.formats.records import FormatError
from followthrough.formats.vcard_read import read_vcards
from tests.fuzz_budget import examples

GOOD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good Person\r\nEND:VCARD\r\n"


def test_a_truncated_card_names_its_card_number_and_line():
    data = GOOD + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n"
    records = read_vcards(data, "contacts.vcf")
    assert next(records).full_name == "Good Person"
    with pytest.raises(FormatError) as caught:
        next(records)
    assert str(caught.value) == (
        "contacts.vcf, card 2 (line 5): truncated card: no END:VCARD before the file ends")


def test_a_card_begun_inside_another_is_truncated():
    data = b"BEGIN:VCARD\r\nFN:A\r\n" + GOOD
    with pytest.raises(FormatError, match="card 1 .*line 3 begins another card"):
        list(read_vcards(data, "x.vcf"))


def test_binary_garbage_is_a_format_error():
    with pytest.raises(FormatError, match="expected BEGIN:VCARD"):
        list(read_vcards(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.vcf"))


def test_a_card_with_no_name_at_all_is_a_format_error_with_its_number():
    data = GOOD + b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 415 555 0100\r\nEND:VCARD\r\n"
    with pytest.raises(FormatError) as caught:
        list(read_vcards(data, "contacts.vcf"))
    assert (caught.value.card, caught.value.line) == (2, 5)
    assert "no name" in str(caught.value)


def test_a_card_without_fn_takes_its_name_from_n_then_org_then_email():
    data = (b"BEGIN:VCARD\r\nN:Doe;Jane;;Dr.;\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nORG:Acme\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nEMAIL:x@example.com\r\nEND:VCARD\r\n")
    assert [r.full_name for r in read_vcards(data, "x")] == ["Dr. Jane Doe", "Acme",
                                                             "x@example.com"]


def test_an_unparseable_line_names_card_line_and_field():
    data = b"BEGIN:VCARD\r\nFN:A\r\nEMAIL;TYPE=\"unclosed:a@example.com\r\nEND:VCARD\r\n"
    with pytest.raises(FormatError) as caught:
        list(read_vcards(data, "c.vcf"))
    assert str(caught.value).startswith("c.vcf, card 1 (line 3), field EMAIL")


def test_bad_base64_photo_is_a_format_error_on_the_photo_field():
    data = b"BEGIN:VCARD\r\nFN:A\r\nPHOTO;ENCODING=b:@@@@\r\nEND:VCARD\r\n"
    with pytest.raises(FormatError) as caught:
        list(read_vcards(data, "c.vcf"))
    assert caught.value.field == "PHOTO"


def test_a_200000_character_note_stays_intact():
    note = ("Ünïcode, commas; and\nnewlines " * 8000)[:200_000]
    escaped = note.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    escaped = escaped.replace("\n", "\\n")
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:{escaped}\r\nEND:VCARD\r\n".encode()
    (record,) = read_vcards(data, "x")
    assert record.notes == note


def test_script_tags_and_formula_prefixes_are_kept_as_text():
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:<script>alert(1)</script>\r\n"
            b"ORG:=HYPERLINK(\"http://x\")\r\nEND:VCARD\r\n")
    (record,) = read_vcards(data, "x")
    assert record.full_name == "<script>alert(1)</script>"
    assert record.organisation == '=HYPERLINK("http://x")'


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_nothing_but_format_error(data):
    try:
        list(read_vcards(data, "x"))
    except FormatError:
        pass


@settings(max_examples=examples(300))
@given(st.binary(max_size=200))
def test_arbitrary_bytes_inside_a_card_raise_nothing_but_format_error(data):
    try:
        list(read_vcards(b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\n" + data + b"\r\nEND:VCARD", "x"))
    except FormatError:
        pass
