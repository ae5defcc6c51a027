"""Write `ContactRecord`s as vCard 3.0 (Apple, Google, Outlook) or 4.0 (RFC 6350).

    text = write_vcard(record, version="3.0")          # one card
    for card in write_vcards(records, version="4.0"):  # streaming, one card each
        out.write(card)

Output uses CRLF, folds at 75 octets without splitting a UTF-8 character, and
always has a UID: `record.uid`, or when empty one derived from the name and
e-mails (stable across exports). Everything `read_vcards` understands is written
back so a record survives write -> read unchanged; `record.extra` lines are
rebuilt from their parts and checked (`copied_line`: nothing that ends or nests a
card), their `itemN.` groups renumbered so they cannot collide.

Records may come from a JSON backup, so no value is written as it stands: text is
escaped (every kind of line break, no control characters), dates, phone extensions,
photo types and type words are written only when they have their property's shape,
and only web, mail and phone addresses are URLs (domain/links.py): the rest is
written as text (`X-FOLLOWTHROUGH-TEXT`), read back as `record.texts`.
Labels go in Apple's `itemN.X-ABLabel`; phones with extensions become 4.0
`tel:` URIs (`;ext=12`) or, in 3.0, text ending in ` ext. 12`.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterable, Iterator

from vobject.base import VObjectError

from followthrough.domain.links import link_target
from followthrough.formats.records import ContactPoint, ContactRecord
from followthrough.formats.vcard_read import CONNECTED_ON, TEXT_POINT
from followthrough.formats.vcard_values import copied_line, parse_prop

CRLF = "\r\n"
PRODID = "-//Followthrough//Followthrough//EN"
_UID_NAMESPACE = uuid.UUID("0b7c1f4e-4c55-4f0e-9a55-6f6c6c6f7774")
_TYPE_TOKEN = re.compile(r"[A-Za-z0-9-]+")  # fullmatch: `$` would allow a final newline
_TEL_URI_SAFE = re.compile(r"\+?[0-9]+")
_EXTENSION = re.compile(r"[0-9]{1,20}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|--[0-9]{2}-[0-9]{2}")
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*", re.IGNORECASE)
# A line break in a value is written as \n; other control characters (which no text rule lets in
# now, but a backup or an older release may hold) are dropped: RFC 6350 allows none in a value.
_LINE_BREAK = re.compile("\r\n|[\n\r]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_GROUP = re.compile(r"^([A-Za-z0-9-]+)\.")
_APPLE_TOKENS = {"homepage": "HomePage", "other": "Other", "spouse": "Spouse",
                 "anniversary": "Anniversary", "home": "Home", "work": "Work"}


def write_vcards(records: Iterable[ContactRecord], version: str = "3.0") -> Iterator[str]:
    """Yield one card (CRLF-terminated text) per record."""
    for record in records:
        yield write_vcard(record, version)


def write_vcard(record: ContactRecord, version: str = "3.0") -> str:
    if version not in ("3.0", "4.0"):
        raise ValueError(f"cannot write vCard version {version!r}: use 3.0 or 4.0")
    card = _CardWriter(version)
    card.write(record)
    return "".join(fold(line) + CRLF for line in card.lines)


def stable_uid(record: ContactRecord) -> str:
    """A UID for a record that has none: the same person gives the same UID."""
    key = "\n".join([record.full_name, *sorted(e.value.lower() for e in record.emails)])
    return f"urn:uuid:{uuid.uuid5(_UID_NAMESPACE, key)}"


def escape(text: str) -> str:
    text = _CONTROL.sub("", _LINE_BREAK.sub("\n", text))
    for char, escaped in (("\\", "\\\\"), ("\n", "\\n"), (",", "\\,"), (";", "\\;")):
        text = text.replace(char, escaped)
    return text


def fold(line: str, limit: int = 75) -> str:
    """Fold at `limit` octets, moving each cut back off UTF-8 continuation bytes."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    chunks: list[bytes] = []
    start, room = 0, limit
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # 10xxxxxx: inside a character
            cut -= 1
        chunks.append(data[start:cut])
        start, room = cut, limit - 1  # continuation lines spend one octet on the space
    chunks.append(data[start:])
    return (CRLF + " ").join(chunk.decode("utf-8") for chunk in chunks)


class _CardWriter:
    def __init__(self, version: str) -> None:
        self.version = version
        self.lines: list[str] = []
        self.groups = 0

    def write(self, r: ContactRecord) -> None:
        self.lines += ["BEGIN:VCARD", f"VERSION:{self.version}", f"PRODID:{PRODID}"]
        self.lines.append(f"UID:{escape(r.uid or stable_uid(r))}")
        self.lines.append(f"FN:{escape(r.full_name)}")
        parts = (r.family_name, r.given_name, r.additional_names, r.prefix, r.suffix)
        self.lines.append("N:" + ";".join(escape(p) for p in parts))
        self._text("NICKNAME", r.nickname)
        if r.organisation or r.department:
            self.lines.append(f"ORG:{escape(r.organisation)}" + _department(r.department))
        self._text("TITLE", r.title)
        self._text("NOTE", r.notes)
        self._date("BDAY", r.birthday)
        self._date("ANNIVERSARY" if self.version == "4.0" else "X-ANNIVERSARY", r.anniversary)
        self._points("EMAIL", r.emails)
        for phone in r.phones:
            self._phone(phone)
        self._points("URL", [u for u in r.urls if link_target(u.value)])
        for address in r.addresses:
            self._address(address)
        self._points("IMPP", r.impp)
        related = "RELATED;VALUE=text" if self.version == "4.0" else "X-ABRELATEDNAMES"
        self._points(related, r.related)
        if r.linkedin_url and link_target(r.linkedin_url):
            self.lines.append(f"X-SOCIALPROFILE;TYPE=linkedin:{escape(r.linkedin_url)}")
        not_links = [u for u in r.urls if not link_target(u.value)]
        if r.linkedin_url and not link_target(r.linkedin_url):
            not_links.append(ContactPoint(kind="linkedin", value=r.linkedin_url))
        self._points(TEXT_POINT, [*r.texts, *not_links])
        self._photo(r.photo, r.photo_mime)
        if r.categories:
            self.lines.append("CATEGORIES:" + ",".join(escape(c) for c in r.categories))
        if r.connected_on:
            self.lines.append(f"{CONNECTED_ON}:{r.connected_on.isoformat()}")
        self._extra(r.extra)
        self.lines.append("END:VCARD")

    def _text(self, name: str, value: str) -> None:
        if value:
            self.lines.append(f"{name}:{escape(value)}")

    def _date(self, name: str, value: str | None) -> None:
        if not value or not _DATE.fullmatch(value):
            return
        if self.version == "4.0":  # basic format: 19880314, --0412
            compact = ("--" if value.startswith("--") else "") + value.lstrip("-").replace("-", "")
            self.lines.append(f"{name}:{compact}")
        elif value.startswith("--"):  # Apple's way to say "no year"
            self.lines.append(f"{name};X-APPLE-OMIT-YEAR=1604:1604{value[1:]}")
        else:
            self.lines.append(f"{name}:{value}")

    def _points(self, name: str, points: list[ContactPoint]) -> None:
        for point in points:
            self._point(name, point, escape(point.value))

    def _point(self, name: str, point: ContactPoint, value: str, params: str = "") -> str:
        """Write one property with TYPE/PREF and an X-ABLabel; returns its group."""
        group = self._new_group() if point.label else ""
        prefix = f"{group}." if group else ""
        self.lines.append(f"{prefix}{name}{self._type_params(point)}{params}:{value}")
        if point.label:
            self.lines.append(f"{prefix}X-ABLabel:{escape(_apple_token(point.label))}")
        return group

    def _type_params(self, point: ContactPoint) -> str:
        types = [t for t in point.kind.split(",") if _TYPE_TOKEN.fullmatch(t)]
        params = ""
        if point.preferred and self.version == "3.0":
            types.append("pref")
        if types:
            params += ";TYPE=" + ",".join(types)
        if point.preferred and self.version == "4.0":
            params += ";PREF=1"
        return params

    def _new_group(self) -> str:
        self.groups += 1
        return f"item{self.groups}"

    def _phone(self, phone: ContactPoint) -> None:
        extension = phone.extension if _EXTENSION.fullmatch(phone.extension) else ""
        if self.version == "4.0" and _TEL_URI_SAFE.fullmatch(phone.value):
            ext = f";ext={extension}" if extension else ""
            self._point("TEL", phone, f"tel:{phone.value}{ext}", ";VALUE=uri")
            return
        ext = f" ext. {extension}" if extension else ""
        value_text = ";VALUE=text" if self.version == "4.0" else ""
        self._point("TEL", phone, escape(phone.value + ext), value_text)

    def _address(self, point: ContactPoint) -> None:
        address = point.address
        parts = address.parts() if address else ["", "", point.value, "", "", "", ""]
        value = ";".join(escape(p) for p in parts)
        needs_label = address is not None and point.value != address.formatted()
        if needs_label and self.version == "4.0":
            self._point("ADR", point, value, f';LABEL="{_rfc6868(point.value)}"')
            return
        group = self._point("ADR", point, value)
        if needs_label:
            group = group or self._regroup_last_line()
            self.lines.append(f"{group}.LABEL:{escape(point.value)}")

    def _regroup_last_line(self) -> str:
        group = self._new_group()
        self.lines[-1] = f"{group}.{self.lines[-1]}"
        return group

    def _photo(self, photo: bytes | None, mime: str) -> None:
        if photo is None:
            return
        encoded = base64.b64encode(photo).decode("ascii")
        mime = mime.lower() if _MIME.fullmatch(mime) else ""
        if self.version == "4.0":
            self.lines.append(f"PHOTO:data:{mime or 'application/octet-stream'};base64,{encoded}")
            return
        subtype = mime.split("/", 1)[1].upper() if "/" in mime else ""
        type_param = f";TYPE={subtype}" if _TYPE_TOKEN.fullmatch(subtype) else ""
        self.lines.append(f"PHOTO;ENCODING=b{type_param}:{encoded}")

    def _extra(self, extra: list[str]) -> None:
        renamed: dict[str, str] = {}
        for stored in extra:
            line = _checked_line(stored)
            if line is None:
                continue  # it would end, nest or break the card: not written
            match = _GROUP.match(line)
            if match:
                group = match.group(1).lower()
                renamed.setdefault(group, self._new_group())
                line = renamed[group] + line[match.end(1):]
            self.lines.append(line)


def _checked_line(stored: str) -> str | None:
    """A kept line rebuilt from its parts, or None (copied_line): stored lines may come from a
    backup or an older release, which kept them as they were read."""
    try:
        return copied_line(parse_prop(stored, 0, "3.0"))
    except (VObjectError, ValueError, LookupError):
        return None


def _department(department: str) -> str:
    return f";{escape(department)}" if department else ""


def _apple_token(label: str) -> str:
    token = _APPLE_TOKENS.get(label)
    return f"_$!<{token}>!$_" if token else label


def _rfc6868(text: str) -> str:
    text = _CONTROL.sub("", _LINE_BREAK.sub("\n", text))
    return text.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
