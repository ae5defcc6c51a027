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


@pytest.fixture
def people_to_search(owner, teammate):  # type: ignore[no-untyped-def]
    """500 people each for two owners, every 50th a Jane, with statistics (as autovacuum
    gathers them), so that PostgreSQL's choice of index means something."""
    from django.db import connection

    from followthrough.models import Person

    for who in (owner, teammate):
        Person.objects.bulk_create(
            Person(owner=who, full_name=f"{'Jane' if i % 50 == 0 else 'Person'}{i} Name{i}")
            for i in range(500))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
