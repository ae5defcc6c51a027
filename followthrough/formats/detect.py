"""Recognise a contact file by its content (the extension is only a tie-breaker).

    kind = detect_format("Connections.csv", head_bytes)   # "linkedin"
    records = read_contacts(stream, "Connections.csv", kind)

`detect_format(path, head_bytes)` looks at the first few KB, at their structure: a
first line `BEGIN:VCARD` is a vCard (anywhere else, say in a CSV's notes, it is
text), `{`/`[` is JSON, and CSV headers are told apart by their columns
(LinkedIn's `Connected On`, Google's `Labels`/`Group Membership`, Outlook's
`E-mail Address`). Unknown content raises `FormatError`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import BinaryIO, Literal

from followthrough.formats.calendar_events import is_calendar
from followthrough.formats.google_csv import is_google_header, read_google_csv
from followthrough.formats.linkedin_csv import is_linkedin_header, read_linkedin_csv
from followthrough.formats.linkedin_evidence import is_invitations_header, is_messages_header
from followthrough.formats.mbox import is_mbox
from followthrough.formats.outlook_csv import is_outlook_header, read_outlook_csv
from followthrough.formats.records import ContactRecord, FormatError
from followthrough.formats.vcard_read import read_vcards

Format = Literal["vcard", "linkedin", "google", "outlook", "json",
                 "invitations", "messages", "mbox", "ics"]  # the last four: evidence
HEAD_BYTES = 64 * 1024  # how much callers should pass: the LinkedIn preamble fits

READERS: dict[str, Callable[[bytes | BinaryIO, str], Iterator[ContactRecord]]] = {
    "vcard": read_vcards,
    "linkedin": read_linkedin_csv,
    "google": read_google_csv,
    "outlook": read_outlook_csv,
}


def detect_format(path: str, head_bytes: bytes) -> Format:
    text = _decode(head_bytes).lstrip()
    if text[:15].upper() == "BEGIN:VCALENDAR" and is_calendar(head_bytes):
        return "ics"
    if is_mbox(head_bytes):
        return "mbox"
    if text.partition("\n")[0].strip().upper() == "BEGIN:VCARD":
        return "vcard"
    if text[:1] in ("{", "["):
        return "json"
    csv_kind = _csv_kind(text)
    if csv_kind:
        return csv_kind
    suffix = PurePath(path).suffix.lower()
    if suffix in (".vcf", ".vcard") and not text:
        return "vcard"
    raise FormatError("not a vCard, JSON, LinkedIn, Google or Outlook contacts file, nor "
                      "LinkedIn Invitations.csv or messages.csv, an mbox or an .ics", file=path)


def read_contacts(source: bytes | BinaryIO, filename: str, kind: str) -> Iterator[ContactRecord]:
    """Dispatch to the reader for `kind` (as returned by detect_format; not json)."""
    if kind not in READERS:
        raise FormatError(f"no contact reader for {kind!r}", file=filename)
    return READERS[kind](source, filename)


def _decode(head: bytes) -> str:
    head = head.removeprefix(b"\xef\xbb\xbf")
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # the head cut a character in half
            return head[: error.start].decode("utf-8")
        return head.decode("cp1252", errors="replace")


def _csv_kind(text: str) -> Format | None:
    lines = io.StringIO(text)
    try:
        for index, cells in enumerate(csv.reader(lines)):
            cleaned = [cell.strip() for cell in cells]
            if is_linkedin_header(cleaned):
                return "linkedin"
            if is_google_header(cleaned):
                return "google"
            if is_outlook_header(cleaned):
                return "outlook"
            if is_invitations_header(cleaned):
                return "invitations"
            if is_messages_header(cleaned):
                return "messages"
            if index > 10:
                break
    except csv.Error:
        return None
    return None
