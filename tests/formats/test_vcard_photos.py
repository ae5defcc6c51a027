from __future__ import annotations

import base64

from followthrough.formats.vcard_read import read_vcards

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3


def _card(version: str, photo_line: str) -> bytes:
    return f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:A\r\n{photo_line}\r\nEND:VCARD\r\n".encode()


def _folded(data: str) -> str:
    return "\r\n ".join(data[i:i + 70] for i in range(0, len(data), 70))


def test_it_reads_a_21_base64_photo_with_bare_type_and_blank_line():
    encoded = base64.b64encode(JPEG).decode()
    (record,) = read_vcards(_card("2.1", "PHOTO;ENCODING=BASE64;JPEG:\r\n " + _folded(encoded)
                                  + "\r\n"), "x.vcf")
    assert record.photo == JPEG
    assert record.photo_mime == "image/jpeg"


def test_it_reads_a_30_encoding_b_photo():
    encoded = base64.b64encode(JPEG).decode()
    (record,) = read_vcards(_card("3.0", "PHOTO;ENCODING=b;TYPE=PNG:" + _folded(encoded)), "x")
    assert record.photo == JPEG
    assert record.photo_mime == "image/png"


def test_it_reads_a_40_data_uri_photo():
    encoded = base64.b64encode(JPEG).decode()
    (record,) = read_vcards(_card("4.0", "PHOTO:data:image/jpeg;base64," + encoded), "x")
    assert record.photo == JPEG and record.photo_mime == "image/jpeg"


def test_it_keeps_a_linked_photo_as_an_extra_line():
    (record,) = read_vcards(_card("3.0", "PHOTO;VALUE=uri:https://example.com/a.jpg"), "x")
    assert record.photo is None
    assert record.extra == ["PHOTO;VALUE=uri:https://example.com/a.jpg"]
