"""Reading the times people type: "yesterday 6pm", "2 days ago", "2026-11-20 18:30"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


class UnreadableTime(ValueError):
    pass


# The moments anyone may give, on every door: enough for any meeting and any plan, and far
# from the calendar's ends (year 1 in Berlin is year 0 in UTC: it overflowed `show`, drafts
# and the calendar export).
FIRST_YEAR, LAST_YEAR = 1900, 2200


def moment_problem(moment: datetime) -> str | None:
    """Why `moment` may not be given (out of the years allowed), or None."""
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return f"must be between the years {FIRST_YEAR} and {LAST_YEAR}"
    return None


def parse_when(text: str, *, now: datetime, zone: ZoneInfo) -> datetime:
    """An aware datetime for `text`, read in `zone`, relative to `now`."""
    if not text.strip() or len(text) > 100:
        raise UnreadableTime(f"cannot read {text[:100]!r} as a time")
    import dateparser  # slow to import: only commands given --when pay for it

    try:
        parsed = dateparser.parse(
            text,
            settings={
                "TIMEZONE": zone.key,
                "TO_TIMEZONE": "UTC",
                "RETURN_AS_TIMEZONE_AWARE": True,
                "RELATIVE_BASE": now.astimezone(zone).replace(tzinfo=None),
                "PREFER_DATES_FROM": "past",
            },
        )
    except OverflowError:  # the year 1 in a zone east of UTC is before the calendar begins
        raise UnreadableTime(f"{text!r} must be between the years {FIRST_YEAR} and "
                             f"{LAST_YEAR}") from None
    if not isinstance(parsed, datetime):
        raise UnreadableTime(
            f"cannot read {text!r} as a time: try 'yesterday 6pm', '2 days ago' or "
            "'2026-11-20 18:30'"
        )
    return parsed
