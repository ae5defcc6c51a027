"""Fixtures for the performance tests: the benchmark data sets, made small."""

from __future__ import annotations

from datetime import datetime

import pytest


@pytest.fixture
def personal(owner, clock):  # type: ignore[no-untyped-def]
    """Fill the owner's data with the benchmark's personal data set at a given size."""
    from django.utils import timezone

    from bench import datasets

    def make(people: int) -> datetime:
        now = timezone.now()
        datasets.personal(owner, now, people=people, meetings=people // 6,
                          interactions=people * 2, steps=people + people // 3)
        return now

    return make
