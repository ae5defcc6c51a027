"""Contact cards in a QR code on a photo: vCard or MECARD (what phones and cards use)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PIL import Image

from followthrough.formats.photos import open_photo
from followthrough.formats.records import ContactPoint, ContactRecord, FormatError, SourceRef
from followthrough.formats.vcard_read import read_vcards

_MECARD_FIELD = re.compile(r"((?:[^;\\]|\\.)*);")
_MECARD_ESCAPE = re.compile(r"\\(.)")


def records_from_photo(data: bytes, filename: str) -> Iterator[ContactRecord]:
    """Every contact card in the photo's QR codes; FormatError when there is none."""
    image = open_photo(data, filename)
    texts = qr_texts(image)
    records = contact_records(texts, filename)
    if not records:
        found = f" ({len(texts)} QR codes, none of them a contact card)" if texts else ""
        raise FormatError(f"no vCard or MECARD QR code found in the photo{found}: a card "
                          "without one is read on the I just met… page", file=filename)
    yield from records


def contact_records(texts: list[str], filename: str) -> list[ContactRecord]:
    """The vCards and MECARDs among the texts of QR codes (a web address is no card)."""
    records: list[ContactRecord] = []
    cards = [t for t in texts if t.lstrip().upper().startswith(("BEGIN:VCARD", "MECARD:"))]
    for number, text in enumerate(cards, 1):
        if text.lstrip().upper().startswith("MECARD:"):
            records.append(mecard_record(text, SourceRef(filename, card=number)))
        else:
            records += read_vcards(text.encode("utf-8"), filename)
    return records


def qr_texts(image: Image.Image) -> list[str]:
    import zxingcpp

    return [code.text for code in zxingcpp.read_barcodes(image) if code.text]


def mecard_record(text: str, source: SourceRef) -> ContactRecord:
    """`MECARD:N:Doe,Jane;TEL:+1...;EMAIL:jane@example.com;ORG:Acme;;` -> a record."""
    body = text.strip()[len("MECARD:"):]
    record = ContactRecord(source=source)
    for raw in _MECARD_FIELD.findall(body if body.endswith(";") else body + ";"):
        name, _, value = raw.partition(":")
        _take(record, name.strip().upper(), _MECARD_ESCAPE.sub(r"\1", value).strip())
    record.full_name = record.full_name or " ".join(
        p for p in (record.given_name, record.family_name) if p)
    if not record.full_name:
        raise FormatError.at(source, "the MECARD has no name", field="N")
    return record


def _take(record: ContactRecord, name: str, value: str) -> None:
    if not value:
        return
    if name == "N":
        family, _, given = value.partition(",")
        record.family_name, record.given_name = family.strip(), given.strip()
    elif name == "TEL":
        record.phones.append(ContactPoint(value=value))
    elif name == "EMAIL":
        record.emails.append(ContactPoint(value=value))
    elif name == "URL":
        record.urls.append(ContactPoint(value=value))
    elif name == "ADR":
        record.addresses.append(ContactPoint(value=value))
    elif name in ("ORG", "TITLE", "NOTE", "NICKNAME"):
        attribute = {"ORG": "organisation", "TITLE": "title", "NOTE": "notes",
                     "NICKNAME": "nickname"}[name]
        setattr(record, attribute, value)
    elif name == "BDAY" and re.fullmatch(r"\d{8}", value):
        record.birthday = f"{value[:4]}-{value[4:6]}-{value[6:]}"
