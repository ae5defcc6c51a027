"""The statements a block runs, as the database runs them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext

from followthrough.prepared import statement_run


@contextmanager
def statements_run() -> Iterator[list[str]]:
    """The SQL of each statement run inside the block, filled when it ends.

    On PostgreSQL a hot statement is PREPAREd once per connection (followthrough/prepared.py):
    that is not counted, and each EXECUTE is listed as the SQL it runs.
    """
    found: list[str] = []
    with CaptureQueriesContext(connection) as captured:
        yield found
    found += [statement_run(q["sql"]) for q in captured.captured_queries
              if not q["sql"].startswith("PREPARE ")]
