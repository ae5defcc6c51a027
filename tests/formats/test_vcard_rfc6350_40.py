from __future__ import annotations

from followthrough.formats.vcard_read import read_vcards
from tests.formats.helpers import fixture_bytes


def _soren():
    (soren,) = read_vcards(fixture_bytes("rfc6350-4.0.vcf"), "rfc6350-4.0.vcf")
    return soren


def test_it_decodes_the_non_ascii_name():
    soren = _soren()
    assert soren.full_name == "Søren Kierkegaard-Ørsted"
    assert soren.family_name == "Kierkegaard-Ørsted"


def test_it_reads_tel_uris_with_extension():
    phones = _soren().phones
    assert (phones[0].value, phones[0].kind, phones[0].preferred) == ("+493090182034", "cell", True)
    assert (phones[1].value, phones[1].extension, phones[1].kind) == ("+493090182035", "12", "work")


def test_it_reads_partial_birthday_and_anniversary():
    soren = _soren()
    assert soren.birthday == "--04-12"
    assert soren.anniversary == "2015-06-20"


def test_it_reads_the_rfc6868_label_parameter_folded_inside_geo():
    (address,) = _soren().addresses
    assert address.value == "Musterstraße 18\n10115 Berlin\nGermany"
    assert address.address.postal_code == "10115"


def test_it_reads_uid_impp_categories_and_keeps_kind_gender_lang_tz():
    soren = _soren()
    assert soren.uid == "urn:uuid:5b0f8c6e-3d2a-4f71-9c1e-8a4d2e6b7f90"
    assert soren.impp[0].value == "xmpp:soren@example.org"
    assert soren.categories == ["design", "print", "climbing"]
    assert soren.extra == ["KIND:individual", "GENDER:M", "LANG;PREF=1:da", "LANG;PREF=2:en",
                           "TZ:Europe/Berlin"]
    assert soren.notes.endswith("Kraków print fair, Nov 2024.\nOwes me the risograph contact.")


def test_it_decodes_rfc6868_caret_escapes_in_parameters():
    card = (
        'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\n'
        'ADR;LABEL="1 ^^Main^' + "'" + ' St^nTown":;;1 Main St;Town;;;\r\nEND:VCARD\r\n'
    ).encode()
    (record,) = read_vcards(card, "x.vcf")
    assert record.addresses[0].value == '1 ^Main" St\nTown'
