"""A photo of a business card in, the card's fields out, each with a confidence.

    reading = read_card_photo(data, "card.jpg", region="DE")
    reading.fields["name"]   ->  CardField("Dr. Rajesh Iyer", 0.93)
    record = card_record(reading, {"title": "Head of Partnerships"})   # after the user's edits

A QR code holding a vCard or MECARD is read first (it says exactly what the card's owner
meant); otherwise the card's text is read by OCR and its fields found by `card_text`. The
photo the person keeps is `reading.photo`: a small JPEG without the original's EXIF.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from nameparser import HumanName

from followthrough.formats.card_lines import CardField
from followthrough.formats.card_qr import contact_records, qr_texts
from followthrough.formats.card_text import fields_from_lines
from followthrough.formats.photos import open_photo, small_jpeg
from followthrough.formats.records import ContactPoint, ContactRecord, FormatError, SourceRef

# The fields a person checks before saving, in the order a card shows them.
SHOWN_FIELDS = ("name", "title", "company", "email", "phone", "website", "linkedin", "address")
FIELD_LABELS = {"name": "Name", "title": "Title", "company": "Company", "email": "Email",
                "phone": "Phone", "website": "Website", "linkedin": "LinkedIn",
                "address": "Address"}
QR, TEXT = "QR code", "text"


@dataclass
class CardReading:
    """What a card photo says. `via` is QR (exact) or text (OCR, every field a guess)."""

    fields: dict[str, CardField]
    via: str
    photo: bytes = b""
    other_phones: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    qr_record: ContactRecord | None = None
    filename: str = ""

    def value(self, name: str) -> str:
        found = self.fields.get(name)
        return found.value if found else ""


def read_card_photo(data: bytes, filename: str, region: str) -> CardReading:
    """The card on the photo; FormatError (one line) when the photo holds no card."""
    image = open_photo(data, filename)
    photo = small_jpeg(image)
    records = contact_records(qr_texts(image), filename)
    if records:
        return _from_record(records[0], photo, filename)
    from followthrough.formats.card_ocr import read_lines  # onnxruntime: only when needed

    text = fields_from_lines(read_lines(image), region)
    if not {"name", "email", "phone"} & text.fields.keys():
        said = f" (it reads: {_short(' / '.join(text.lines))})" if text.lines else ""
        raise FormatError(f"found no card in the photo: no name, e-mail or phone{said}",
                          file=filename)
    return CardReading(text.fields, TEXT, photo, text.other_phones, text.lines, None, filename)


def card_record(reading: CardReading, edits: Mapping[str, str] | None = None) -> ContactRecord:
    """The record to save: the reading with the person's corrections (a blank edit clears)."""
    values = {name: reading.value(name) for name in SHOWN_FIELDS}
    values.update({k: " ".join(v.split()) if k != "address" else v.strip()
                   for k, v in (edits or {}).items() if k in SHOWN_FIELDS})
    record = _base(reading)
    record.source = SourceRef(reading.filename or "card photo")
    if values["name"] != reading.value("name") or reading.via == TEXT:
        _set_name(record, values["name"])
    record.title, record.organisation = values["title"], values["company"]
    record.emails = _first(values["email"], record.emails, [])
    record.phones = _first(values["phone"], record.phones, reading.other_phones)
    websites = [u for u in record.urls if "linkedin.com" not in u.value]
    record.urls = _first(_absolute(values["website"]), websites, [])
    record.linkedin_url = values["linkedin"] or record.linkedin_url
    if values["address"]:
        record.addresses = [ContactPoint(kind="work", value=values["address"])]
    return record


def _first(value: str, known: list[ContactPoint], more: list[str]) -> list[ContactPoint]:
    """The checked value first, then the card's others (a QR vCard can hold several)."""
    rest = known[1:] + [ContactPoint(kind="work", value=v) for v in more]
    return ([ContactPoint(kind=known[0].kind if known else "work", value=value)] if value
            else []) + rest


def _absolute(url: str) -> str:
    """'www.kestrel.nl' as a link that works: https:// in front of a bare host."""
    return url if not url or "://" in url else f"https://{url}"


def _base(reading: CardReading) -> ContactRecord:
    if reading.qr_record is None:
        return ContactRecord()
    from copy import deepcopy

    return deepcopy(reading.qr_record)


def _set_name(record: ContactRecord, name: str) -> None:
    parsed = HumanName(name)
    record.full_name = name
    record.prefix, record.given_name, record.additional_names = parsed.title, parsed.first, \
        parsed.middle
    record.family_name, record.suffix = parsed.last, parsed.suffix


def _from_record(record: ContactRecord, photo: bytes, filename: str) -> CardReading:
    sure = 1.0  # a QR code is exact: what its owner typed
    found = {
        "name": record.full_name, "title": record.title, "company": record.organisation,
        "email": record.emails[0].value if record.emails else "",
        "phone": record.phones[0].value if record.phones else "",
        "website": next((u.value for u in record.urls if "linkedin.com" not in u.value), ""),
        "linkedin": record.linkedin_url or "",
        "address": record.addresses[0].value if record.addresses else "",
    }
    fields = {name: CardField(value, sure) for name, value in found.items() if value}
    return CardReading(fields, QR, photo, [], [], record, filename)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
