"""Phone numbers as merge keys.

`normalise_phone(text, default_region)` returns E.164 (`+14155550134`) or None when
`text` is not a valid number. `default_region` (ISO 3166 alpha-2, e.g. "US") is used
for numbers written without a country code.
"""

from __future__ import annotations

import phonenumbers


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
