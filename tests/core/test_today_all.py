"""`followthrough today --all`: every item, streamed a chunk at a time, through the pager at a
terminal. At 30,000 people it had built all 10.8 MB of output before printing a line."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rich.console import Console

pytestmark = pytest.mark.django_db


def overdue_steps(owner, count: int) -> None:  # type: ignore[no-untyped-def]
    from followthrough.models import Person, Step

    now = timezone.now()
    people = Person.objects.bulk_create(
        Person(owner=owner, full_name=f"Late {n:05d}") for n in range(count))
    Step.objects.bulk_create(
        Step(owner=owner, person=p, kind="call", title="Call them",
             due_at=now - timedelta(days=30) + timedelta(minutes=n))
        for n, p in enumerate(people))


def chunk_reads(captured: CaptureQueriesContext) -> int:
    return sum(1 for q in captured.captured_queries
               if q["sql"].startswith('SELECT "followthrough_step"."id", "followthrough_step"'))


def test_all_lists_every_step_in_order_a_chunk_at_a_time(run, owner, clock):
    overdue_steps(owner, 1234)
    with CaptureQueriesContext(connection) as captured:
        text = run("today", "--all").output
    names = re.findall(r"Late \d{5}", text)
    assert names == [f"Late {n:05d}" for n in range(1234)]
    assert "Overdue (1,234)" in text and "more:" not in text
    assert chunk_reads(captured) == 3  # 500 + 500 + 234, each read as it is printed


def test_all_as_json_is_the_default_shape_with_every_item(run, owner, clock):
    run("met", "Bob Smith", "--at", "PyCon", "--give", "intro")
    clock.shift(timedelta(days=80))  # overdue steps and an at-risk face-to-face deadline
    assert run("today", "--all", "--json").output == run("today", "--json").output
    overdue_steps(owner, 45)
    payload = json.loads(run("today", "--all", "--json").output)
    assert len(payload["overdue"]) == payload["totals"]["overdue"] > 45
    assert [p["name"] for p in payload["at_risk"]] == ["Bob Smith"]


@pytest.fixture
def at_a_terminal(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """stdout is a terminal; the pager is a script that keeps what it is given."""
    from followthrough.cli import terminal

    monkeypatch.setattr(terminal, "console", Console(force_terminal=True, width=120))
    monkeypatch.setattr("followthrough.cli.agenda.console", terminal.console)
    paged = tmp_path / "paged.txt"
    return paged


def test_all_goes_through_the_pager_at_a_terminal(run, owner, clock, monkeypatch, at_a_terminal):
    overdue_steps(owner, 600)
    monkeypatch.setenv("PAGER", f"tee {at_a_terminal}")
    run("today", "--all")
    paged = at_a_terminal.read_text()
    assert len(re.findall(r"Late \d{5}", paged)) == 600
    assert "\x1b[" in paged  # in colour: the pager shows it (less -R)


def test_quitting_the_pager_stops_reading_the_agenda(run, owner, clock, monkeypatch,
                                                     at_a_terminal):
    overdue_steps(owner, 6000)
    monkeypatch.setenv("PAGER", "head -n 3")
    with CaptureQueriesContext(connection) as captured:
        result = run("today", "--all")
    assert result.exit_code == 0
    assert chunk_reads(captured) < 12  # of 12 chunks: it stopped once the pager was gone


def test_a_missing_pager_prints_directly(run, owner, clock, monkeypatch, at_a_terminal):
    overdue_steps(owner, 30)
    monkeypatch.setenv("PAGER", "no-such-pager-here")
    assert len(re.findall(r"Late \d{5}", run("today", "--all").output)) == 30  # on the console
