"""The per-owner data version: every write to an owner's data bumps it inside its transaction.

Readers that cache what they build from the data (the Today page) put the version in their
key, so a write made by any process (the CLI while the web server runs, another web process,
the worker) is seen by all of them as soon as it commits. Process memory is never trusted.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from django.db import connection, transaction
from django.db.models import F

from followthrough.models import DataVersion
from followthrough.planner_statistics import after_write

P = ParamSpec("P")
R = TypeVar("R")


def note_change(owner_id: int) -> None:
    """Call inside the writing transaction: the new version commits (or rolls back) with it.

    Once committed, the connection that wrote keeps SQLite's statistics current
    (planner_statistics.after_write)."""
    transaction.on_commit(after_write)
    if not DataVersion.objects.filter(owner_id=owner_id).update(version=F("version") + 1):
        with transaction.atomic():  # two first writers at once: one creates, the other bumps
            _, created = DataVersion.objects.get_or_create(owner_id=owner_id,
                                                           defaults={"version": _first()})
        if not created:
            DataVersion.objects.filter(owner_id=owner_id).update(version=F("version") + 1)


def _first() -> int:
    """A random start: a counter made again (a database recreated under a running server)
    must not repeat the numbers, and so the cache keys, of the one before."""
    return secrets.randbelow(2**53) + 1


def changes_owner_data(service: Callable[P, R]) -> Callable[P, R]:
    """A service that writes the data of its `owner` keyword: one transaction, version bumped."""
    @functools.wraps(service)
    @transaction.atomic
    def write(*args: P.args, **kwargs: P.kwargs) -> R:
        result = service(*args, **kwargs)
        note_change(kwargs["owner"].pk)  # type: ignore[attr-defined]
        return result
    return write


def data_version(owner_id: int) -> int:
    """0 for an owner who never wrote anything.

    Every cached page asks this first, so it skips the ORM's query building (two thirds of
    its cost): one primary-key read.
    """
    with connection.cursor() as cursor:
        cursor.execute(VERSION_SQL, [owner_id])
        row = cursor.fetchone()
    return row[0] if row else 0


_TABLE = DataVersion._meta.db_table  # a name from the model; the owner id goes as a parameter
VERSION_SQL = f"SELECT version FROM {_TABLE} WHERE owner_id = %s"  # noqa: S608  # nosec B608
