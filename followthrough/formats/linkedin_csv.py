"""Read LinkedIn's `Connections.csv` (from "Get a copy of your data").

    for record in read_linkedin_csv(open("Connections.csv", "rb"), "Connections.csv"):
        ...

The file opens with a `Notes:` preamble and a blank line before the header
`First Name,Last Name,URL,Email Address,Company,Position,Connected On`. Each row
becomes a record with given/family name, `linkedin_url` (normalised), the
e-mail when the connection shares it, organisation, title and `connected_on`
(a date, from `21 Oct 2025`). A file without that header raises `FormatError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from typing import BinaryIO

from followthrough.formats.csv_mapping import finish
from followthrough.formats.csv_rows import CsvRow, read_rows
from followthrough.formats.linkedin import normalise_linkedin_url
from followthrough.formats.records import ContactPoint, ContactRecord, FormatError, SourceRef

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def read_linkedin_csv(source: bytes | BinaryIO, filename: str = "") -> Iterator[ContactRecord]:
    rows = read_rows(source, filename, is_header=is_linkedin_header,
                     expected=f"LinkedIn's header {HEADER!r}")
    for row in rows:
        yield _record(row, SourceRef(filename, row.line))


def is_linkedin_header(cells: list[str]) -> bool:
    return {"First Name", "Last Name", "Connected On"} <= set(cells)


def _record(row: CsvRow, source: SourceRef) -> ContactRecord:
    record = ContactRecord(
        given_name=row.get("First Name"),
        family_name=row.get("Last Name"),
        organisation=row.get("Company"),
        title=row.get("Position"),
    )
    if email := row.get("Email Address"):
        record.emails.append(ContactPoint(value=email))
    record.linkedin_url = normalise_linkedin_url(row.get("URL"))
    if row.get("URL") and record.linkedin_url is None:  # not a profile: kept, as text
        record.texts.append(ContactPoint(kind="linkedin", value=row.get("URL"), label="LinkedIn"))
    record.connected_on = _connected_on(row.get("Connected On"), source)
    return finish(record, source)


def _connected_on(text: str, source: SourceRef) -> dt.date | None:
    if not text:
        return None
    date = _date(text)
    if date is None:
        raise FormatError.at(source, f"cannot read the date {text!r}", field="Connected On")
    return date


@lru_cache(maxsize=4096)
def _date(text: str) -> dt.date | None:
    """strptime is slow and an export repeats its dates: each is read once."""
    for pattern in ("%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%d-%b-%y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
