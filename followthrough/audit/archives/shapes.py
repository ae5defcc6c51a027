"""Defensive helpers shared by the platform parsers: decode, load JSON, read fields safely.

Archives come from strangers' downloads and may be truncated or tampered with, so every
helper turns a surprise into AuditError (with the file's name) or a quiet None.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from followthrough.audit.findings import AuditError, Item


@dataclass
class ParseResult:
    items: list[Item] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AuditError(f"{name}: not UTF-8 text (byte {error.start})") from None


def load_json(name: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise AuditError(f"{name}: not valid JSON ({error.msg}, line {error.lineno})") from None
    except (ValueError, RecursionError) as error:
        raise AuditError(f"{name}: not readable JSON ({type(error).__name__})") from None


def repair_mojibake(text: str) -> str:
    """Undo Facebook's and Instagram's escaping of each UTF-8 byte as its own \\u00XX.

    Only when every character fits in Latin-1 and the bytes form valid UTF-8; otherwise the
    text was not mangled and stays as it is.
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def from_timestamp(value: Any) -> datetime | None:
    """Unix seconds (int, float or digit string) as an aware UTC datetime, else None."""
    if isinstance(value, str) and value.isdigit() and len(value) < 15:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def skipped_note(name: str, skipped: int, what: str) -> list[str]:
    if not skipped:
        return []
    plural = "entry" if skipped == 1 else "entries"
    return [f"{name}: skipped {skipped} {plural} that did not look like {what}"]
