"""Read vCard 2.1, 3.0 and 4.0 files into `ContactRecord`s, one card at a time.

    for record in read_vcards(open("contacts.vcf", "rb"), "contacts.vcf"):
        ...

`read_vcards(source, filename)` takes bytes or a binary stream and is a generator:
memory holds one card, so a 50 MB export is fine. Anything unreadable raises
`FormatError` naming the file, card number, line and field.

What is understood (see docs/formats.md for the field-by-field table): FN, N,
NICKNAME, ORG, TITLE, NOTE, BDAY (incl. `--0412` and Apple's
`X-APPLE-OMIT-YEAR`), ANNIVERSARY / X-ANNIVERSARY / Apple `X-ABDATE`, EMAIL, TEL
(incl. 4.0 `tel:` URIs with `;ext=`), URL, ADR (+ LABEL property or parameter),
IMPP, RELATED / X-ABRELATEDNAMES, X-SOCIALPROFILE, PHOTO (inline base64 in all
three spellings), CATEGORIES, UID, `itemN.X-ABLabel` labels. Every other line is
kept in `record.extra`, rebuilt from its parts (`copied_line`: quoted-printable decoded, no
line that would end or nest a card); PRODID and REV are dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import BinaryIO

from vobject.base import VObjectError

from followthrough.formats.linkedin import normalise_linkedin_url
from followthrough.formats.phones import split_extension
from followthrough.formats.records import (
    Address,
    ContactPoint,
    ContactRecord,
    FormatError,
    SourceRef,
)
from followthrough.formats.vcard_lines import RawCard, iter_raw_cards
from followthrough.formats.vcard_values import (
    Prop,
    apple_label,
    copied_line,
    decode_photo,
    is_preferred,
    kind_of,
    parse_date,
    parse_prop,
    split_list,
    split_structured,
    unescape,
)

CONNECTED_ON = "X-FOLLOWTHROUGH-CONNECTED-ON"
TEXT_POINT = "X-FOLLOWTHROUGH-TEXT"  # a value offered as a link that is none (records.texts)
_DROPPED = {"VERSION", "PRODID", "REV", "X-ABLABEL"}
_ANNIVERSARY = {"ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY"}


def read_vcards(source: bytes | BinaryIO, filename: str = "") -> Iterator[ContactRecord]:
    """Yield one record per card in `source` (bytes or a binary stream)."""
    for card in iter_raw_cards(source, filename):
        yield read_card(card, filename)


def read_card(card: RawCard, filename: str) -> ContactRecord:
    version = _version(card)
    props = [_parse(text, line, version, card, filename) for text, line in card.lines]
    reader = _CardReader(version, SourceRef(filename, card.line, card.number), props)
    return reader.read()


def _version(card: RawCard) -> str:
    for text, _line in card.lines:
        name, _, value = text.partition(":")
        if name.strip().upper() == "VERSION":
            return value.strip()
    return "3.0"


def _parse(text: str, line: int, version: str, card: RawCard, filename: str) -> Prop:
    try:
        return parse_prop(text, line, version)
    except (VObjectError, ValueError, LookupError) as error:
        name = text.split(":", 1)[0].split(";", 1)[0][:40]
        raise FormatError(
            f"cannot parse line ({_why(error)})",
            file=filename, line=line, card=card.number, field=name,
        ) from error


def _why(error: Exception) -> str:
    return getattr(error, "msg", None) or str(error) or type(error).__name__


class _CardReader:
    """Maps the props of one card onto a ContactRecord."""

    def __init__(self, version: str, source: SourceRef, props: list[Prop]) -> None:
        self.version = version
        self.source = source
        self.props = props
        self.record = ContactRecord(source=source)
        self.labels = {p.group: p for p in props if p.name == "X-ABLABEL" and p.group}
        self.used_label_groups: set[str] = set()
        self.labelled_addresses: set[int] = set()
        self.address_by_group: dict[str, ContactPoint] = {}
        self.linkedin_from_url: str | None = None
        self.handlers: dict[str, Callable[[Prop], bool | None]] = {
            "FN": self._full_name, "N": self._name, "NICKNAME": self._nickname,
            "ORG": self._org, "TITLE": self._title, "NOTE": self._note,
            "BDAY": self._birthday, "EMAIL": self._email, "TEL": self._phone,
            "URL": self._url, "ADR": self._address, "LABEL": self._address_label,
            "IMPP": self._impp, "RELATED": self._related, "X-ABRELATEDNAMES": self._related,
            "X-SOCIALPROFILE": self._social, "PHOTO": self._photo,
            "CATEGORIES": self._categories, "UID": self._uid, "X-ABDATE": self._apple_date,
            CONNECTED_ON: self._connected_on, TEXT_POINT: self._text_point,
        }

    def read(self) -> ContactRecord:
        for prop in self.props:
            self._take(prop)
        self._keep_orphan_labels()
        record = self.record
        if record.linkedin_url is None:
            record.linkedin_url = self.linkedin_from_url
        record.full_name = record.full_name or self._derived_name()
        if not record.full_name:
            raise FormatError.at(self.source, "card has no name: no FN, N, ORG or EMAIL")
        return record

    def _take(self, prop: Prop) -> None:
        if prop.name in _DROPPED:
            return
        handler = self.handlers.get(prop.name)
        if prop.name in _ANNIVERSARY:
            handler = self._anniversary
        try:
            handled = handler(prop) if handler else False
        except (ValueError, LookupError) as error:
            where = SourceRef(self.source.file, prop.line, self.source.card)
            raise FormatError.at(where, _why(error), field=prop.name) from error
        if handled is False:
            self._keep(prop)

    # -- helpers -------------------------------------------------------------------

    def _text(self, prop: Prop) -> str:
        return unescape(prop.value, self.version)

    def _label(self, prop: Prop) -> str:
        label_prop = self.labels.get(prop.group) if prop.group else None
        if label_prop is None:
            return ""
        self.used_label_groups.add(prop.group)
        return apple_label(self._text(label_prop))

    def _point(self, prop: Prop, value: str) -> ContactPoint:
        return ContactPoint(kind_of(prop), value, self._label(prop), is_preferred(prop))

    def _keep_orphan_labels(self) -> None:
        for group, prop in self.labels.items():
            if group not in self.used_label_groups:
                self._keep(prop)

    def _keep(self, prop: Prop) -> None:
        """A line not understood goes to `extra`, decoded and checked (copied_line)."""
        line = copied_line(prop)
        if line is not None:
            self.record.extra.append(line)

    def _derived_name(self) -> str:
        r = self.record
        parts = (r.prefix, r.given_name, r.additional_names, r.family_name, r.suffix)
        name = " ".join(p for p in parts if p)
        return name or r.organisation or next((e.value for e in r.emails if e.value), "")

    # -- handlers: return False to keep the line in `extra` ------------------------

    def _full_name(self, prop: Prop) -> None:
        self.record.full_name = self._text(prop).strip()

    def _name(self, prop: Prop) -> None:
        parts = split_structured(prop.value, self.version) + [""] * 5
        r = self.record
        r.family_name, r.given_name, r.additional_names, r.prefix, r.suffix = (
            p.strip() for p in parts[:5]
        )

    def _nickname(self, prop: Prop) -> None:
        self.record.nickname = self._text(prop).strip()

    def _org(self, prop: Prop) -> None:
        units = split_structured(prop.value, self.version)
        while len(units) > 1 and not units[-1].strip():
            units.pop()  # Apple writes "ORG:Name;" with an empty department
        self.record.organisation = units[0].strip()
        self.record.department = ";".join(units[1:]).strip()

    def _title(self, prop: Prop) -> None:
        self.record.title = self._text(prop).strip()

    def _note(self, prop: Prop) -> None:
        note = self._text(prop)
        self.record.notes = f"{self.record.notes}\n\n{note}" if self.record.notes else note

    def _birthday(self, prop: Prop) -> bool | None:
        self.record.birthday = parse_date(prop.value, prop.param("X-APPLE-OMIT-YEAR"))
        return None if self.record.birthday else False

    def _anniversary(self, prop: Prop) -> bool | None:
        self.record.anniversary = parse_date(prop.value, prop.param("X-APPLE-OMIT-YEAR"))
        return None if self.record.anniversary else False

    def _apple_date(self, prop: Prop) -> bool | None:
        label = self.labels.get(prop.group)
        if label is None or apple_label(self._text(label)) != "anniversary":
            return False
        self._label(prop)
        return self._anniversary(prop)

    def _email(self, prop: Prop) -> None:
        self.record.emails.append(self._point(prop, self._text(prop).strip()))

    def _phone(self, prop: Prop) -> None:
        text = self._text(prop).strip()
        extension = ""
        if prop.param("VALUE").lower() == "uri" or text.lower().startswith("tel:"):
            text, extension = _tel_uri(text)
        else:
            text, extension = split_extension(text)
        point = self._point(prop, text)
        point.extension = extension
        self.record.phones.append(point)

    def _url(self, prop: Prop) -> None:
        url = self._text(prop).strip()
        self.linkedin_from_url = self.linkedin_from_url or normalise_linkedin_url(url)
        self.record.urls.append(self._point(prop, url))

    def _text_point(self, prop: Prop) -> None:
        self.record.texts.append(self._point(prop, self._text(prop).strip()))

    def _social(self, prop: Prop) -> None:
        url = self._text(prop).strip()
        linkedin = normalise_linkedin_url(url)
        if linkedin and ("linkedin" in prop.types or not self.record.linkedin_url):
            self.record.linkedin_url = linkedin
        elif not linkedin:
            self.record.urls.append(self._point(prop, url))

    def _address(self, prop: Prop) -> None:
        parts = [p.strip() for p in split_structured(prop.value, self.version)]
        address = Address(*(parts + [""] * 7)[:7])
        label = prop.param("LABEL").replace("\r\n", "\n")
        point = self._point(prop, label or address.formatted())
        point.address = address
        if label:
            self.labelled_addresses.add(id(point))
        if prop.group:
            self.address_by_group[prop.group] = point
        self.record.addresses.append(point)

    def _address_label(self, prop: Prop) -> bool:
        """Attach a LABEL line to its ADR: same group, else the latest unlabelled one."""
        if prop.group:
            owner = self.address_by_group.get(prop.group)
        else:
            owner = next(iter(reversed(self._unlabelled_addresses())), None)
        if owner is None or id(owner) in self.labelled_addresses:
            return False
        owner.value = self._text(prop).strip()
        self.labelled_addresses.add(id(owner))
        return True

    def _unlabelled_addresses(self) -> list[ContactPoint]:
        return [a for a in self.record.addresses if id(a) not in self.labelled_addresses]

    def _impp(self, prop: Prop) -> None:
        self.record.impp.append(self._point(prop, self._text(prop).strip()))

    def _related(self, prop: Prop) -> None:
        self.record.related.append(self._point(prop, self._text(prop).strip()))

    def _photo(self, prop: Prop) -> bool | None:
        decoded = decode_photo(prop)
        if decoded is None:
            return False
        self.record.photo, self.record.photo_mime = decoded
        return None

    def _categories(self, prop: Prop) -> None:
        self.record.categories.extend(split_list(prop.value, self.version))

    def _uid(self, prop: Prop) -> None:
        self.record.uid = self._text(prop).strip()

    def _connected_on(self, prop: Prop) -> None:
        self.record.connected_on = dt.date.fromisoformat(prop.value.strip())


def _tel_uri(text: str) -> tuple[str, str]:
    """`tel:+49-30-90182035;ext=12` -> ("+493090182035", "12")."""
    body = text[4:] if text.lower().startswith("tel:") else text
    number, *params = body.split(";")
    extension = next((p[4:] for p in params if p.lower().startswith("ext=")), "")
    for separator in "-.() ":  # RFC 3966 visual separators
        number = number.replace(separator, "")
    return number, extension
