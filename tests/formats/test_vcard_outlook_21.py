from __future__ import annotations

from followthrough.formats.vcard_read import read_vcards
from tests.formats.helpers import fixture_bytes


def _adaeze():
    (adaeze,) = read_vcards(fixture_bytes("outlook-2.1.vcf"), "outlook-2.1.vcf")
    return adaeze


def test_it_keeps_the_whole_quoted_printable_note_past_its_commas():
    assert _adaeze().notes == (
        "Met her at the Rotterdam supply-chain summit, 12 March 2025.\n"
        "Prefers a call before 10:00 Pacific. Follow up about the Q3 cold-chain tender"
        " and send the signed NDA."
    )


def test_it_attaches_the_quoted_printable_label_to_the_address():
    (address,) = _adaeze().addresses
    assert address.value == "1200 Example Way\nSan Francisco, CA 94107\nUnited States of America"
    assert address.address.locality == "San Francisco"
    assert address.kind == "work" and address.preferred


def test_it_reads_bare_21_type_parameters():
    adaeze = _adaeze()
    assert [(p.kind, p.value) for p in adaeze.phones] == [
        ("work", "+1 (415) 555-0148"), ("cell", "+1 (415) 555-0149")]
    assert adaeze.emails[0].preferred is True
    assert adaeze.urls[0].kind == "work"


def test_it_reads_a_two_part_name_and_compact_birthday():
    adaeze = _adaeze()
    assert (adaeze.family_name, adaeze.given_name, adaeze.prefix) == (
        "Okonkwo-Barrett", "Adaeze", "")
    assert adaeze.birthday == "1984-09-17"
    assert adaeze.department == "Procurement"


def test_it_keeps_outlook_specific_lines_without_their_charset():
    # The text is decoded on reading: the line is kept as the UTF-8 that every export writes.
    extra = _adaeze().extra
    assert extra[0] == "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2"
    assert extra[1].startswith("X-MS-OL-DESIGN:<card")
    assert extra[1].endswith("</card>")


def test_it_decodes_a_21_value_in_its_declared_charset():
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;J\xfcrgen\r\n"
        "NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe=2C Freunde\r\nEND:VCARD\r\n"
    ).encode("latin-1")
    (record,) = read_vcards(card, "x.vcf")
    assert record.full_name == "Jürgen Müller"
    assert record.notes == "Grüße, Freunde"
