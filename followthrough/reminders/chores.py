"""The worker's once-a-day chores: purging the trash, and the nightly backup when switched on.

Each chore has a daily slot (a local hour in the [time] zone) and a WorkerHeartbeat row whose
`swept_until` is the last slot done. A worker claims the slot with a compare-and-set on that
row, so of several workers exactly one does the chore. A worker killed mid-chore leaves its
claim; after LEASE another worker (or the same one) takes the slot over. A missed night (the
worker was off) is caught up at the next pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.db.models import Q

from followthrough.errors import FollowthroughError
from followthrough.reminders.models import WorkerHeartbeat

log = logging.getLogger(__name__)

PURGE, BACKUP = "purge", "backup"
PURGE_HOUR = 4  # local time: after the nightly backup (03:00 by default) has kept the trash
# Longer than a backup of a large database takes, so a live worker is never overtaken.
LEASE = timedelta(hours=1)


def slot(now: datetime, zone: ZoneInfo, hour: int) -> datetime:
    """The latest local `hour`:00 at or before `now`: the slot a daily chore is owed for."""
    local = now.astimezone(zone)
    today = datetime.combine(local.date(), time(hour), tzinfo=zone)
    return today if today <= local else datetime.combine(
        local.date() - timedelta(days=1), time(hour), tzinfo=zone)


def claim(name: str, due: datetime, now: datetime, worker: str) -> bool:
    """True for exactly one worker per chore and slot (again after LEASE if it never finished)."""
    _ensure_row(name, now)
    return bool(
        WorkerHeartbeat.objects.filter(
            Q(swept_until__isnull=True) | Q(swept_until__lt=due),
            name=name, last_run_at__lte=now - LEASE,
        ).update(last_run_at=now, worker=worker)
    )


def finish(name: str, due: datetime, claimed_at: datetime, worker: str) -> None:
    WorkerHeartbeat.objects.filter(name=name, worker=worker, last_run_at=claimed_at).update(
        swept_until=due
    )


def _ensure_row(name: str, now: datetime) -> None:
    if WorkerHeartbeat.objects.filter(name=name).exists():
        return
    try:
        with transaction.atomic():
            WorkerHeartbeat.objects.create(name=name, last_run_at=now - 2 * LEASE)
    except IntegrityError:  # another worker made it first
        pass


def run_chores(now: datetime, worker: str) -> list[str]:
    """Do each chore whose slot has come and that no other worker took; returns what was done."""
    from followthrough.preferences import backup_plan, preferences_for

    zone, plan = preferences_for().zone, backup_plan()
    chores: list[tuple[str, int, Callable[[], str]]] = [(PURGE, PURGE_HOUR, lambda: _purge(now))]
    if plan.nightly:
        chores.insert(0, (BACKUP, plan.hour, lambda: _backup(now, plan.directory, plan.keep)))
    done = []
    for name, hour, chore in chores:
        due = slot(now, zone, hour)
        if not claim(name, due, now, worker):
            continue
        try:
            done.append(chore())
        except FollowthroughError as exc:  # a clear message (e.g. pg_dump missing): once an hour
            log.warning("the %s chore failed, retrying in %s: %s", name, LEASE, exc)
            continue
        except Exception:  # a disk full or a database error must not stop the reminders
            log.exception("the %s chore failed, retrying in %s", name, LEASE)
            continue
        finish(name, due, now, worker)
    return done


def _purge(now: datetime) -> str:
    from followthrough.services.trash import purge_deleted

    return f"purged {purge_deleted(now=now)} people deleted more than 30 days ago"


def _backup(now: datetime, directory: Path | None, keep: int) -> str:
    from followthrough.services.backup import nightly_backup

    record = nightly_backup(directory=directory, keep=keep, now=now)
    return f"backed up to {record.path}"
