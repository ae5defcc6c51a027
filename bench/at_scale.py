"""Flat at any size (issue 22): writes and pages at 30,000 people against the same at 1,000.

Run by the section in a process and database of its own (`python -m bench.at_scale`; the
environment names the database): one owner gets 1,000 people met once (bench/met_once.py), the
writes are timed; the same owner grows to 30,000 and they are timed again, in the same
database, after the statistics a bulk import leaves (planner_statistics.after_bulk_write).
Each write goes through its service (`log_interaction`, `complete_step`, `record_meeting` of
someone new), for a different person each time; a figure is the best of its runs (other work
on the machine only ever adds time). Then every page at 30,000 people is built through Django
(the test client, signed in, the page cache emptied before each build): its best build time
of three against the default Today page's, its size, and the Today page's queries.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from bench.results import Row

SMALL, LARGE = 1_000, 30_000
WRITES = 30
MEGABYTE = 1_000_000
TABLES = ("followthrough_person", "followthrough_step", "followthrough_meeting",
          "followthrough_contactpoint")


def main(label: str) -> None:
    from followthrough.bootstrap import ensure_database, setup_django

    setup_django()
    ensure_database()
    from django.contrib.auth.models import User
    from django.db import connection

    from bench import met_once
    from bench.section import analyze as settle
    from followthrough.planner_statistics import analyze
    from followthrough.preferences import preferences_for

    owner = User.objects.create_user("at-scale")
    prefs, now = preferences_for(owner), datetime.now(UTC)
    met_once.add_people(owner, now, start=0, count=SMALL)
    analyze(connection, TABLES)  # what an import of that many leaves
    settle()  # and on PostgreSQL what autovacuum does a minute later, not during the writes
    small, small_queries = writes(owner, prefs, "small"), today_queries(owner)
    met_once.add_people(owner, now, start=SMALL, count=LARGE - SMALL)
    analyze(connection, TABLES)
    settle()
    large = writes(owner, prefs, "large")
    rows = [write_row(kind, small[kind], large[kind], label) for kind in small]
    rows += page_rows(owner, small_queries, label)
    print(json.dumps([asdict(row) for row in rows]))


def writes(owner: Any, prefs: Any, tag: str) -> dict[str, float]:
    """The best time of each write through its service, each for a different person."""
    from followthrough.models import Person, Step
    from followthrough.services.interactions import log_interaction
    from followthrough.services.meetings import NewMeeting, record_meeting
    from followthrough.services.steps import complete_step

    rng = random.Random(7)
    ids = list(Person.objects.filter(owner=owner).values_list("id", flat=True))
    open_steps = Step.objects.filter(owner=owner, state="open", cadence=False)

    def log(n: int) -> Any:
        person, at = Person.objects.get(pk=rng.choice(ids)), datetime.now(UTC)
        return lambda: log_interaction(owner=owner, person=person, kind="call", at=at, now=at,
                                       prefs=prefs)

    def done(n: int) -> Any:
        step = open_steps.filter(person_id__in=rng.sample(ids, 20)).first()
        return lambda: complete_step(owner=owner, step_id=step.pk, now=datetime.now(UTC),
                                     prefs=prefs)

    def met(n: int) -> Any:
        at = datetime.now(UTC)
        return lambda: record_meeting(owner=owner, prefs=prefs, now=at, meeting=NewMeeting(
            name=f"Newcomer {tag} {n}", at=at, where="Mixer", give="an intro"))

    best = {}
    for name, prepare in (("log", log), ("done", done), ("met", met)):
        times = []
        for n in range(WRITES):
            write = prepare(n)
            start = time.perf_counter()
            write()
            times.append(time.perf_counter() - start)
        best[name] = min(times)
    return best


def write_row(kind: str, small: float, large: float, label: str) -> Row:
    command = {"log": "log PERSON --kind call", "done": "done STEP", "met": 'met "Someone New"'}
    return Row(f"a write ({command[kind]}, through the service) at {LARGE:,} people met once"
               f"{label}", f"{large * 1000:.2f} ms", f"{small * 1000:.2f} ms at {SMALL:,}",
               large / small, "≤ 1.25 × the same at 1,000", large / small <= 1.25)


def today_queries(owner: Any) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = _client(owner)
    _forget_pages()
    with CaptureQueriesContext(connection) as captured:
        client.get("/")
    return len(captured.captured_queries)


def page_rows(owner: Any, small_queries: int, label: str) -> list[Row]:
    from followthrough.models import Person
    from followthrough.preferences import preferences_for
    from followthrough.selectors.agenda_pages import PER_PAGE, SECTIONS, section_total
    from followthrough.web.views.people import PER_PAGE as PEOPLE_PER_PAGE

    client, now, zone = _client(owner), datetime.now(UTC), preferences_for(owner).zone
    today_seconds, today_size = build(client, "/")
    queries = today_queries(owner)
    rows = [Row(f"Today page queries at {LARGE:,} people met once{label}", f"{queries} queries",
                f"{small_queries} at {SMALL:,}", None, "< 20, the same at any size",
                queries < 20 and queries == small_queries)]
    groups: dict[str, list[str]] = {}
    for section in SECTIONS:
        last = max(1, -(-section_total(owner, section=section, now=now, zone=zone) // PER_PAGE))
        groups[f'Today "Show all": {section}'] = [
            f"/?show={section}&page={n}" for n in sorted({1, (last + 1) // 2, last})]
    people = Person.objects.filter(owner=owner).count()
    last_people = -(-people // PEOPLE_PER_PAGE)
    groups["People"] = [f"/people/?page={n}" for n in (1, last_people // 2, last_people)]
    groups["Habits"] = ["/habits/"]
    someone = Person.objects.filter(owner=owner).order_by("id")[people // 2]
    groups["a person"] = [f"/people/{someone.pk}/"]
    for name, paths in groups.items():
        measured = {path: build(client, path) for path in paths}
        slowest = max(measured, key=lambda p: measured[p][0])
        seconds, size = measured[slowest][0], max(s for _, s in measured.values())
        ratio = seconds / today_seconds
        rows.append(Row(
            f"{name} page{'s' if len(paths) > 1 else ''} at {LARGE:,} people{label}",
            f"slowest {slowest}: {seconds * 1000:.0f} ms; largest {size / 1000:.0f} KB",
            f"default Today page: {today_seconds * 1000:.0f} ms, {today_size / 1000:.0f} KB",
            ratio, "< 1 MB, ≤ 2 × the default Today page", size < MEGABYTE and ratio <= 2))
    return rows


def build(client: Any, path: str, repeat: int = 3) -> tuple[float, int]:
    """The best time of building `path` (the page cache emptied first) and its size."""
    best, size = float("inf"), 0
    for _ in range(repeat):
        _forget_pages()
        start = time.perf_counter()
        response = client.get(path)
        best = min(best, time.perf_counter() - start)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
        size = len(response.content)
    return best, size


def _client(owner: Any) -> Any:
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    client.force_login(owner)
    return client


def _forget_pages() -> None:
    from followthrough.web.owner_pages import PAGES

    PAGES.clear()


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followthrough.settings")
    main(sys.argv[1] if len(sys.argv) > 1 else "")
