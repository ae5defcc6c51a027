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
    """With the statistics of a shared server: without them, PostgreSQL's choice between the
    step indexes followed whatever an earlier test's ANALYZE had left in its catalogue."""
    from django.utils import timezone

    from followthrough.models import Step

    # The owner has an agenda of their own: with none, every index led by the owner reads no
    # row, and PostgreSQL once chose another of them in CI (the plan is shown if it does again).
    _other_owners_steps(timezone.now(), also=owner)
    steps = Step.objects.filter(owner=owner, state="open", due_at__lt=timezone.now())
    agenda = steps.order_by("due_at", "id")[:20]
    indexes = ("step_owner_state_due", "step_state_due")
    assert uses_index(agenda, "step_owner_state_due", indexes), plan(agenda)


def test_the_worker_reads_due_steps_by_state_and_due_time(db, clock):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from followthrough.models import Step

    now = timezone.now()
    _other_owners_steps(now)
    window = Step.objects.filter(state="open", due_at__gt=now - timedelta(minutes=1),
                                 due_at__lte=now)
    sweep = window.order_by("due_at", "id")[:1000]
    assert uses_index(sweep, "step_state_due", ("step_state_due", "step_owner_state_due")), plan(sweep)


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


def _other_owners_steps(now, also=None):  # type: ignore[no-untyped-def]
    """Sixty other owners' steps (and as many for `also`) and, on PostgreSQL, the statistics
    autovacuum gathers of them: with an index on the owner alone, PostgreSQL then read this
    owner's few steps and sorted them. (SQLite's test database keeps no statistics.)"""
    from django.contrib.auth.models import User

    from followthrough.models import Person, Step

    owners = [User.objects.create_user(f"other-{number}") for number in range(60)]
    for other in owners + ([also] if also is not None else []):
        person = Person.objects.create(owner=other, full_name="Someone Else")
        Step.objects.bulk_create(
            Step(owner=other, person=person, kind="call", title="Call",
                 state="done" if n % 3 == 0 else "open", due_at=now - timedelta(days=n % 40))
            for n in range(80))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def test_a_show_all_page_reads_its_ids_from_the_agenda_index_alone(owner, clock, prefs):  # type: ignore[no-untyped-def]
    """However deep the page, skipping the steps before it never reads the table: at 30,000
    people the 772nd page of overdue steps had read 38,000 rows on PostgreSQL. The statement
    checked is the one agenda_page runs for a page past the first (pages of two here)."""
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from followthrough.models import Person, Step
    from followthrough.selectors.agenda_pages import agenda_page

    now = timezone.now()
    person = Person.objects.create(owner=owner, full_name="Ann Lee")
    Step.objects.bulk_create(Step(owner=owner, person=person, kind="call", title="Call",
                                  due_at=now - timedelta(days=1, minutes=n)) for n in range(7))
    _other_owners_steps(now)
    with CaptureQueriesContext(connection) as captured:
        page = agenda_page(owner, section="overdue", number=3, per_page=2, now=now,
                           zone=prefs.zone, playbook=prefs.playbook)
    assert [item.step.title for item in page.items] == ["Call", "Call"] and page.first == 5
    (ids,) = [q["sql"] for q in captured.captured_queries if "OFFSET 4" in q["sql"]]
    assert ids.split(" FROM ")[0] == 'SELECT "followthrough_step"."id" AS "id"'  # ids alone
    text = plan((ids, ()))
    if connection.vendor == "postgresql":
        assert "Index Only Scan using step_owner_state_due" in text, text
        assert "Sort" not in text, text
    else:
        assert "USING COVERING INDEX step_owner_state_due" in text, text
        assert "TEMP B-TREE" not in text, text
