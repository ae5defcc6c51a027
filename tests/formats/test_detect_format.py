from __future__ import annotations

import pytest

from followthrough.formats.detect import detect_format, read_contacts
from followthrough.formats.records import FormatError
from tests.formats.helpers import fixture_bytes


@pytest.mark.parametrize(("name", "expected"), [
    ("apple-3.0.vcf", "vcard"), ("google-3.0.vcf", "vcard"), ("outlook-2.1.vcf", "vcard"),
    ("rfc6350-4.0.vcf", "vcard"), ("linkedin-Connections.csv", "linkedin"),
    ("google-contacts.csv", "google"), ("outlook-contacts.csv", "outlook"),
])
def test_it_recognises_every_sample_by_content(name, expected):
    assert detect_format(name, fixture_bytes(name)[:65536]) == expected


def test_it_goes_by_content_not_by_extension():
    assert detect_format("contacts.txt", fixture_bytes("apple-3.0.vcf")) == "vcard"
    assert detect_format("export.vcf", fixture_bytes("google-contacts.csv")) == "google"
    assert detect_format("backup.dat", b'  {"people": []}') == "json"


def test_a_head_cut_inside_a_character_still_decodes():
    head = fixture_bytes("google-contacts.csv")
    assert detect_format("x.csv", head + "ß".encode()[:1]) == "google"


def test_unknown_content_is_a_format_error():
    with pytest.raises(FormatError, match="not a vCard"):
        detect_format("photo.jpg", b"\xff\xd8\xff\xe0garbage")


def test_read_contacts_dispatches_to_the_detected_reader():
    data = fixture_bytes("linkedin-Connections.csv")
    kind = detect_format("Connections.csv", data)
    assert len(list(read_contacts(data, "Connections.csv", kind))) == 6
    with pytest.raises(FormatError):
        read_contacts(data, "x.json", "json")
