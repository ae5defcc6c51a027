"""The *team* data set (1,000 owners x 1,000 people, one open step each) and the worker sweep row.

A million rows through the ORM take minutes, so rows are written as plain tuples, by the
imports' own bulk insert (services/bulk_rows.py). Values go through each field's get_db_prep_save, so the rows
are exactly what the ORM would have written.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from datetime import time as dtime
from typing import Any

from bench.results import Row

CHUNK = 20_000
# Deadlines spread over +-30 days: a one-minute sweep window holds ~23 steps and ~23 people.
SPREAD_MINUTES = 60 * 24 * 30


def make_team(now: datetime, *, owners: int = 1_000, people: int = 1_000) -> None:
    from django.contrib.auth.models import User

    User.objects.bulk_create(User(username=f"team-{n}") for n in range(owners))
    owner_ids = list(User.objects.filter(username__startswith="team-").values_list("id", flat=True))
    _write_people(owner_ids, people, now)
    _write_steps(now)


def _write_people(owner_ids: list[int], per_owner: int, now: datetime) -> None:
    from followthrough.models import Person

    varying = ("owner", "full_name", "uid", "face_to_face_due", "next_due")
    dues = _due_values(Person._meta.get_field("face_to_face_due"), now)

    def rows() -> Iterator[tuple[Any, ...]]:
        n = 0
        for owner_id in owner_ids:
            for _ in range(per_owner):
                due = dues[n % len(dues)]
                yield (owner_id, f"Team Person {n}", f"bench-{n}", due, due)
                n += 1

    _insert(Person, varying, rows())


def _write_steps(now: datetime) -> None:
    from followthrough.models import Person, Step

    varying = ("owner", "person", "due_at")
    dues = _due_values(Step._meta.get_field("due_at"), now)
    people = Person.objects.filter(uid__startswith="bench-").values_list("owner_id", "id")
    rows = ((owner_id, pid, dues[pid % len(dues)]) for owner_id, pid in people.iterator(CHUNK))
    _insert(Step, varying, rows, kind="call", title="call", after="30d")


def _due_values(field: Any, now: datetime) -> list[Any]:
    from django.db import connection

    moments = (now + timedelta(minutes=m) for m in range(-SPREAD_MINUTES, SPREAD_MINUTES, 7))
    return [field.get_db_prep_save(moment, connection) for moment in moments]


def _insert(model: Any, varying: Sequence[str], rows: Iterable[tuple[Any, ...]],
            **fixed: Any) -> None:
    """Insert rows whose `varying` fields come from `rows`; every other field takes its default."""
    from django.db import connection, transaction

    from followthrough.services.bulk_rows import insert_rows

    template = model(**fixed)
    template.created_at = template.updated_at = datetime.now().astimezone()
    varying_columns = [model._meta.get_field(name).column for name in varying]
    constant_fields = [f for f in model._meta.concrete_fields
                       if not f.primary_key and not f.generated
                       and f.column not in varying_columns]
    constants = tuple(f.get_db_prep_save(getattr(template, f.attname), connection)
                      for f in constant_fields)
    columns = varying_columns + [f.column for f in constant_fields]
    with transaction.atomic():
        for chunk in _chunks(rows, CHUNK):
            insert_rows(model._meta.db_table, columns, [r + constants for r in chunk])


def _chunks(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def each_minute(work: Callable[[datetime], object], now: datetime, passes: int) -> tuple[float, float]:
    """Median seconds and queries of `work` run once a minute after `now`, as the worker does."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], []
    for minute in range(1, passes + 1):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            work(now + timedelta(minutes=minute))
            times.append(time.perf_counter() - start)
        queries.append(len(captured.captured_queries))
    return statistics.median(times), statistics.median(queries)


def sweep_row(now: datetime, label: str, sweeps: int = 5) -> Row:
    """Steady state: the worker sweeps every minute; the first sweep (one day back) warms up."""
    from followthrough.models import Person
    from followthrough.reminders.sweep import sweep

    sweep(now)
    seconds, queries = each_minute(sweep, now, sweeps)
    people = Person.objects.filter(uid__startswith="bench-").count()
    return Row(f"worker sweep, team ({people:,} people, 1,000 each){label}",
               f"{seconds:.3f} s/sweep, {queries:.0f} queries", "—", None,
               "< 1 s per sweep", seconds < 1.0)


def digests_row(now: datetime, label: str, passes: int = 5) -> Row:
    """Every pass also owes the day's digests: after the first pass of the day, none are new."""
    from django.contrib.auth.models import User

    from followthrough.preferences import preferences_for
    from followthrough.reminders.digests import schedule_digests

    zone = preferences_for().zone  # noon where the owners live: every digest hour has come
    now = datetime.combine(now.astimezone(zone).date(), dtime(12), tzinfo=zone)
    owners = User.objects.filter(username__startswith="team-").count()
    schedule_digests(now)
    seconds, queries = each_minute(schedule_digests, now, passes)
    return Row(f"worker digests owed per pass after the hour, team ({owners:,} owners){label}",
               f"{seconds:.3f} s/pass, {queries:.0f} queries", "—", None,
               "< 1 s per pass", seconds < 1.0)
