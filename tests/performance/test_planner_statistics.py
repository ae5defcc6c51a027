"""The planners' statistics are kept current as each database advises (planner_statistics.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

pytestmark = pytest.mark.django_db
sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="PostgreSQL's autovacuum keeps its statistics after "
    "single writes; the per-person plans are checked on both databases")


@pytest.fixture(autouse=True)
def a_connection_that_has_not_optimized_yet(monkeypatch):  # type: ignore[no-untyped-def]
    """As a new command's connection: the tests share one, and it optimizes once an hour."""
    from weakref import WeakKeyDictionary

    from followthrough import planner_statistics

    monkeypatch.setattr(planner_statistics, "_OPTIMIZED", WeakKeyDictionary())


def analysed_rows(table: str) -> int:
    """How many rows the planner's statistics say `table` has (0 when it has none)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
            return max(0, int(cursor.fetchone()[0]))
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone() is None:
            return 0
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s", [table])
        return max((int(stat.split()[0]) for (stat,) in cursor.fetchall()), default=0)


@sqlite_only
def test_a_write_leaves_statistics_for_the_tables_it_used(
        owner, prefs, clock, django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    from followthrough.models import Person, Step
    from followthrough.services.interactions import log_interaction

    person = Person.objects.create(owner=owner, full_name="Ann Lee")
    Step.objects.bulk_create(
        Step(owner=owner, person=person, kind="call", title="call",
             due_at=timezone.now() + timedelta(hours=n)) for n in range(3000))
    assert analysed_rows("followthrough_step") < 3000
    with django_capture_on_commit_callbacks(execute=True):
        log_interaction(owner=owner, person=person, kind="email", at=timezone.now(),
                        now=timezone.now(), prefs=prefs)
    assert analysed_rows("followthrough_step") >= 1000


def test_a_large_import_is_analysed_once_it_commits(
        run, owner, tmp_path, django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    connections = tmp_path / "Connections.csv"
    rows = "".join(f"Ann{n},Lee{n},https://www.linkedin.com/in/ann-lee-{n},,Acme,Engineer,"
                   "21 Oct 2025\n" for n in range(1500))
    connections.write_text("First Name,Last Name,URL,Email Address,Company,Position,"
                           "Connected On\n" + rows)
    if connection.vendor == "postgresql":
        # An earlier test's analysis outlives its rolled-back transaction (PostgreSQL writes
        # reltuples in place): start from statistics of this test's empty tables.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE followthrough_person, followthrough_contactpoint")
    assert analysed_rows("followthrough_person") < 1000
    assert analysed_rows("followthrough_contactpoint") < 1000
    with django_capture_on_commit_callbacks(execute=True):
        assert run("import", str(connections)).exit_code == 0
    assert analysed_rows("followthrough_person") >= 1000
    assert analysed_rows("followthrough_contactpoint") >= 1000


@sqlite_only
def test_statistics_that_cannot_be_gathered_never_fail_the_write(
        owner, prefs, clock, monkeypatch, caplog,
        django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    """The write has committed when the statistics are refreshed: a database too busy for them
    (here, a statement that fails) leaves a warning in the log, not an error for the user."""
    from followthrough import planner_statistics
    from followthrough.models import Interaction, Person
    from followthrough.services.interactions import log_interaction

    monkeypatch.setattr(planner_statistics, "OPTIMIZE", "ANALYZE no_such_table")
    person = Person.objects.create(owner=owner, full_name="Ann Lee")
    with django_capture_on_commit_callbacks(execute=True):
        log_interaction(owner=owner, person=person, kind="email", at=timezone.now(),
                        now=timezone.now(), prefs=prefs)
    assert Interaction.objects.filter(person=person).count() == 1
    assert "planner statistics not refreshed" in caplog.text
