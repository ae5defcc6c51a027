"""Read Google Contacts CSV exports, current and legacy headers.

    for record in read_google_csv(open("contacts.csv", "rb"), "contacts.csv"):
        ...

Current header: `First Name,Middle Name,Last Name,...,Labels,E-mail 1 - Label,
E-mail 1 - Value,...`. Legacy ("Google CSV" before 2024): `Name,Given Name,
Additional Name,Family Name,...,Group Membership,E-mail 1 - Type,E-mail 1 - Value,
..., Organization 1 - Name,...`. Both are read by column name, so column order and
how many numbered groups (E-mail n, Phone n, Address n, Website n, Relation n,
Event n) a file has do not matter. Google's quirks: a UTF-8 BOM, several values
in one cell joined by ` ::: ` (they share the cell's label), a `* ` prefix on the
primary value's label and on system groups (`* myContacts`), multi-line quoted
cells. `Photo` (a URL) and phonetic names are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import zip_longest
from typing import BinaryIO

from followthrough.formats.csv_formulas import plain_cell
from followthrough.formats.csv_mapping import (
    finish,
    kind_and_label,
    parse_csv_date,
    phone_point,
    split_multi,
)
from followthrough.formats.csv_rows import CsvRow, read_rows
from followthrough.formats.linkedin import normalise_linkedin_url
from followthrough.formats.records import Address, ContactPoint, ContactRecord, SourceRef

_ADDRESS_PARTS = ("PO Box", "Extended Address", "Street", "City", "Region",
                  "Postal Code", "Country")
MAX_GROUPS = 99


def read_google_csv(source: bytes | BinaryIO, filename: str = "") -> Iterator[ContactRecord]:
    rows = read_rows(source, filename, is_header=is_google_header,
                     expected="a Google Contacts header (First Name,... or Name,Given Name,...)",
                     clean=plain_cell)
    for row in rows:
        yield finish(_record(row), SourceRef(filename, row.line))


def is_google_header(cells: list[str]) -> bool:
    names = set(cells)
    current = {"First Name", "Last Name", "Labels"} <= names
    legacy = {"Given Name", "Family Name", "Group Membership"} <= names
    return current or legacy


def _record(row: CsvRow) -> ContactRecord:
    record = ContactRecord(
        full_name=row.get("Name"),
        given_name=row.get("First Name", "Given Name"),
        additional_names=row.get("Middle Name", "Additional Name"),
        family_name=row.get("Last Name", "Family Name"),
        prefix=row.get("Name Prefix"),
        suffix=row.get("Name Suffix"),
        nickname=row.get("Nickname"),
        organisation=row.get("Organization Name", "Organization 1 - Name"),
        title=row.get("Organization Title", "Organization 1 - Title"),
        department=row.get("Organization Department", "Organization 1 - Department"),
        notes=row.cells.get("Notes", "").strip("\n"),
        birthday=parse_csv_date(row.get("Birthday")),
        categories=_categories(row),
    )
    record.emails = _points(row, "E-mail")
    record.phones = [phone_point(p.kind, p.value, p.label, p.preferred)
                     for p in _points(row, "Phone")]
    record.urls = _points(row, "Website")
    record.related = _points(row, "Relation")
    record.addresses = _addresses(row)
    record.linkedin_url = next(
        (link for u in record.urls if (link := normalise_linkedin_url(u.value))), None
    )
    record.anniversary = _anniversary(row)
    return record


def _categories(row: CsvRow) -> list[str]:
    labels = split_multi(row.get("Labels", "Group Membership"))
    return [label.removeprefix("* ") for label in labels]


def _groups(row: CsvRow, prefix: str, suffix: str) -> Iterator[int]:
    for n in range(1, MAX_GROUPS + 1):
        if f"{prefix} {n} - {suffix}" not in row.cells:
            return
        yield n


def _label(row: CsvRow, prefix: str, n: int) -> str:
    return row.get(f"{prefix} {n} - Label", f"{prefix} {n} - Type")


def _points(row: CsvRow, prefix: str) -> list[ContactPoint]:
    points: list[ContactPoint] = []
    for n in _groups(row, prefix, "Value"):
        kind, label, preferred = kind_and_label(_label(row, prefix, n))
        for index, value in enumerate(split_multi(row.get(f"{prefix} {n} - Value"))):
            # Values sharing a cell share its label; "* " marks only the first.
            points.append(ContactPoint(kind, value, label, preferred and index == 0))
    return points


def _addresses(row: CsvRow) -> list[ContactPoint]:
    points: list[ContactPoint] = []
    for n in _groups(row, "Address", "Formatted"):
        kind, label, preferred = kind_and_label(_label(row, "Address", n))
        formatted = row.cells.get(f"Address {n} - Formatted", "").split(" ::: ")
        parts = [row.cells.get(f"Address {n} - {p}", "").split(" ::: ") for p in _ADDRESS_PARTS]
        for index, (text, *values) in enumerate(zip_longest(formatted, *parts, fillvalue="")):
            address = Address(*(v.strip() for v in values))
            value = text.strip() or address.formatted()
            if value:
                points.append(ContactPoint(kind, value, label, preferred and index == 0,
                                           address=address))
    return points


def _anniversary(row: CsvRow) -> str | None:
    for n in _groups(row, "Event", "Value"):
        if _label(row, "Event", n).lower().removeprefix("* ") == "anniversary":
            return parse_csv_date(row.get(f"Event {n} - Value"))
    return None
