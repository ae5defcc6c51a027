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
    from followthrough.selectors.people import people_for

    open_steps = Step.objects.filter(owner=owner, state="open", person__deleted_at__isnull=True)
    return {
        "agenda: overdue page (20 most urgent)":
            open_steps.filter(due_at__lt=now).select_related("person", "meeting")
            .order_by("due_at", "id")[:20],
        "agenda: at risk of lapsing":
            Person.objects.alive().filter(owner=owner, face_to_face_due__gte=now,
                                          face_to_face_due__lte=now + AT_RISK_WINDOW)
            .order_by("face_to_face_due", "id")[:20],
        "people: name prefix search (first page)":
            people_for(owner, now=now, search="Jan").order_by("full_name", "id")[:50],
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
    from django.db import connection

    sections = []
    for title, queryset in hot_queries(owner, now).items():
        sql, params = queryset.query.sql_with_params()
        prefix = ("EXPLAIN (ANALYZE, BUFFERS)" if connection.vendor == "postgresql"
                  else "EXPLAIN QUERY PLAN")
        with connection.cursor() as cursor:
            cursor.execute(f"{prefix} {sql}", params)
            rows = cursor.fetchall()
        plan = "\n".join(str(row[-1] if connection.vendor == "sqlite" else row[0]) for row in rows)
        sections.append(f"-- {title}\n{plan}")
    return "\n\n".join(sections)


if __name__ == "__main__":
    from followthrough.bootstrap import local_owner, setup_django

    setup_django()
    print(explain(local_owner(), datetime.now(UTC)))
