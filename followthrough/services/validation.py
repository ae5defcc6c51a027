"""Checks on what people type, shared by every service. Each failure names the field."""

from __future__ import annotations

from datetime import datetime

from followthrough.domain.text import text_problem
from followthrough.domain.when import moment_problem
from followthrough.errors import InvalidInput

SHORT_TEXT_MAX = 1000
NOTE_MAX = 5000


def clean_text(field: str, value: str | None, *, limit: int = SHORT_TEXT_MAX,
               required: bool = False, one_line: bool = True) -> str:
    """Text as typed, stripped. One-line fields (names, titles: what goes into an email header
    or a table cell) refuse line breaks; every field refuses what is not text (text_problem)."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(field, "must not be empty")
    if len(text) > limit:
        raise InvalidInput(field, f"is {len(text):,} characters long; the limit is {limit:,}")
    if problem := text_problem(text, one_line=one_line):
        raise InvalidInput(field, problem)
    return text


def clean_email(value: str) -> str:
    from followthrough.formats.emails import normalise_email

    email = normalise_email(value.strip())
    if email is None:
        raise InvalidInput("email", f"{value.strip()!r} is not a valid email address")
    return email


def clean_phone(value: str, region: str) -> str:
    from followthrough.formats.phones import normalise_phone

    phone = normalise_phone(value.strip(), region)
    if phone is None:
        raise InvalidInput(
            "phone", f"{value.strip()!r} is not a valid phone number (include +country code)"
        )
    return phone


def clean_linkedin(value: str) -> str:
    from followthrough.formats.linkedin import normalise_linkedin_url

    url = normalise_linkedin_url(value.strip())
    if url is None:
        raise InvalidInput(
            "linkedin", f"{value.strip()!r} is not a LinkedIn profile URL (linkedin.com/in/...)"
        )
    return url


def given_moment(field: str, when: datetime) -> datetime:
    """A moment someone gave: within the years every door accepts (domain/when.py)."""
    if problem := moment_problem(when):
        raise InvalidInput(field, f"{when.year:04d}-{when:%m-%d %H:%M}: {problem}")
    return when


def not_in_future(field: str, when: datetime, now: datetime) -> datetime:
    given_moment(field, when)
    if when > now:
        raise InvalidInput(field, f"{when:%Y-%m-%d %H:%M} is in the future")
    return when
