"""Helpers the tests of tests/reminders import (conftest.py holds only fixtures)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone


def overdue_notes(met, clock, count: int = 1) -> None:  # type: ignore[no-untyped-def]
    """Meet COUNT people 47 hours ago, then let their 48-hour steps turn overdue."""
    from followthrough.reminders.sweep import sweep

    for n in range(count):
        met(f"Person {n}" if count > 1 else "Jane Doe", ago=timedelta(hours=47))
    sweep(timezone.now())
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
