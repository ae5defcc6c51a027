"""A photo of a business card in, its fields out: rendered cards read by the real OCR, and
every kind of bad photo refused in one line before anything is decoded or written.

A handful of cards only (each takes a second or two to read): `make bench` measures the
accuracy on the full held-out set (bench/card_rows.py).
"""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from bench.card_set import card_specs, photograph, render_card, truth
from followthrough.formats.card_photo import QR, TEXT, card_record, read_card_photo
from followthrough.formats.phones import normalise_phone
from followthrough.formats.records import FormatError

CARDS = card_specs("test", 5)  # left, centred, two columns, dark, logo; DejaVu and Liberation


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def read(data: bytes, name: str = "card.png"):  # type: ignore[no-untyped-def]
    return read_card_photo(data, name, "US")


def assert_fields_right(reading, spec) -> None:  # type: ignore[no-untyped-def]
    for field, expected in truth(spec).items():
        value = reading.value(field)
        if field == "phone":
            value = normalise_phone(value)
        assert value == expected, (spec.layout, field, reading.lines)


@pytest.mark.parametrize("spec", CARDS[:4], ids=lambda s: s.layout)
def test_a_clean_scan_gives_every_field(spec):
    reading = read(png(render_card(spec)))
    assert reading.via == TEXT
    assert_fields_right(reading, spec)
    assert all(0 < f.confidence <= 1 for f in reading.fields.values())


def test_a_phone_photo_on_a_table_turned_and_blurred_gives_every_field():
    spec = CARDS[4]
    reading = read(photograph(render_card(spec), seed=3), "IMG_2040.jpg")
    assert_fields_right(reading, spec)
    kept = Image.open(io.BytesIO(reading.photo))
    assert kept.format == "JPEG" and max(kept.size) <= 1600


def test_the_record_to_save_takes_the_users_corrections():
    spec = CARDS[0]
    reading = read(png(render_card(spec)))
    record = card_record(reading, {"title": "Chief Cartographer", "website": ""})
    assert record.full_name == spec.name and record.title == "Chief Cartographer"
    assert record.urls == [] and record.emails[0].value == spec.email


def test_a_qr_code_on_the_card_is_read_first():
    import segno

    code = io.BytesIO()
    segno.make("MECARD:N:Okafor,Chidi;EMAIL:chidi@example.org;ORG:Ko-op;;", error="m").save(
        code, kind="png", scale=6, border=4)
    card = render_card(CARDS[1])
    card.paste(Image.open(io.BytesIO(code.getvalue())).convert("RGB"), (800, 330))
    reading = read(png(card))
    assert reading.via == QR
    assert (reading.value("name"), reading.value("company")) == ("Chidi Okafor", "Ko-op")
    assert reading.fields["email"].confidence == 1.0


# -- bad photos: one line each ------------------------------------------------------------------

def huge_png(width: int, height: int) -> bytes:
    """A valid PNG header claiming `width` x `height`, with one row of data: decoding it would
    take width x height x 3 bytes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * (width * 3 + 1))) + chunk(b"IEND", b""))


def refused(data: bytes, name: str = "card.jpg") -> str:
    with pytest.raises(FormatError) as error:
        read(data, name)
    message = str(error.value)
    assert "\n" not in message
    return message


def test_a_huge_image_is_refused_from_its_header_before_decoding(monkeypatch):
    def no_decoding(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(Image.Image, "load", no_decoding)
    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", no_decoding)
    assert refused(huge_png(8_000, 7_000), "card.png") == (
        "card.png: the photo is 8,000 x 7,000 pixels (56 megapixels); the limit is 50 "
        "megapixels: scale it down and try again")
    # Past twice Pillow's own limit, Image.open itself refuses it, before our check can count
    assert refused(huge_png(40_000, 40_000), "card.png") == (
        "card.png: the photo is larger than 50 megapixels: scale it down and try again")


def test_a_blank_image_holds_no_card():
    assert refused(png(Image.new("RGB", (1200, 800), (250, 250, 250)))) == \
        "card.jpg: the photo is blank: there is no card in it"


def test_a_photo_of_a_table_without_a_card_says_so():
    import random

    rng = random.Random(4)
    table = Image.new("RGB", (1200, 900), (132, 94, 62))
    for _ in range(60):  # things on a table: no text among them
        x, y = rng.randrange(1100), rng.randrange(800)
        table.paste(tuple(rng.randrange(256) for _ in range(3)),
                    (x, y, x + rng.randrange(20, 200), y + rng.randrange(20, 200)))
    assert refused(png(table), "table.jpg").startswith(
        "table.jpg: found no card in the photo: no name, e-mail or phone")


def test_a_file_that_is_no_image_but_named_like_one_is_refused():
    assert refused(b"BEGIN:VCARD\r\nFN:Not a photo\r\nEND:VCARD\r\n", "card.jpg") == \
        "card.jpg: is not a photo, or a damaged one (PNG, JPEG, WebP, GIF or BMP can be read)"
    assert refused(b"", "empty.png") == "empty.png: the file is empty"
    assert refused(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "IMG_1.HEIC").startswith(
        "IMG_1.HEIC: is a HEIC/HEIF photo, which this installation cannot read: save it as JPEG")


def test_a_tiny_image_is_too_small_to_hold_a_card():
    assert refused(png(Image.new("RGB", (64, 40), "white"))) == \
        "card.jpg: the image is 64 x 40 pixels: too small to read a card"
