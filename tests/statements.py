"""The statements a block runs, as the database runs them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext


@contextmanager
def statements_run() -> Iterator[list[str]]:
    """The SQL of each statement run inside the block, filled when it ends."""
    found: list[str] = []
    with CaptureQueriesContext(connection) as captured:
        yield found
    found += [q["sql"] for q in captured.captured_queries]
