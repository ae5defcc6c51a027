"""The worker's sweep costs queries per batch of due steps, never per step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def sweep_queries(now) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """Events found, reads issued, and all statements (bulk inserts are split by the database's
    parameter limit on SQLite, so only the reads are exactly constant)."""
    from followthrough.reminders.sweep import sweep

    with CaptureQueriesContext(connection) as captured:
        result = sweep(now)
    statements = [q["sql"] for q in captured.captured_queries]
    reads = [sql for sql in statements if sql.startswith("SELECT")]
    return result.events, len(reads), len(statements)


def due_steps(count: int, now) -> None:  # type: ignore[no-untyped-def]
    from bench.team import make_team
    from followthrough.models import Person, Step

    make_team(now, owners=1, people=count)
    Person.objects.update(face_to_face_due=None)  # steps only: one kind of event in both runs
    # Every step falls due inside the first sweep's window (the last day).
    for n, step in enumerate(Step.objects.order_by("id")):
        Step.objects.filter(id=step.id).update(due_at=now - timedelta(minutes=n % 600 + 1))


def test_a_sweep_finding_ten_times_the_due_steps_reads_with_the_same_queries(clock):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User
    from django.utils import timezone

    from followthrough.models import Person, Step

    now = timezone.now()
    due_steps(20, now)
    few_events, few_reads, _ = sweep_queries(now)
    Step.objects.all().delete()
    Person.objects.all().delete()
    User.objects.all().delete()
    from followthrough.reminders.models import WorkerHeartbeat

    WorkerHeartbeat.objects.all().delete()
    due_steps(200, now)
    many_events, many_reads, many_statements = sweep_queries(now)
    assert few_events >= 20 and many_events >= 200  # every due step was found
    assert many_reads == few_reads
    assert many_statements < many_events / 5
