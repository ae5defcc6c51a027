"""The JSON backup's shape: field tables, encoding to JSON values and checked decoding.

Plain data only (no ORM): `backup_json` reads the models into these dicts and back.

    {"format": "followthrough-backup", "version": 1, "exported_at": "...",
     "playbook_toml": "...",
     "people": [{...person fields..., "contact_points": [...], "meetings": [...],
                 "steps": [...], "interactions": [...], "offers": [...]}]}

Meetings carry a `ref` (unique within the file) that steps and offers point to.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any

from followthrough.formats.records import FormatError
from followthrough.services.people import CADENCE_MAX_DAYS

FORMAT = "followthrough-backup"
VERSION = 1
TEXT, BOOL, INT, DATE, TIME, BYTES, JSON = "text", "bool", "int", "date", "time", "bytes", "json"
DAYS = "days"  # a face-to-face cadence: 0 (off) to CADENCE_MAX_DAYS, as the services allow
INT_MAX = 2**31 - 1  # the largest whole number every database column here holds
NEEDED = "!"  # a kind ending in "!" must be present (and text non-empty)

PERSON = {
    "uid": TEXT + NEEDED, "full_name": TEXT + NEEDED, "given_name": TEXT, "family_name": TEXT,
    "additional_names": TEXT, "name_prefix": TEXT, "name_suffix": TEXT, "nickname": TEXT,
    "organisation": TEXT, "department": TEXT, "title": TEXT, "notes": TEXT, "tags": TEXT,
    "birthday": TEXT, "anniversary": TEXT, "photo": BYTES, "photo_mime": TEXT,
    "card_extra": JSON, "connected_on": DATE, "cadence_days": DAYS,
    "first_met_at": TIME, "last_face_to_face_at": TIME, "relationship_until": TIME,
    "face_to_face_due": TIME, "next_due": TIME, "created_at": TIME, "updated_at": TIME,
    "deleted_at": TIME,
}
CONTACT_POINT = {"kind": TEXT + NEEDED, "value": TEXT + NEEDED, "key": TEXT, "label": TEXT, "preferred": BOOL,
                 "types": TEXT, "extension": TEXT, "address": JSON}
MEETING = {"ref": INT, "at": TIME + NEEDED, "where": TEXT, "why": TEXT, "need": TEXT,
           "created_at": TIME}
STEP = {"meeting": INT, "kind": TEXT + NEEDED, "title": TEXT + NEEDED, "after": TEXT,
        "cadence": BOOL, "due_at": TIME + NEEDED, "state": TEXT, "closed_at": TIME,
        "skip_reason": TEXT, "note": TEXT, "created_at": TIME}
INTERACTION = {"kind": TEXT + NEEDED, "at": TIME + NEEDED, "note": TEXT, "created_at": TIME}
OFFER = {"meeting": INT, "text": TEXT + NEEDED, "delivered_at": TIME, "created_at": TIME}
CARD_PHOTO = {"photo": BYTES + NEEDED, "created_at": TIME}
CHILDREN = {"contact_points": CONTACT_POINT, "meetings": MEETING, "steps": STEP,
            "interactions": INTERACTION, "offers": OFFER, "card_photos": CARD_PHOTO}
NULLABLE = {INT, DAYS, DATE, TIME, BYTES, JSON}


def encode(spec: dict[str, str], values: dict[str, Any]) -> dict[str, Any]:
    return {name: _encode(kind, values.get(name)) for name, kind in spec.items()}


def _encode(kind: str, value: Any) -> Any:
    kind = kind.rstrip(NEEDED)
    if value is None:
        return None
    if kind in (DATE, TIME):
        return value.isoformat()
    if kind == BYTES:
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def document(people: list[dict[str, Any]], playbook_toml: str, exported_at: dt.datetime) -> str:
    return json.dumps({
        "format": FORMAT, "version": VERSION, "exported_at": exported_at.isoformat(),
        "playbook_toml": playbook_toml, "people": people,
    }, ensure_ascii=False, indent=1)


def parse(data: bytes, filename: str) -> tuple[list[dict[str, Any]], str]:
    """The people (decoded, children included) and the playbook TOML of a backup file."""
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise FormatError(f"not valid JSON ({error})", file=filename, line=line) from None
    except RecursionError:  # [[[[...]]]] deeper than Python's parser goes
        raise FormatError("not a backup: its JSON is nested too deeply to read", file=filename) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise FormatError(f"not a Followthrough backup (no \"format\": \"{FORMAT}\")",
                          file=filename)
    if raw.get("version") != VERSION:
        raise FormatError(f"backup version {raw.get('version')!r} is not {VERSION}",
                          file=filename, field="version")
    people = _list(raw, "people", filename, "people")
    playbook = raw.get("playbook_toml") or ""
    if not isinstance(playbook, str):
        raise FormatError("must be text", file=filename, field="playbook_toml")
    return [_person(p, f"people[{n}]", filename) for n, p in enumerate(people)], playbook


def _person(raw: Any, where: str, filename: str) -> dict[str, Any]:
    person = decode(PERSON, raw, where, filename)
    for name, spec in CHILDREN.items():
        rows = _list(raw, name, filename, f"{where}.{name}")
        person[name] = [decode(spec, r, f"{where}.{name}[{n}]", filename)
                        for n, r in enumerate(rows)]
    return person


def _list(raw: dict[str, Any], name: str, filename: str, where: str) -> list[Any]:
    value = raw.get(name, [])
    if not isinstance(value, list):
        raise FormatError("must be a list", file=filename, field=where)
    return value


def decode(spec: dict[str, str], raw: Any, where: str, filename: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise FormatError("must be an object", file=filename, field=where)
    values = {}
    for name, kind in spec.items():
        try:
            values[name] = _decode(kind.rstrip(NEEDED), raw.get(name), kind.endswith(NEEDED))
        except (ValueError, TypeError, binascii.Error) as error:
            raise FormatError(str(error), file=filename, field=f"{where}.{name}") from None
    return values


def _decode(kind: str, value: Any, required: bool) -> Any:
    if value is None:
        if required:
            raise ValueError("is required")
        return None if kind in NULLABLE else {TEXT: "", BOOL: False}[kind]
    if kind == TEXT:
        if not isinstance(value, str) or (required and not value.strip()):
            raise ValueError("must be non-empty text" if required else "must be text")
        if "\x00" in value:
            raise ValueError("contains a NUL character")
        return value
    if kind == BOOL and isinstance(value, bool):
        return value
    if kind == INT and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        if value > INT_MAX:
            raise ValueError(f"{str(value)[:40]} is out of range (at most {INT_MAX:,})")
        return value
    if kind == DAYS and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        if value > CADENCE_MAX_DAYS:
            raise ValueError(f"{str(value)[:40]} is out of range: a cadence is at most "
                             f"{CADENCE_MAX_DAYS:,} days")
        return value
    if kind in (DATE, TIME) and isinstance(value, str):
        return _when(kind, value)
    if kind == BYTES and isinstance(value, str):
        return base64.b64decode(value, validate=True)
    if kind == JSON and isinstance(value, dict | list):
        return value
    raise ValueError(f"{value!r:.40} is not a valid {kind}")


def _when(kind: str, text: str) -> dt.date | dt.datetime:
    if kind == DATE:
        return dt.date.fromisoformat(text)
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment
