"""Inserting many rows with one `executemany`, for imports of tens of thousands of people.

Django's bulk_create compiles every value of every row through the field machinery and, on
SQLite, splits a batch into inserts of ~30 rows; for a 10,000-card import that alone cost
more than parsing the file. Here the statement is built once per model and only the values
that need adapting (JSON, dates, times, bytes) go through their field.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import connection, models

_ADAPTED = {"JSONField", "DateField", "DateTimeField", "BinaryField"}


class RowInserter:
    """INSERT rows given as {attname: value}; missing columns take the field's default."""

    def __init__(self, model: type[models.Model]) -> None:
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        self.fields = fields
        self.defaults = [None if f.null and not f.has_default() else f.get_default()
                         for f in fields]
        self.defaults_by_name = {f.attname: d for f, d in zip(fields, self.defaults, strict=True)}
        self.columns_of = operator.itemgetter(*(f.attname for f in fields))
        self.adapted = [i for i, f in enumerate(fields) if f.get_internal_type() in _ADAPTED]
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        marks = ", ".join(["%s"] * len(fields))
        # Names come from the model, values go as parameters: nothing user-typed is in the SQL.
        table = quote(model._meta.db_table)
        self.copy_sql = f"COPY {table} ({columns}) FROM STDIN"
        self.sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608  # nosec B608

    def insert(self, rows: Iterable[Mapping[str, Any]]) -> None:
        # The same timestamp or empty JSON on every row is adapted once, not once a row.
        self.adapted_once: dict[tuple[int, Any], Any] = {}
        self.insert_values([self._values(row) for row in rows])

    def insert_values(self, params: list[Any]) -> None:
        """Rows already as database values, every column in `self.fields` order."""
        if not params:
            return
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # COPY is PostgreSQL's bulk path: one round trip, no statement per row.
                with cursor.cursor.copy(self.copy_sql) as copy:
                    for values in params:
                        copy.write_row(values)
            else:
                cursor.executemany(self.sql, params)

    def _values(self, row: Mapping[str, Any]) -> list[Any]:
        values = list(self.columns_of({**self.defaults_by_name, **row}))
        for index in self.adapted:
            if values[index] is not None:
                values[index] = self._adapt(index, values[index])
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
