"""Plain records that every format reads into and writes from.

Readers (vCard, LinkedIn/Google/Outlook CSV) yield `ContactRecord`s; writers take
them. Nothing here knows about the database: the import service maps records onto
models and decides how to merge.

Conventions shared by every reader:

* Text is `str`, never None; an absent value is `""`. Line breaks are `"\\n"`.
* `birthday` / `anniversary` are ISO strings: `"1988-03-14"`, or `"--11-22"` when
  the year is unknown.
* `ContactPoint.kind` is the lower-case type list of the source without noise
  (`pref`, `internet`, `voice`), comma-joined: `"work"`, `"iphone,cell"`, `""`.
  `label` is free text the user chose (Apple `X-ABLabel`, Google labels).
* Addresses keep both the parts (`ContactPoint.address`) and the formatted text
  (`ContactPoint.value`).
* `texts` holds values a file offered as links that are none (`URL:javascript:...`, a
  LinkedIn field that holds no LinkedIn URL): they are kept, as text (domain/links.py).
* `extra` holds unrecognised vCard lines verbatim (unfolded) so a vCard round
  trip keeps them; CSV readers leave it empty.
* `source` says where the record came from, for error messages; it is ignored
  when comparing records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceRef:
    """Where a record or an error sits in its input file."""

    file: str
    line: int | None = None
    card: int | None = None

    def describe(self) -> str:
        parts = [self.file or "<input>"]
        if self.card is not None:
            where = f"card {self.card}"
            if self.line is not None:
                where += f" (line {self.line})"
            parts.append(where)
        elif self.line is not None:
            parts.append(f"line {self.line}")
        return ", ".join(parts)


class FormatError(ValueError):
    """Input that cannot be read, with the place and field to point the user at.

    `str(error)` reads like `contacts.vcf, card 3 (line 41), field EMAIL: ...`.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str = "",
        line: int | None = None,
        card: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.card = card
        self.field = field
        super().__init__(str(self))

    @classmethod
    def at(cls, source: SourceRef, message: str, field: str | None = None) -> FormatError:
        return cls(message, file=source.file, line=source.line, card=source.card, field=field)

    def __str__(self) -> str:
        where = SourceRef(self.file, self.line, self.card).describe()
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.message}"


@dataclass
class Address:
    """A postal address in vCard ADR order."""

    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def parts(self) -> list[str]:
        return [
            self.po_box,
            self.extended,
            self.street,
            self.locality,
            self.region,
            self.postal_code,
            self.country,
        ]

    def formatted(self) -> str:
        """A plain multi-line rendering, used when the source gave no label."""
        if self.region:  # "San Francisco, CA 94107"
            city_line = f"{self.locality}, {self.region} {self.postal_code}".strip(" ,")
        else:  # "10115 Berlin"
            city_line = " ".join(p for p in (self.postal_code, self.locality) if p)
        lines = [self.po_box, self.extended, self.street, city_line, self.country]
        return "\n".join(line for line in lines if line)


@dataclass
class ContactPoint:
    """One e-mail, phone, URL, address, IM handle or related name."""

    kind: str = ""
    value: str = ""
    label: str = ""
    preferred: bool = False
    extension: str = ""  # phones only: "12" from tel:...;ext=12
    address: Address | None = None  # addresses only


@dataclass
class ContactRecord:
    """Everything a contact file can say about one person."""

    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    notes: str = ""
    birthday: str | None = None
    anniversary: str | None = None
    emails: list[ContactPoint] = field(default_factory=list)
    phones: list[ContactPoint] = field(default_factory=list)
    urls: list[ContactPoint] = field(default_factory=list)
    addresses: list[ContactPoint] = field(default_factory=list)
    impp: list[ContactPoint] = field(default_factory=list)
    related: list[ContactPoint] = field(default_factory=list)
    texts: list[ContactPoint] = field(default_factory=list)
    linkedin_url: str | None = None
    photo: bytes | None = None
    photo_mime: str = ""
    categories: list[str] = field(default_factory=list)
    uid: str = ""
    connected_on: dt.date | None = None
    extra: list[str] = field(default_factory=list)
    source: SourceRef | None = field(default=None, compare=False, repr=False)
