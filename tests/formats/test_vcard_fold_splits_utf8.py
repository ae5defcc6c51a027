from __future__ import annotations

from followthrough.formats.vcard_read import read_vcards


def test_it_unfolds_a_fold_that_splits_a_multi_byte_character():
    name = "Søren Ørsted".encode()
    cut = name.index("ø".encode()) + 1  # between the two bytes of "ø"
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name[:cut] + b"\r\n " + name[cut:]
            + b"\r\nEND:VCARD\r\n")
    (record,) = read_vcards(card, "x.vcf")
    assert record.full_name == "Søren Ørsted"


def test_it_unfolds_tab_continuations_and_lf_only_files():
    card = b"BEGIN:VCARD\nVERSION:3.0\nFN:Ada\n\tLovelace\nEND:VCARD\n"
    (record,) = read_vcards(card, "x.vcf")
    assert record.full_name == "AdaLovelace"


def test_it_joins_quoted_printable_soft_breaks_in_column_zero():
    card = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\n"
            b"NOTE;ENCODING=QUOTED-PRINTABLE:one, two=\r\n, three=0D=0Afour\r\nEND:VCARD\r\n")
    (record,) = read_vcards(card, "x.vcf")
    assert record.notes == "one, two, three\nfour"
