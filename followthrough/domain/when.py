"""Reading the times people type: "yesterday 6pm", "2 days ago", "2026-11-20 18:30"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


class UnreadableTime(ValueError):
    pass


def parse_when(text: str, *, now: datetime, zone: ZoneInfo) -> datetime:
    """An aware datetime for `text`, read in `zone`, relative to `now`."""
    if not text.strip() or len(text) > 100:
        raise UnreadableTime(f"cannot read {text[:100]!r} as a time")
    import dateparser  # slow to import: only commands given --when pay for it

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
    if not isinstance(parsed, datetime):
        raise UnreadableTime(
            f"cannot read {text!r} as a time: try 'yesterday 6pm', '2 days ago' or "
            "'2026-11-20 18:30'"
        )
    return parsed
