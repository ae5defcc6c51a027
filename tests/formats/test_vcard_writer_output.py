from __future__ import annotations

import pytest

from followthrough.formats.records import ContactPoint, ContactRecord
from followthrough.formats.vcard_write import fold, stable_uid, write_vcard


def test_it_folds_at_75_octets_never_inside_a_character():
    record = ContactRecord(full_name="Ø" * 200, notes="ß" * 1000 + "x" * 77)
    text = write_vcard(record, "4.0")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")  # every physical line is whole UTF-8
    assert text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")


def test_fold_leaves_short_lines_alone():
    assert fold("FN:Ada") == "FN:Ada"


def test_it_always_writes_a_stable_uid():
    record = ContactRecord(full_name="Ada", emails=[ContactPoint(value="ada@example.com")])
    assert stable_uid(record) == stable_uid(ContactRecord(full_name="Ada", emails=[
        ContactPoint(value="ADA@example.com")]))
    assert f"UID:{stable_uid(record)}\r\n" in write_vcard(record)
    record.uid = "given-uid"
    assert "UID:given-uid\r\n" in write_vcard(record)


def test_it_writes_apple_omit_year_in_30_and_basic_dates_in_40():
    record = ContactRecord(full_name="A", birthday="--11-22", anniversary="2015-06-20")
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-11-22\r\n" in write_vcard(record, "3.0")
    four = write_vcard(record, "4.0")
    assert "BDAY:--1122\r\n" in four and "ANNIVERSARY:20150620\r\n" in four


def test_it_writes_tel_uris_with_extensions_in_40():
    record = ContactRecord(full_name="A", phones=[ContactPoint("work", "+493090182035",
                                                               extension="12")])
    assert "TEL;TYPE=work;VALUE=uri:tel:+493090182035;ext=12\r\n" in write_vcard(record, "4.0")
    assert "TEL;TYPE=work:+493090182035 ext. 12\r\n" in write_vcard(record, "3.0")


def test_it_refuses_versions_it_cannot_write():
    with pytest.raises(ValueError, match="2.1"):
        write_vcard(ContactRecord(full_name="A"), "2.1")
