"""Finding deadlines that passed since the last sweep and recording each as an Event, once.

The sweep reads only the window (last watermark - OVERLAP, now], so a million people cost what
changed, not what exists: each batch is one indexed keyset query across all owners (Step
(state, due_at); Person (face_to_face_due)) and one transaction that records the batch's events
and the notes they owe, whichever owners they belong to. The number of queries depends on how
many deadlines passed, never on how many owners there are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Q, QuerySet

from followthrough.domain.kinds import Status, StepState
from followthrough.models import Step
from followthrough.reminders.models import Delivery, Event, ReminderSettings, WorkerHeartbeat
from followthrough.selectors.status import people_turning

BATCH = 1000
# A step is "due" this long before its deadline: the digest's "due today" and the feed use it.
DUE_NOTICE = timedelta(hours=24)
# The first sweep looks back this far, so installing the worker does not replay old history.
FIRST_LOOKBACK = timedelta(days=1)
SWEEP = "sweep"
# Each sweep looks this far behind the watermark again: a step written by a transaction that
# committed after the sweep passed its due time is still found (the dedupe keys keep the rows
# already recorded from being recorded twice).
OVERLAP = timedelta(minutes=15)
# Events that deserve an immediate note (when the owner has them on); the rest wait for the digest.
IMMEDIATE = {Event.Kind.STEP_OVERDUE, Event.Kind.LAPSED}
NOTE_CHANNEL = "email"


@dataclass(frozen=True)
class Window:
    after: datetime
    until: datetime

    def shifted(self, by: timedelta) -> Window:
        return Window(self.after + by, self.until + by)


@dataclass(frozen=True)
class SweepResult:
    events: int
    deliveries: int


def sweep(now: datetime, batch: int = BATCH) -> SweepResult:
    """Record every deadline passed in (watermark, now] and move the watermark to now."""
    window = Window(_watermark(now) - OVERLAP, now)
    if window.until <= window.after:  # the clock went back: nothing new has passed
        return SweepResult(0, 0)
    totals = [record_events(rows, now) for rows in _candidates(window, batch)]
    _advance_watermark(now)
    return SweepResult(sum(t[0] for t in totals), sum(t[1] for t in totals))


def _candidates(window: Window, batch: int) -> Iterator[list[Event]]:
    yield from _step_batches(window, Event.Kind.STEP_OVERDUE, batch)
    yield from _step_batches(window.shifted(DUE_NOTICE), Event.Kind.STEP_DUE, batch)
    yield from _person_batches(window, Status.LAPSED, Event.Kind.LAPSED, batch)
    yield from _person_batches(window, Status.AT_RISK, Event.Kind.LAPSING, batch)


def _step_batches(window: Window, kind: str, batch: int) -> Iterator[list[Event]]:
    # No join to Person: a deleted person's open steps are set aside (services/trash.py).
    steps = Step.objects.filter(
        state=StepState.OPEN, due_at__gt=window.after, due_at__lte=window.until,
    ).values_list("id", "owner_id", "person_id", "due_at")
    for rows in _keyset(steps, "due_at", batch):
        yield [
            Event(owner_id=o, person_id=p, step_id=s, kind=kind, deadline=due,
                  dedupe_key=f"{kind}:step:{s}:{due.timestamp():.0f}")
            for s, o, p, due in rows
        ]


def people_turning_in(window: Window, status: Status) -> QuerySet:
    """selectors/status.people_turning, as the keyset pages read it."""
    return people_turning(status, window.after, window.until).values_list(
        "id", "owner_id", "id", "face_to_face_due")


def _person_batches(window: Window, status: Status, kind: str, batch: int) -> Iterator[list[Event]]:
    for rows in _keyset(people_turning_in(window, status), "face_to_face_due", batch):
        yield [
            Event(owner_id=o, person_id=p, kind=kind, deadline=due,
                  dedupe_key=f"{kind}:person:{p}:{due.timestamp():.0f}")
            for p, o, _, due in rows
        ]


def _keyset(rows: QuerySet, field: str, batch: int) -> Iterator[list[tuple]]:
    """Pages ordered by (field, id), each page starting after the last one: no OFFSET scans."""
    last: tuple[datetime, int] | None = None
    while True:
        page = rows
        if last is not None:
            page = rows.filter(Q(**{f"{field}__gt": last[0]}) | Q(**{field: last[0], "id__gt": last[1]}))
        found = list(page.order_by(field, "id")[:batch])
        if not found:
            return
        yield found
        last = (found[-1][3], found[-1][0])
        if len(found) < batch:
            return


@transaction.atomic
def record_events(candidates: list[Event], now: datetime) -> tuple[int, int]:
    """Insert the events not yet recorded and the immediate notes they owe, for whichever owners
    the batch holds; returns how many of each were new. A fixed number of statements per batch."""
    keys = [e.dedupe_key for e in candidates]
    recorded = Event.objects.filter(dedupe_key__in=keys)
    known = recorded.count()
    for event in candidates:
        event.created_at = now
    Event.objects.bulk_create(candidates, ignore_conflicts=True, batch_size=BATCH)
    return recorded.count() - known, _owe_immediate_notes(keys, now)


def _owe_immediate_notes(keys: list[str], now: datetime) -> int:
    """One INSERT ... SELECT: a note for each IMMEDIATE event among `keys` whose owner has not
    turned them off, unless owed already. Returns how many were new.

    In SQL rather than bulk_create because SQLite splits a bulk insert every 999 parameters
    (76 deliveries), which would make the statements grow with the number of owners."""
    table, quote = Delivery._meta.db_table, connection.ops.quote_name
    moment = Delivery._meta.get_field("created_at").get_db_prep_value(now, connection)
    columns = ("owner_id", "kind", "event_id", "channel", "dedupe_key", "state", "attempts",
               "next_attempt_at", "claimed_by", "last_error", "created_at")
    sql = (
        f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) "  # noqa: S608  # nosec B608
        f"SELECT e.owner_id, %s, e.id, %s, %s || CAST(e.id AS TEXT) || %s, %s, 0, %s, '', '', %s "
        f"FROM {quote(Event._meta.db_table)} e "
        f"WHERE e.dedupe_key IN ({', '.join(['%s'] * len(keys))}) "
        f"AND e.kind IN ({', '.join(['%s'] * len(IMMEDIATE))}) "
        f"AND NOT EXISTS (SELECT 1 FROM {quote(ReminderSettings._meta.db_table)} s "
        f"WHERE s.owner_id = e.owner_id AND s.immediate_overdue = %s) "
        f"ON CONFLICT (dedupe_key) DO NOTHING"
    )
    params = [Delivery.Kind.NOTE, NOTE_CHANNEL, "note:", f":{NOTE_CHANNEL}", Delivery.State.PENDING,
              moment, moment, *keys, *sorted(IMMEDIATE), False]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return max(cursor.rowcount, 0)


def _watermark(now: datetime) -> datetime:
    mark = WorkerHeartbeat.objects.filter(name=SWEEP).values_list("swept_until", flat=True).first()
    return mark or now - FIRST_LOOKBACK


def _advance_watermark(now: datetime) -> None:
    # Only forward: a second worker finishing an older pass must not move it back.
    updated = WorkerHeartbeat.objects.filter(name=SWEEP, swept_until__lt=now).update(
        swept_until=now, last_run_at=now
    )
    if not updated:
        WorkerHeartbeat.objects.get_or_create(
            name=SWEEP, defaults={"swept_until": now, "last_run_at": now}
        )
