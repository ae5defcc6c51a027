"""Inserting many rows at once, for imports of tens of thousands of people.

Django's bulk_create compiles every value of every row through the field machinery and, on
SQLite, splits a batch into inserts of ~30 rows; for a 10,000-card import that alone cost
more than parsing the file. Here the statement is built once per model and only the values
that need adapting (JSON, dates, times, bytes) go through their field.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from django.db import connection, models

_ADAPTED = {"JSONField", "DateField", "DateTimeField", "BinaryField"}
# PostgreSQL takes at most 65,535 parameters in one statement.
_MAX_PARAMETERS = 60_000
_MAX_ROWS_PER_STATEMENT = 1_000


def insert_rows(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT rows of database values into `table` (names from models, never from users).

    SQLite runs a prepared statement per row in C (`executemany`); on PostgreSQL a round trip
    per row would cost more than the rows, so rows go in multi-row statements of up to 1,000.
    """
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.executemany(_statement(table, tuple(columns), 1), rows)
            return
        per_statement = min(_MAX_ROWS_PER_STATEMENT, _MAX_PARAMETERS // len(columns))
        for start in range(0, len(rows), per_statement):
            batch = rows[start:start + per_statement]
            cursor.execute(_statement(table, tuple(columns), len(batch)),
                           [value for row in batch for value in row])


@lru_cache(maxsize=32)
def _statement(table: str, columns: tuple[str, ...], rows: int) -> str:
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    row = "(" + ", ".join(["%s"] * len(columns)) + ")"
    return f"INSERT INTO {quote(table)} ({names}) VALUES {', '.join([row] * rows)}"  # noqa: S608  # nosec B608


class RowInserter:
    """INSERT rows given as {attname: value}; missing columns take the field's default."""

    def __init__(self, model: type[models.Model]) -> None:
        # A generated column is the database's to write.
        fields = [f for f in model._meta.concrete_fields if not f.primary_key and not f.generated]
        self.fields = fields
        self.defaults = [None if f.null and not f.has_default() else f.get_default()
                         for f in fields]
        self.defaults_by_name = {f.attname: d for f, d in zip(fields, self.defaults, strict=True)}
        self.columns_of = operator.itemgetter(*(f.attname for f in fields))
        self.adapted = [(i, _moment_adapter(f)) for i, f in enumerate(fields)
                        if f.get_internal_type() in _ADAPTED]
        self.table = model._meta.db_table
        self.columns = [f.column for f in fields]

    def insert(self, rows: Iterable[Mapping[str, Any]]) -> None:
        # The same timestamp or empty JSON on every row is adapted once, not once a row.
        self.adapted_once: dict[tuple[int, Any], Any] = {}
        self.insert_values([self._values(row) for row in rows])

    def insert_values(self, params: list[Any]) -> None:
        """Rows already as database values, every column in `self.fields` order."""
        insert_rows(self.table, self.columns, params)

    def _values(self, row: Mapping[str, Any]) -> list[Any]:
        values = list(self.columns_of({**self.defaults_by_name, **row}))
        for index, moment in self.adapted:
            value = values[index]
            if value is not None:
                values[index] = moment(value) if moment else self._adapt(index, value)
        return values

    def _adapt(self, index: int, value: Any) -> Any:
        key = (index, repr(value) if isinstance(value, dict | list) and len(value) < 2 else value)
        try:
            return self.adapted_once[key]
        except KeyError:
            adapted = self.fields[index].get_db_prep_save(value, connection)
            self.adapted_once[key] = adapted
            return adapted
        except TypeError:  # unhashable: a card's own JSON
            return self.fields[index].get_db_prep_save(value, connection)


def _moment_adapter(field: models.Field[Any, Any]) -> Callable[[Any], Any] | None:
    """For a DateTimeField: an aware datetime as the database stores it, without the field's
    checks and conversions, which cost a restore of 30,000 people (~300,000 times, each
    different) seconds. Anything else still goes through the field."""
    if field.get_internal_type() != "DateTimeField":
        return None

    def slow(value: Any) -> Any:
        return field.get_db_prep_save(value, connection)

    if connection.vendor == "sqlite":  # as DatabaseOperations.adapt_datetimefield_value
        return lambda value: (str(value.astimezone(UTC).replace(tzinfo=None))
                              if isinstance(value, datetime) and value.tzinfo else slow(value))
    return lambda value: value if isinstance(value, datetime) and value.tzinfo else slow(value)
