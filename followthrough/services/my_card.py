"""Your own card, from the [me] table of config.toml, as vCard text and a QR code.

preferences.py reads me.name and me.email; the optional me.phone, me.title and me.company
are read here from the same file, since only the card uses them.
"""

from __future__ import annotations

import tomllib
from typing import Any

from followthrough.errors import InvalidInput
from followthrough.formats.records import ContactPoint, ContactRecord
from followthrough.formats.vcard_write import write_vcard
from followthrough.preferences import Preferences, config_path

OPTIONAL = ("phone", "title", "company")


def my_record(prefs: Preferences) -> ContactRecord:
    if not prefs.my_name:
        raise InvalidInput("me.name", f"set your name under [me] in {config_path()} first")
    extra = _optional_me()
    given, _, family = prefs.my_name.partition(" ")
    record = ContactRecord(full_name=prefs.my_name, given_name=given, family_name=family.strip(),
                           organisation=extra["company"], title=extra["title"])
    if prefs.my_email:
        record.emails.append(ContactPoint(kind="work", value=prefs.my_email, preferred=True))
    if extra["phone"]:
        record.phones.append(ContactPoint(kind="cell", value=extra["phone"], preferred=True))
    record.uid = "urn:followthrough:me"
    return record


def _optional_me() -> dict[str, str]:
    path = config_path()
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8")).get("me", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            raw = {}  # preferences_for has already reported a broken file
    values = {}
    for key in OPTIONAL:
        value = raw.get(key, "") if isinstance(raw, dict) else ""
        if not isinstance(value, str):
            raise InvalidInput(f"me.{key}", f"must be text in {path}")
        values[key] = value.strip()
    return values


def my_vcard(prefs: Preferences) -> str:
    return write_vcard(my_record(prefs), "3.0")


def my_qr(prefs: Preferences):
    """A segno QR code of your vCard (error correction M: readable from a slightly bad photo)."""
    import segno

    return segno.make(my_vcard(prefs), error="m", micro=False)
