"""The statistics the query planners choose indexes by, kept current the way each database asks.

SQLite keeps none until asked: a database that never ran ANALYZE has no `sqlite_stat1`, and
its planner guesses. SQLite's own advice (https://sqlite.org/pragma.html#pragma_optimize) is
followed: a long-lived connection runs `PRAGMA optimize=0x10002` when it opens and
`PRAGMA optimize` now and then; a short-lived one runs `PRAGMA optimize` before it closes; a
schema change or a large change of the data is followed by an analysis. Here:

- every SQLite connection opens with `PRAGMA analysis_limit=1000` (SQLite advises 100-1,000:
  each analysis reads about that many rows per index, a few milliseconds however large the
  tables) and `PRAGMA optimize=0x10002` (settings.py: init_command);
- a connection that wrote runs `PRAGMA optimize` after its commit, once an hour at most
  (`after_write`: a command's one write, a web thread's first write of the hour). It
  analyses only the tables this connection used whose statistics are missing or stale;
- a large import or restore analyses its tables at once (`after_bulk_write`), before its
  next query can be planned on the old sizes;
- migration 0014, which made the per-person indexes, analyses the database once.

PostgreSQL's autovacuum gathers statistics on its own, a minute or so after a table changed
much; a large import analyses its tables at once, as PostgreSQL's manual advises after a bulk
load. The plans of the hot per-person queries do not depend on either: their indexes lead with
the person (models: step_person_state_due and others), which any planner prefers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.backends.base.base import BaseDatabaseWrapper

logger = logging.getLogger(__name__)
OPTIMIZE = "PRAGMA optimize"
OPTIMIZE_EVERY_SECONDS = 3600.0
# A bulk write of at least this many rows analyses its tables straight after.
LARGE_WRITE_ROWS = 1000

# Per Django connection: (the SQLite connection it holds, when that one last ran optimize).
_OPTIMIZED: WeakKeyDictionary[BaseDatabaseWrapper, tuple[int, float]] = WeakKeyDictionary()


def after_write() -> None:
    """Run after a write commits (services/versions.py schedules it): `PRAGMA optimize` on
    SQLite when this connection has not run it for an hour."""
    db = connections[DEFAULT_DB_ALIAS]
    if db.vendor != "sqlite" or db.connection is None:
        return
    opened, now = id(db.connection), time.monotonic()
    last = _OPTIMIZED.get(db)
    if last is not None and last[0] == opened and now - last[1] < OPTIMIZE_EVERY_SECONDS:
        return
    if _best_effort(db, [OPTIMIZE]):
        _OPTIMIZED[db] = (opened, now)


def after_bulk_write(tables: Iterable[str], rows: int) -> None:
    """Analyse `tables` (names from models) after a committed bulk write of `rows` rows."""
    if rows < LARGE_WRITE_ROWS:
        return
    db = connections[DEFAULT_DB_ALIAS]
    _best_effort(db, [f"ANALYZE {db.ops.quote_name(table)}" for table in tables])


def analyze(db: BaseDatabaseWrapper, tables: Iterable[str]) -> None:
    """Fresh statistics for `tables`, bounded on SQLite by the connection's analysis_limit."""
    quote = db.ops.quote_name
    with db.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {quote(table)}")


def _best_effort(db: BaseDatabaseWrapper, statements: list[str]) -> bool:
    """Run after a write has committed: a database busy past the timeout must not turn that
    write into an error. The statistics wait for the next write."""
    try:
        with db.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    except DatabaseError as error:
        logger.warning("planner statistics not refreshed: %s", error)
        return False
    return True
