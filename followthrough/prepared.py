"""The hot statements, planned by PostgreSQL once per connection instead of once per request.

Planning the People search took PostgreSQL 0.3-0.9 ms, running it 0.05-0.2 ms. A statement run
through `execute` is PREPAREd the first time a connection runs it, then EXECUTEd; the
connection asks for generic plans (settings: plan_cache_mode), so it is never planned again.
Its SQL must therefore suit every value: a prefix test is a range (`~>=~`/`~<~`), which an
index answers whatever the prefix, not `LIKE %s`, which it answers only for a known pattern.
On SQLite, which plans in microseconds, the statement simply runs.

Prepared statements live in the server session: a pooler in transaction mode would hand the
next request another session (docs/deploy.md).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from weakref import WeakKeyDictionary

from django.db.backends.utils import CursorWrapper

_PREPARED: WeakKeyDictionary[object, set[str]] = WeakKeyDictionary()
_PLACEHOLDER = re.compile("%s")
# Each name's statement, for reading logs: as many as the code has shapes (a few dozen).
_SQL_OF_NAME: dict[str, str] = {}
_EXECUTE = re.compile(r"EXECUTE (ft_[0-9a-f]{24})\b")


def execute(cursor: CursorWrapper, sql: str, params: Sequence[object]) -> None:
    """`cursor.execute(sql, params)`, prepared once per connection on PostgreSQL."""
    if cursor.db.vendor != "postgresql":
        cursor.execute(sql, params)
        return
    name = name_of(sql)
    prepared = _PREPARED.setdefault(cursor.db.connection, set())
    if name not in prepared:
        numbers = iter(range(1, len(params) + 1))
        cursor.execute(f"PREPARE {name} AS {_PLACEHOLDER.sub(lambda _: f'${next(numbers)}', sql)}")
        prepared.add(name)  # a PREPARE outlives a rolled back transaction: it is the session's
    arguments = f"({', '.join(['%s'] * len(params))})" if params else ""
    cursor.execute(f"EXECUTE {name}{arguments}", params)


@lru_cache(maxsize=256)  # a few dozen shapes; hashing them on every execution was waste
def name_of(sql: str) -> str:
    """The name `sql` is prepared under: the same on every connection."""
    name = "ft_" + hashlib.sha256(sql.encode()).hexdigest()[:24]
    _SQL_OF_NAME[name] = sql
    return name


def statement_run(logged: str) -> str:
    """What a logged statement ran: a prepared statement's SQL for its EXECUTE, else itself."""
    found = _EXECUTE.match(logged)
    return _SQL_OF_NAME.get(found.group(1), logged) if found else logged
