"""Saying how late or how soon something is, as people say it."""

from __future__ import annotations

from datetime import datetime


def relative(due: datetime, now: datetime) -> str:
    """'3 days late', 'in 5 hours', 'now'."""
    seconds = (due - now).total_seconds()
    amount = abs(seconds)
    if amount < 60:
        return "now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if amount >= size:
            count = int(amount // size)
            span = f"{count} {unit}{'' if count == 1 else 's'}"
            return f"{span} late" if seconds < 0 else f"in {span}"
    return "now"
