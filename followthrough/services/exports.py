"""Exports as bytes (vCard, Outlook/Google CSV, iCalendar, JSON) and one card per file."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from datetime import datetime
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser

from followthrough.formats.csv_write import write_google_csv, write_outlook_csv
from followthrough.formats.ics import calendar_for
from followthrough.formats.vcard_write import write_vcard, write_vcards
from followthrough.models import Person
from followthrough.preferences import Preferences
from followthrough.selectors.exports import people_to_export, record_for, records_for

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')  # what a Windows or Unix file name cannot hold


def vcards(owner: AbstractBaseUser, person: Person | None, version: str) -> bytes:
    return "".join(write_vcards(records_for(owner, person), version)).encode("utf-8")


def contacts_csv(owner: AbstractBaseUser, person: Person | None, dialect: str) -> bytes:
    text = io.StringIO(newline="")
    writer = write_google_csv if dialect == "google" else write_outlook_csv
    writer(records_for(owner, person), text)
    return text.getvalue().encode("utf-8-sig")  # the BOM is how both products detect UTF-8


def steps_calendar(owner: AbstractBaseUser, person: Person | None, prefs: Preferences,
                   now: datetime, vtodo: bool) -> bytes:
    from followthrough.selectors.calendar import calendar_items_for

    items = calendar_items_for(owner, now=now, prefs=prefs, person=person)
    return calendar_for(items, name="Followthrough", vtodo=vtodo, now=now)


def backup(owner: AbstractBaseUser, now: datetime) -> bytes:
    from followthrough.services.backup_json import backup_for

    return backup_for(owner=owner, now=now).encode("utf-8")


def one_vcard_per_person(owner: AbstractBaseUser, person: Person | None, version: str,
                         target: Path) -> int:
    """Write `Name.vcf` per person into a folder, or into a .zip when `target` ends so."""
    files = ((_file_name(p), write_vcard(record_for(p), version).encode("utf-8"))
             for p in people_to_export(owner, person))
    count = 0
    if target.suffix.lower() == ".zip":
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in _unique(files):
                archive.writestr(name, data)
                count += 1
        return count
    target.mkdir(parents=True, exist_ok=True)
    for name, data in _unique(files):
        (target / name).write_bytes(data)
        count += 1
    return count


def _file_name(person: Person) -> tuple[str, int]:
    stem = _UNSAFE.sub("", unicodedata.normalize("NFC", person.full_name)).strip(" .")[:80]
    return stem or "person", person.pk


def _unique(files):
    """`Name.vcf`, and `Name (id 12).vcf` for a second person of the same name."""
    taken: set[str] = set()
    for (stem, pk), data in files:
        name = f"{stem}.vcf"
        if name.lower() in taken:
            name = f"{stem} (id {pk}).vcf"
        taken.add(name.lower())
        yield name, data
