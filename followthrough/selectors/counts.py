"""Many counts in one statement: each a range of an index, so the database counts entries and
reads no rows (the habit figures, selectors/habits.py)."""

from __future__ import annotations

from collections.abc import Mapping

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import F, Func, IntegerField, QuerySet, Subquery


class _Count(Func):
    """COUNT(*) of a subquery's rows, with no GROUP BY: one row, 0 when nothing matches."""

    template = "COUNT(*)"
    output_field = IntegerField()


def count_each(owner: AbstractBaseUser, queries: Mapping[str, QuerySet]) -> dict[str, int]:
    """How many rows each query has, by name, read as one row of scalar subqueries (one round
    trip, whatever the number of counts)."""
    if not queries:
        return {}
    names = list(queries)  # any text; the columns are c0, c1, ...
    counted = {f"c{i}": Subquery(queries[name].order_by().annotate(n=_Count(F("pk"))).values("n"))
               for i, name in enumerate(names)}
    row = get_user_model().objects.filter(pk=owner.pk).values(**counted).get()
    # None: a query that can match nothing, which Django leaves out of the statement.
    return {name: row[f"c{i}"] or 0 for i, name in enumerate(names)}
