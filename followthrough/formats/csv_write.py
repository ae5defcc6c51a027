"""Write records as CSV that Outlook and Google Contacts import.

    with open("contacts.csv", "w", encoding="utf-8-sig", newline="") as out:
        write_outlook_csv(records, out)   # classic Outlook 92-column header
        write_google_csv(records, out)    # Google Contacts' current header

Pass a text stream opened with `newline=""` (rows end in CRLF); `utf-8-sig` is
what both products detect reliably. Every cell that a spreadsheet would run as
a formula gets a leading `'` (csv_formulas.py; our readers take it off again).

What does not fit a product's columns is dropped: Outlook has room for 3
e-mails, one phone per column and 3 addresses; neither keeps photos, partial
birthdays (Outlook) or `extra` vCard lines.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from followthrough.formats.csv_formulas import safe_cell
from followthrough.formats.outlook_csv import CLASSIC_HEADER, PHONE_KINDS
from followthrough.formats.records import Address, ContactPoint, ContactRecord

_GOOGLE_LABELS = {"work": "Work", "home": "Home", "cell": "Mobile", "other": "Other",
                  "main": "Main", "work,fax": "Work Fax", "home,fax": "Home Fax",
                  "pager": "Pager"}
_GOOGLE_BASE = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
                "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
                "Organization Title,Organization Department,Birthday,Notes,Photo,Labels").split(",")
_GOOGLE_ADDRESS = ("Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country",
                   "Extended Address")


def write_outlook_csv(records: Iterable[ContactRecord], stream: TextIO) -> None:
    writer = csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CLASSIC_HEADER)
    for record in records:
        cells = _outlook_cells(record)
        writer.writerow([safe_cell(cells.get(column, "")) for column in CLASSIC_HEADER])


def write_google_csv(records: Iterable[ContactRecord], stream: TextIO) -> None:
    people = list(records)  # the header needs the largest group counts first
    counts = {name: max((len(_google_groups(r)[name]) for r in people), default=0)
              for name in ("E-mail", "Phone", "Address", "Relation", "Website", "Event")}
    header = _google_header(counts)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)
    for record in people:
        cells = _google_cells(record)
        writer.writerow([safe_cell(cells.get(column, "")) for column in header])


# -- Outlook ---------------------------------------------------------------------

def _outlook_cells(r: ContactRecord) -> dict[str, str]:
    cells = {
        "Title": r.prefix, "First Name": r.given_name, "Middle Name": r.additional_names,
        "Last Name": r.family_name, "Suffix": r.suffix, "Company": r.organisation,
        "Department": r.department, "Job Title": r.title, "Notes": r.notes,
        "Birthday": _us_date(r.birthday), "Anniversary": _us_date(r.anniversary),
        "Categories": ";".join(r.categories),
        "Web Page": next((u.value for u in r.urls), r.linkedin_url or ""),
    }
    if not (r.given_name or r.family_name):
        cells["First Name"] = r.full_name
    for column, email in zip(("E-mail", "E-mail 2", "E-mail 3"), r.emails, strict=False):
        cells[f"{column} Address"] = email.value
        cells[f"{column} Type"] = "SMTP"
        cells[f"{column} Display Name"] = f"{r.full_name} ({email.value})"
    cells.update(_outlook_phones(r.phones))
    cells.update(_outlook_addresses(r.addresses))
    for point in r.related:
        related = {"spouse": "Spouse", "manager": "Manager's Name",
                   "assistant": "Assistant's Name"}.get(point.kind or point.label.lower())
        if related:
            cells.setdefault(related, point.value)
    return cells


def _outlook_phones(phones: list[ContactPoint]) -> dict[str, str]:
    cells: dict[str, str] = {}
    for phone in phones:
        value = phone.value + (f" ext. {phone.extension}" if phone.extension else "")
        column = _phone_column(phone, cells)
        if column:
            cells[column] = value
    return cells


def _phone_column(phone: ContactPoint, taken: dict[str, str]) -> str | None:
    kinds = set(phone.kind.split(","))
    wanted = [c for c, k in PHONE_KINDS.items() if k and set(k.split(",")) <= kinds]
    if "cell" in kinds:
        wanted.insert(0, "Mobile Phone")
    wanted.append("Other Phone")
    return next((c for c in wanted if c not in taken), None)


def _outlook_addresses(addresses: list[ContactPoint]) -> dict[str, str]:
    cells: dict[str, str] = {}
    free = ["Business", "Home", "Other"]
    for point in addresses:
        preferred = {"work": "Business", "home": "Home"}.get(point.kind.split(",")[0], "Other")
        prefix = preferred if preferred in free else (free[0] if free else None)
        if prefix is None:
            break
        free.remove(prefix)
        address = point.address or Address(street=point.value)
        streets = address.street.split("\n")
        for suffix, street in zip(("", " 2", " 3"), streets, strict=False):
            cells[f"{prefix} Street{suffix}"] = street
        cells[f"{prefix} City"] = address.locality
        cells[f"{prefix} State"] = address.region
        cells[f"{prefix} Postal Code"] = address.postal_code
        cells[f"{prefix} Country/Region"] = address.country
        cells[f"{prefix} Address PO Box"] = address.po_box
    return cells


def _us_date(iso: str | None) -> str:
    if not iso or iso.startswith("--"):
        return ""  # Outlook has no "birthday without a year"
    year, month, day = iso.split("-")
    return f"{int(month)}/{int(day)}/{year}"


# -- Google ----------------------------------------------------------------------

def _google_groups(r: ContactRecord) -> dict[str, list[ContactPoint]]:
    urls = list(r.urls)
    if r.linkedin_url and all(u.value != r.linkedin_url for u in urls):
        urls.append(ContactPoint(value=r.linkedin_url, label="LinkedIn"))
    events = [ContactPoint(value=r.anniversary, label="Anniversary")] if r.anniversary else []
    return {"E-mail": r.emails, "Phone": r.phones, "Address": r.addresses,
            "Relation": r.related, "Website": urls, "Event": events}


def _google_header(counts: dict[str, int]) -> list[str]:
    header = list(_GOOGLE_BASE)
    for name, count in counts.items():
        for n in range(1, count + 1):
            header.append(f"{name} {n} - Label")
            if name == "Address":
                header += [f"Address {n} - {part}" for part in _GOOGLE_ADDRESS]
            else:
                header.append(f"{name} {n} - Value")
    return header


def _google_cells(r: ContactRecord) -> dict[str, str]:
    cells = {
        "First Name": r.given_name, "Middle Name": r.additional_names,
        "Last Name": r.family_name, "Name Prefix": r.prefix, "Name Suffix": r.suffix,
        "Nickname": r.nickname, "File As": r.full_name, "Organization Name": r.organisation,
        "Organization Title": r.title, "Organization Department": r.department,
        "Birthday": r.birthday or "", "Notes": r.notes,
        "Labels": " ::: ".join(r.categories),
    }
    if not (r.given_name or r.family_name):
        cells["First Name"] = r.full_name
    for name, points in _google_groups(r).items():
        for n, point in enumerate(points, start=1):
            cells[f"{name} {n} - Label"] = _google_label(point)
            if name == "Address":
                cells.update(_google_address(n, point))
            else:
                extension = f" ext. {point.extension}" if point.extension else ""
                cells[f"{name} {n} - Value"] = point.value + extension
    return cells


def _google_label(point: ContactPoint) -> str:
    label = point.label or _GOOGLE_LABELS.get(point.kind, "")
    if not label:
        label = next((_GOOGLE_LABELS[k] for k in point.kind.split(",") if k in _GOOGLE_LABELS), "")
    return f"* {label}" if point.preferred and label else label


def _google_address(n: int, point: ContactPoint) -> dict[str, str]:
    a = point.address or Address()
    parts = (point.value, a.street, a.locality, a.po_box, a.region, a.postal_code, a.country,
             a.extended)
    names = (f"Address {n} - {name}" for name in _GOOGLE_ADDRESS)
    return dict(zip(names, parts, strict=True))
