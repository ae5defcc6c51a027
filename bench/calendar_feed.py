"""The calendar feed of 10,000 open steps, against the icalendar library building the same events.

The HTTP feed (with its ETag and 304) belongs to the reminders app; until it exists this row
measures what it will be made of: the query and formats/ics.calendar_for.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from bench.results import Row

COUNT = 10_000
ALARM = timedelta(minutes=15)


def run(owner: object) -> Row:
    from followthrough.formats.ics import CalendarItem, calendar_for
    from followthrough.models import Step

    now = datetime.now(UTC)
    steps = (Step.objects.filter(owner=owner, state="open", person__deleted_at__isnull=True)
             .select_related("person").order_by("due_at", "id")
             # What a feed shows, not the whole person (notes, photo).
             .only("id", "title", "due_at", "person__full_name"))

    def ours() -> bytes:
        items = (CalendarItem(uid=f"step-{s.pk}@followthrough", start=s.due_at,
                              title=f"{s.title}: {s.person.full_name}", alarm_before=ALARM)
                 for s in steps[:COUNT])
        return calendar_for(items, name="Followthrough", now=now)

    plain = [(f"step-{s.pk}@followthrough", f"{s.title}: {s.person.full_name}", s.due_at)
             for s in steps[:COUNT]]
    count = len(plain)
    measured = _best(ours)
    baseline = _best(lambda: _icalendar_alone(plain, now))
    return Row.ratio_row(f"calendar feed of {count:,} open steps (query + formats/ics; no HTTP "
                         "feed yet)", measured, baseline, "s", "≤ 1.2 × icalendar alone",
                         lambda r: r <= 1.2)


def _icalendar_alone(rows: list[tuple[str, str, datetime]], now: datetime) -> bytes:
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    for uid, title, due in rows:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", now)
        event.add("summary", title)
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(minutes=30))
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", -ALARM)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def _best(work: object, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best
