"""EXPLAIN ANALYZE of the hot queries on the data the benchmark generated (for docs/performance.md).

Run inside a section (`python -m bench explain` after `team`), or on any database:
DJANGO_SETTINGS_MODULE=followthrough.settings python -m bench.explain
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

MINUTE = timedelta(minutes=1)


def hot_queries(owner: Any, now: datetime) -> dict[str, Any]:
    from followthrough.domain.status import AT_RISK_WINDOW
    from followthrough.models import Person, Step
    from followthrough.selectors.people import PAGE_FIELDS, people_for

    open_steps = Step.objects.filter(owner=owner, state="open", person__deleted_at__isnull=True)
    return {
        "agenda: overdue page (20 most urgent)":
            open_steps.filter(due_at__lt=now).select_related("person", "meeting")
            .order_by("due_at", "id")[:20],
        "agenda: at risk of lapsing":
            Person.objects.alive().filter(owner=owner, face_to_face_due__gte=now,
                                          face_to_face_due__lte=now + AT_RISK_WINDOW)
            .order_by("face_to_face_due", "id")[:20],
        "People page: no search, the most urgent first":
            people_for(owner, now=now).values_list(*PAGE_FIELDS)[:51],
        "People page: 'Jan', a common prefix (FTS5 / GIN)":
            people_for(owner, now=now, search="Jan").values_list(*PAGE_FIELDS)[:51],
        "People page: 'Smi 4821', a rare pair of words":
            people_for(owner, now=now, search="Smi 4821").values_list(*PAGE_FIELDS)[:51],
        "People page: 'jan doe', two common words":
            people_for(owner, now=now, search="jan doe").values_list(*PAGE_FIELDS)[:51],
        "People page: 'p12@exa', the start of an e-mail address":
            people_for(owner, now=now, search="p12@exa").values_list(*PAGE_FIELDS)[:51],
        "worker: steps due in the last minute (one batch)":
            Step.objects.filter(state="open", due_at__gt=now - MINUTE, due_at__lte=now,
                                person__deleted_at__isnull=True)
            .values_list("id", "owner_id", "person_id", "due_at").order_by("due_at", "id")[:1000],
        "worker: people lapsing in the last minute (one batch, all owners)":
            Person.objects.filter(deleted_at__isnull=True,
                                  face_to_face_due__gt=now - MINUTE, face_to_face_due__lte=now)
            .values_list("id", "owner_id", "face_to_face_due")
            .order_by("face_to_face_due", "id")[:1000],
    }


def explain(owner: Any, now: datetime) -> str:
    """Each query's plan: EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite. The
    plans that tests used to read as text are here, for a person to read."""
    from django.db import connection

    postgres = connection.vendor == "postgresql"
    sections = []
    for title, query in hot_queries(owner, now).items():
        sql, params = query.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"{'EXPLAIN (ANALYZE, BUFFERS)' if postgres else 'EXPLAIN QUERY PLAN'} {sql}",
                           params)
            rows = cursor.fetchall()
        plan = "\n".join(str(row[0] if postgres else row[-1]) for row in rows)
        sections.append(f"-- {title}\n{plan}")
    return "\n\n".join(sections)


if __name__ == "__main__":
    from followthrough.bootstrap import local_owner, setup_django

    setup_django()
    print(explain(local_owner(), datetime.now(UTC)))
