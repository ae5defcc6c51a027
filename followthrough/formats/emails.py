"""E-mail addresses as merge keys.

`normalise_email(text)` returns the address with its domain lower-cased (the local
part is kept: it is case-sensitive by the standard), or None when it is not a
syntactically valid address. Deliverability is not checked: no network.
"""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


def normalise_email(text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    try:
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return f"{result.local_part}@{result.ascii_domain.lower()}"
