"""The calendar feed over HTTP: 10,000 open steps, against the icalendar library alone.

An owner of its own gets exactly COUNT open steps (four per person, each met at a mixer, with an
email address, a LinkedIn URL and something to give). The feed is fetched from gunicorn at its
secret URL, as a calendar app does; the baseline builds the same events (same fields, same
alarms) from plain values with icalendar and nothing else. The repeat request sends the ETag
back: it must answer 304 without building the feed; its queries are counted in-process, with
feed_body made to fail if called.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.results import Row, best_seconds
from bench.servers import gunicorn

COUNT = 10_000
STEPS_PER_PERSON = 4
KINDS = ["linkedin", "thank-you-email", "save-card", "call"]


def run(env: dict[str, str], label: str) -> list[Row]:
    from followthrough.reminders.feed import current_feed_token

    now = datetime.now(UTC)
    owner = _owner_with_open_steps(now)
    path = f"/calendar/{current_feed_token(owner)}.ics"
    baseline = best_seconds(lambda: _icalendar_alone(_plain_events(owner, now), now), repeat=3)
    with gunicorn("followthrough.wsgi:application", env, workers=1) as base:
        body, etag = _fetch(base + path)
        events = body.count(b"BEGIN:VEVENT")
        if events != COUNT:
            raise RuntimeError(f"the feed served {events} events, not {COUNT}")
        full = best_seconds(lambda: _fetch(base + path), repeat=3)
        again = best_seconds(lambda: _fetch(base + path, etag, expect=304), repeat=9)
    queries = _queries_of_304(path, etag)
    feed_row = Row.ratio_row(f"calendar feed over HTTP, {COUNT:,} open steps{label}", full,
                             baseline, "s", "≤ 1.2 × icalendar alone", lambda r: r <= 1.2)
    repeat_row = Row(f"calendar feed: repeat request with the same ETag{label}",
                     f"304 in {again * 1000:.1f} ms, {queries} queries, not rebuilt",
                     f"{full * 1000:.0f} ms (full feed)", again / full,
                     "304 without rebuilding, < 1/20 of the full feed", again / full < 0.05)
    return [feed_row, repeat_row]


def _owner_with_open_steps(now: datetime) -> Any:
    from django.contrib.auth.models import User
    from django.db import transaction

    from followthrough.models import ContactPoint, Meeting, Offer, Person, Step

    people = COUNT // STEPS_PER_PERSON
    with transaction.atomic():
        owner = User.objects.create_user("feed-bench")
        persons = Person.objects.bulk_create(
            Person(owner=owner, full_name=f"Feed Person {n}", organisation=f"Company {n % 300}")
            for n in range(people))
        meetings = Meeting.objects.bulk_create(
            Meeting(owner=owner, person=p, at=now - timedelta(days=n % 40), where="Mixer",
                    why="hiring", need="engineers") for n, p in enumerate(persons))
        ContactPoint.objects.bulk_create(
            ContactPoint(owner=owner, person=p, kind=kind, value=value, key=value)
            for p in persons
            for kind, value in (("email", f"feed{p.pk}@example.com"),
                                ("linkedin", f"https://www.linkedin.com/in/feed{p.pk}")))
        Offer.objects.bulk_create(Offer(owner=owner, person=p, text="an intro") for p in persons)
        Step.objects.bulk_create(
            Step(owner=owner, person_id=m.person_id, meeting=m, kind=kind, title=kind, after="48h",
                 due_at=m.at + timedelta(days=2 + k))
            for m in meetings for k, kind in enumerate(KINDS))
    return owner


def _plain_events(owner: Any, now: datetime) -> list[tuple[str, str, str, str, datetime, timedelta]]:
    """The feed's values as plain tuples, made once, outside the timed baseline."""
    from followthrough.preferences import preferences_for
    from followthrough.selectors.calendar import calendar_items_for

    items = calendar_items_for(owner, now=now, prefs=preferences_for(owner))
    return [(i.uid, i.title, i.description, i.url, i.start, i.alarm_before) for i in items]


def _fetch(url: str, etag: str = "", expect: int = 200) -> tuple[bytes, str]:
    request = urllib.request.Request(url, headers={"If-None-Match": etag} if etag else {})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 - local server
            status, body, tag = response.status, response.read(), response.headers["ETag"]
    except urllib.error.HTTPError as answer:  # urllib raises for a 304
        status, body, tag = answer.code, answer.read(), answer.headers["ETag"]
    if status != expect:
        raise RuntimeError(f"the feed answered {status}, not {expect}")
    return body, tag


def _queries_of_304(path: str, etag: str) -> int:
    """The same request in-process: its queries, with building the feed made impossible."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from followthrough.reminders import feed

    def rebuilt(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("the feed was rebuilt for an unchanged ETag")

    real, feed.feed_body = feed.feed_body, rebuilt  # type: ignore[assignment]
    try:
        with CaptureQueriesContext(connection) as captured:
            response = Client(HTTP_HOST="127.0.0.1").get(path, headers={"If-None-Match": etag})
    finally:
        feed.feed_body = real  # type: ignore[assignment]
    if response.status_code != 304:
        raise RuntimeError(f"in-process repeat request answered {response.status_code}")
    return len(captured.captured_queries)


def _icalendar_alone(rows: list[tuple[str, str, str, str, datetime, timedelta]], now: datetime) -> bytes:
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    for uid, title, description, url, due, before in rows:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", now)
        event.add("summary", title)
        event.add("description", description)
        if url:
            event.add("url", url)
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(minutes=30))
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", -before)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()

