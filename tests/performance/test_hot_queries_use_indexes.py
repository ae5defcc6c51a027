"""The agenda's and the worker's queries are answered from an index, never a full table scan.

On SQLite the plan names the composite index made for each query. PostgreSQL's planner may pick
either step index on tiny test tables, so there the test asks for an index, and no Seq Scan.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def plan(queryset) -> str:  # type: ignore[no-untyped-def]
    """The plan of a queryset, or of (sql, params)."""
    sql, params = queryset if isinstance(queryset, tuple) else queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Small test tables make a sequential scan cheapest; ask whether the index serves.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(str(row) for row in cursor.fetchall())


def uses_index(queryset, sqlite_index: str, any_of: tuple[str, ...]) -> bool:  # type: ignore[no-untyped-def]
    text = plan(queryset)
    if connection.vendor == "postgresql":
        return "Seq Scan" not in text and any(name in text for name in any_of)
    return f"USING INDEX {sqlite_index}" in text or f"USING COVERING INDEX {sqlite_index}" in text


def test_the_agenda_page_reads_open_steps_by_owner_state_and_due_time(owner, clock):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from followthrough.models import Step

    steps = Step.objects.filter(owner=owner, state="open", due_at__lt=timezone.now())
    assert uses_index(steps.order_by("due_at", "id")[:20], "step_owner_state_due",
                      ("step_owner_state_due", "step_state_due"))


def test_the_worker_reads_due_steps_by_state_and_due_time(db, clock):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from followthrough.models import Step

    now = timezone.now()
    window = Step.objects.filter(state="open", due_at__gt=now - timedelta(minutes=1),
                                 due_at__lte=now)
    assert uses_index(window.order_by("due_at", "id")[:1000], "step_state_due",
                      ("step_state_due", "step_owner_state_due"))


def test_people_at_risk_are_read_by_owner_and_face_to_face_due(owner, people_with_deadlines):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from followthrough.models import Person

    now = timezone.now()
    at_risk = Person.objects.filter(owner=owner, face_to_face_due__gte=now,
                                    face_to_face_due__lte=now + timedelta(days=14))
    assert uses_index(at_risk.order_by("face_to_face_due", "id")[:20], "person_owner_f2f_due",
                      ("person_owner_f2f_due", "person_f2f_due"))


def test_a_people_search_reads_the_search_engine_and_contact_key_indexes(owner, clock, people_to_search):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from followthrough.selectors.people import people_for

    text = plan(people_for(owner, now=timezone.now(), search="Jan")[:51])
    if connection.vendor == "postgresql":
        assert "Seq Scan" not in text and "person_search" in text  # the GIN index
    else:
        assert "followthrough_person_search VIRTUAL TABLE" in text  # FTS5
        assert "USING INDEX contact_owner_kind_key" in text
        # The people are read by id from the matches, never by walking all of the owner's.
        assert "SEARCH followthrough_person USING INTEGER PRIMARY KEY" in text
        assert "person_owner_next_due" not in text
