"""A contact record as the values a Person and its ContactPoints would hold, checked and keyed.

`card_from_record` is where an imported record meets the database's limits: every text is
checked against its column (a too-long value is an error naming file, card/line and field,
never a silent cut), e-mails, phones and LinkedIn URLs get their merge keys, and a LinkedIn
URL listed among the websites is kept once, as the LinkedIn point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followthrough.domain.contact_keys import match_key
from followthrough.domain.links import link_target
from followthrough.domain.text import text_problem
from followthrough.formats.emails import normalise_email
from followthrough.formats.linkedin import normalise_linkedin_url
from followthrough.formats.phones import normalise_phone
from followthrough.formats.records import ContactPoint as PointRecord
from followthrough.formats.records import ContactRecord, FormatError, SourceRef
from followthrough.models import ContactPoint
from followthrough.models.person import NAME_MAX, NOTE_MAX

Kind = ContactPoint.Kind

# record attribute -> Person attribute, for the one-line texts of a card.
TEXT_FIELDS = {
    "full_name": "full_name", "given_name": "given_name", "family_name": "family_name",
    "additional_names": "additional_names", "prefix": "name_prefix", "suffix": "name_suffix",
    "nickname": "nickname", "organisation": "organisation", "department": "department",
    "title": "title",
}
# Person attributes an import may fill (and report conflicts on); notes are appended instead.
CARD_FIELDS = (*TEXT_FIELDS.values(), "birthday", "anniversary", "connected_on", "photo")
TAGS_MAX = 1000
UID_MAX = 200
_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)@"
    r"((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)
_SPECIAL_USE = {"arpa", "invalid", "local", "localhost", "onion", "test"}  # email_validator's
VALUE_MAX, LABEL_MAX, TYPES_MAX, EXTENSION_MAX = 2000, 100, 200, 40


@dataclass
class Point:
    """One contact point as it will be stored; `key` is empty when it is no merge key."""

    kind: str
    value: str
    key: str = ""
    label: str = ""
    types: str = ""
    preferred: bool = False
    extension: str = ""
    address: list[str] | None = None

    @property
    def identity(self) -> tuple[str, str]:
        """Two points with the same identity are the same point (never stored twice)."""
        return (self.kind, self.key or " ".join(self.value.lower().split()))


@dataclass
class Card:
    """What one record says about a person, in the shapes of our models."""

    fields: dict[str, object]
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    extra_lines: list[str] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    uid: str = ""
    source: str = ""
    rejected: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.fields["full_name"])

    @property
    def keys(self) -> list[tuple[str, str]]:
        """The merge keys, strongest first: e-mail, then LinkedIn, then phone."""
        order = {Kind.EMAIL: 0, Kind.LINKEDIN: 1, Kind.PHONE: 2}
        keyed = sorted((p for p in self.points if p.key), key=lambda p: order.get(p.kind, 3))
        return [(p.kind, p.key) for p in keyed]


def card_from_record(record: ContactRecord, region: str) -> Card:
    source = record.source or SourceRef("")
    check = _Checker(source)
    fields: dict[str, object] = {
        attr: check.text(attr, getattr(record, name), NAME_MAX)
        for name, attr in TEXT_FIELDS.items()
    }
    if not fields["full_name"]:
        raise FormatError.at(source, "has no name", field="full_name")
    fields["birthday"] = check.text("birthday", record.birthday or "", 20)
    fields["anniversary"] = check.text("anniversary", record.anniversary or "", 20)
    fields["connected_on"] = record.connected_on
    fields["photo"] = record.photo or None
    fields["photo_mime"] = check.text("photo", record.photo_mime, 50) if record.photo else ""
    card = Card(
        fields=fields,
        notes=check.text("notes", record.notes, NOTE_MAX, strip=False, one_line=False),
        tags=[check.text("categories", c.replace(",", " "), TAGS_MAX) for c in record.categories],
        extra_lines=[check.text("extra", line, 100_000, strip=False, one_line=False)
                     for line in record.extra],
        uid=check.text("uid", record.uid, UID_MAX),
        source=source.describe(),
    )
    card.tags = [t for t in card.tags if t]
    if len(", ".join(card.tags)) > TAGS_MAX:
        raise FormatError.at(source, f"categories are longer than {TAGS_MAX} characters",
                             field="categories")
    card.points = _points(record, region, check, card.rejected)
    return card


def _points(record: ContactRecord, region: str, check: _Checker, rejected: list[str]) -> list[Point]:
    points: list[Point] = []
    for email in record.emails:
        key = email_key(email.value)
        if key is None:
            rejected.append(f"e-mail {email.value[:80]!r} is not an e-mail address")
            continue
        points.append(check.point(Kind.EMAIL, email, key))
    linkedin = record.linkedin_url
    if linkedin:
        label = next((u.label for u in record.urls if normalise_linkedin_url(u.value) == linkedin),
                     "")
        as_point = PointRecord(value=linkedin, label=label)
        points.append(check.point(Kind.LINKEDIN, as_point, match_key(Kind.LINKEDIN, linkedin)))
    for phone in record.phones:
        points.append(check.point(Kind.PHONE, phone, normalise_phone(phone.value, region) or ""))
    for url in record.urls:
        if not (linkedin and normalise_linkedin_url(url.value) == linkedin):
            points.append(check.point(Kind.URL if _is_link(url) else Kind.OTHER, url))
    points += [check.point(Kind.OTHER, p) for p in record.texts]
    for address in record.addresses:
        point = check.point(Kind.ADDRESS, address)
        point.address = address.address.parts() if address.address else None
        points.append(point)
    points += [check.point(Kind.IMPP, p) for p in record.impp]
    points += [check.point(Kind.RELATED, p) for p in record.related]
    return _unique(points)


def _is_link(url: PointRecord) -> bool:
    """A web address that becomes a link; not `javascript:...`, nor a field that says it is
    LinkedIn but holds no LinkedIn URL (a link to elsewhere under LinkedIn's name). The rest
    is kept as text (Kind.OTHER)."""
    claims_linkedin = "linkedin" in url.kind.split(",")
    return link_target(url.value) is not None and not (
        claims_linkedin and normalise_linkedin_url(url.value) is None)


def email_key(text: str) -> str | None:
    """The merge key of an e-mail address, or None when it is not one.

    Plain ASCII addresses (nearly all of them) are recognised by a strict pattern that
    email_validator would accept too; anything else goes through `normalise_email`. On a
    10,000-card import this halves the time spent on e-mail addresses.
    """
    value = text.strip()
    if len(value) <= 254 and (match := _PLAIN_EMAIL.fullmatch(value)):
        domain = match.group(2).lower()
        if (len(match.group(1)) <= 64 and "--" not in domain
                and domain.rsplit(".", 1)[-1] not in _SPECIAL_USE
                and all(len(label) <= 63 for label in domain.split("."))):
            return match_key(Kind.EMAIL, value)
    normalised = normalise_email(value)
    return match_key(Kind.EMAIL, normalised) if normalised else None


def _unique(points: list[Point]) -> list[Point]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for point in points:
        if point.identity not in seen and point.value:
            seen.add(point.identity)
            unique.append(point)
    return unique


class _Checker:
    """Checks values against their columns; failures name the place and the field."""

    def __init__(self, source: SourceRef) -> None:
        self.source = source

    def text(self, name: str, value: str, limit: int, *, strip: bool = True,
             one_line: bool = True) -> str:
        """One-line unless said otherwise: names and labels go into email headers and tables."""
        if not value:
            return ""
        text = value.strip() if strip else value
        if len(text) > limit:
            raise FormatError.at(
                self.source, f"is {len(text):,} characters long; the limit is {limit:,}", name
            )
        if problem := text_problem(text, one_line=one_line):
            raise FormatError.at(self.source, problem, name)
        return text

    def point(self, kind: str, record: PointRecord, key: str = "") -> Point:
        return Point(
            kind=kind,
            value=self.text(kind, record.value, VALUE_MAX, one_line=kind != Kind.ADDRESS),
            key=self.text(kind, key, 500),
            label=self.text(f"{kind} label", record.label, LABEL_MAX),
            types=self.text(f"{kind} type", record.kind, TYPES_MAX),
            preferred=record.preferred,
            extension=self.text(f"{kind} extension", record.extension, EXTENSION_MAX),
        )
