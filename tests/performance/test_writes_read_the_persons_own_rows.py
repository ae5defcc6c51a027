"""A write reads the person's own rows, however many open steps the owner has.

Every write recomputes the person's deadlines (services/refresh.py). Without statistics SQLite
read their earliest open step through the owner-wide (state, due) index, walking every open
step of the database: 71-86 ms a write at 84,000 open steps. Here a few thousand open steps
belong to other people, and each query a write runs is checked: on SQLite its plan searches
the steps, meetings and interactions by person (or by primary key), never scans; on
PostgreSQL, run for real, no scan of those tables reads more rows than the person has.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

pytestmark = pytest.mark.django_db

PER_PERSON_TABLES = ("followthrough_step", "followthrough_meeting", "followthrough_interaction")


@pytest.fixture
def crowd(owner, teammate, clock):  # type: ignore[no-untyped-def]
    """1,500 people with three open steps each, half the owner's and half the teammate's, with
    statistics as ANALYZE gathers them: an earlier test that imported (the product runs ANALYZE
    after a large import) may have left statistics of near-empty tables, and with those SQLite
    once read every name instead of the folded-name index."""
    from followthrough.models import Meeting, Person, Step

    now = timezone.now()
    for who in (owner, teammate):
        people = Person.objects.bulk_create(
            Person(owner=who, full_name=f"Crowd {n}") for n in range(750))
        meetings = Meeting.objects.bulk_create(
            Meeting(owner=who, person=p, at=now - timedelta(days=3)) for p in people)
        Step.objects.bulk_create(
            Step(owner=who, person=m.person, meeting=m, kind=kind, title=kind,
                 due_at=now + timedelta(hours=n % 500 - 250), cadence=kind == "face-to-face")
            for n, m in enumerate(meetings) for kind in ("call", "linkedin", "face-to-face"))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def reads(write) -> list[str]:  # type: ignore[no-untyped-def]
    """The SELECTs `write()` runs that touch a person's steps, meetings or interactions."""
    with CaptureQueriesContext(connection) as captured:
        write()
    return [q["sql"] for q in captured.captured_queries
            if q["sql"].lstrip().upper().startswith("SELECT")
            and any(table in q["sql"] for table in PER_PERSON_TABLES)]


def sqlite_wrong_turns(sql: str) -> list[str]:
    """Plan lines that scan a per-person table, or search it by anything but the person."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        lines = [row[-1] for row in cursor.fetchall()]
    return [line for line in lines if any(t in line for t in PER_PERSON_TABLES)
            and not ("person_id=?" in line or "PRIMARY KEY" in line)]


def postgres_rows_read(sql: str) -> dict[str, int]:
    """The rows each per-person table's scans read (kept or filtered out), run for real."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    read: dict[str, int] = {}

    def walk(node: dict) -> None:  # type: ignore[type-arg]
        table = node.get("Relation Name")
        if table in PER_PERSON_TABLES:
            rows = (node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0)
                    + node.get("Rows Removed by Index Recheck", 0)) * node.get("Actual Loops", 1)
            read[table] = read.get(table, 0) + rows
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    return read


def assert_reads_only_the_persons_rows(queries: list[str], own_rows: int) -> None:
    assert queries, "the write read no per-person rows: the test would check nothing"
    for sql in queries:
        if connection.vendor == "postgresql":
            read = postgres_rows_read(sql)
            assert all(rows <= own_rows for rows in read.values()), (read, sql)
        else:
            assert not sqlite_wrong_turns(sql), (sqlite_wrong_turns(sql), sql)


def test_logging_a_call_reads_only_that_persons_rows(owner, prefs, crowd):  # type: ignore[no-untyped-def]
    from followthrough.models import Person
    from followthrough.services.interactions import log_interaction

    person = Person.objects.filter(owner=owner).first()
    queries = reads(lambda: log_interaction(owner=owner, person=person, kind="call",
                                            at=timezone.now(), now=timezone.now(), prefs=prefs))
    assert_reads_only_the_persons_rows(queries, own_rows=6)


def test_meeting_someone_face_to_face_reads_only_their_rows(owner, prefs, crowd):  # type: ignore[no-untyped-def]
    from followthrough.models import Person
    from followthrough.services.interactions import log_interaction

    person = Person.objects.filter(owner=owner).last()
    queries = reads(lambda: log_interaction(owner=owner, person=person, kind="face-to-face",
                                            at=timezone.now(), now=timezone.now(), prefs=prefs))
    assert_reads_only_the_persons_rows(queries, own_rows=6)


def test_completing_a_step_reads_only_that_persons_rows(owner, prefs, crowd):  # type: ignore[no-untyped-def]
    from followthrough.models import Step
    from followthrough.services.steps import complete_step

    step = Step.objects.filter(owner=owner, kind="call").order_by("id")[100]
    queries = reads(lambda: complete_step(owner=owner, step_id=step.pk, now=timezone.now(),
                                          prefs=prefs))
    assert_reads_only_the_persons_rows(queries, own_rows=6)


def test_a_new_meeting_with_someone_known_reads_only_their_rows(owner, prefs, crowd):  # type: ignore[no-untyped-def]
    from followthrough.models import Person
    from followthrough.services.meetings import NewMeeting, record_meeting

    person = Person.objects.filter(owner=owner).order_by("id")[300]
    queries = reads(lambda: record_meeting(
        owner=owner, person=person, prefs=prefs, now=timezone.now(),
        meeting=NewMeeting(name=person.full_name, at=timezone.now(), give="an intro")))
    assert_reads_only_the_persons_rows(queries, own_rows=12)


def test_meeting_someone_new_looks_their_name_up_not_every_name(owner, prefs, crowd):  # type: ignore[no-untyped-def]
    """"You already know someone called ..." is asked of the folded-name index: `iexact` had
    read every name of the owner's (22 ms a meeting at 30,000 people)."""
    from followthrough.services.meetings import NewMeeting, record_meeting

    with CaptureQueriesContext(connection) as captured:
        record_meeting(owner=owner, prefs=prefs, now=timezone.now(),
                       meeting=NewMeeting(name="Crowd 7 Junior", at=timezone.now()))
    (lookup,) = [q["sql"] for q in captured.captured_queries
                 if q["sql"].startswith("SELECT") and "LOWER(" in q["sql"].upper()
                 and "followthrough_person" in q["sql"]]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {lookup}")
            plan = cursor.fetchone()[0]
        text = json.dumps(plan)
        assert "Seq Scan" not in text and "person_owner_folded_name" in text, text
    else:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {lookup}")
            lines = [row[-1] for row in cursor.fetchall()]
        assert any("person_owner_folded_name" in line for line in lines), lines
        assert not any(line.startswith("SCAN") for line in lines), lines
