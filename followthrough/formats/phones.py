"""Phone numbers as merge keys.

`normalise_phone(text, default_region)` returns E.164 (`+14155550134`) or None when
`text` is not a valid number. `default_region` (ISO 3166 alpha-2, e.g. "US") is used
for numbers written without a country code. `split_extension("+1 555 0100 ext. 12")`
returns `("+1 555 0100", "12")`.
"""

from __future__ import annotations

import re

import phonenumbers

_TEXT_EXTENSION = re.compile(r"\s+(?:ext\.?|x)\s*(\d+)$", re.IGNORECASE)


def normalise_phone(text: str | None, default_region: str | None = None) -> str | None:
    if not text or not text.strip():
        return None
    try:
        number = phonenumbers.parse(text, (default_region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def split_extension(text: str) -> tuple[str, str]:
    """Separate a trailing ` ext. 12` / ` x12` from a phone number written as text."""
    match = _TEXT_EXTENSION.search(text)
    if match is None:
        return text, ""
    return text[: match.start()], match.group(1)
