"""iCalendar feeds of follow-up steps (RFC 5545), via the icalendar library.

    data = calendar_for(items, name="Followthrough", vtodo=False)   # bytes

Each `CalendarItem` becomes a VEVENT (times in UTC) with a DISPLAY VALARM when
`alarm_before` is set: Outlook ignores VTODO and Google ignores VALARM, so the
event carries both the time and the reminder. With `vtodo=True` a VTODO with DUE
is added for each item too, with UID `todo-<uid>` (clients that key on UID
alone would otherwise drop one of the two). The calendar has
`METHOD:PUBLISH`, a PRODID, DTSTAMP on every component, CRLF lines folded at 75
octets (icalendar does both).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Alarm, Calendar, Event, Todo

PRODID = "-//Followthrough//Followthrough//EN"


@dataclass(frozen=True)
class CalendarItem:
    uid: str  # stable: the same step must keep its UID across exports
    title: str
    start: dt.datetime  # aware
    duration: dt.timedelta = dt.timedelta(minutes=30)
    description: str = ""
    alarm_before: dt.timedelta | None = None
    url: str = ""


def calendar_for(
    items: Iterable[CalendarItem],
    *,
    name: str,
    vtodo: bool = False,
    now: dt.datetime | None = None,
) -> bytes:
    """Serialise `items`; `now` (default: the current time) is the DTSTAMP."""
    stamp = _utc(now or dt.datetime.now(dt.UTC))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in items:
        calendar.add_component(_event(item, stamp))
        if vtodo:
            calendar.add_component(_todo(item, stamp))
    return bytes(calendar.to_ical())


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError(f"calendar times must be timezone-aware, got {moment!r}")
    return moment.astimezone(dt.UTC)


def _common(component: Event | Todo, item: CalendarItem, stamp: dt.datetime, uid: str) -> None:
    component.add("uid", uid)
    component.add("dtstamp", stamp)
    component.add("summary", item.title)
    if item.description:
        component.add("description", item.description)
    if item.url:
        component.add("url", item.url)


def _event(item: CalendarItem, stamp: dt.datetime) -> Event:
    event = Event()
    _common(event, item, stamp, item.uid)
    event.add("dtstart", _utc(item.start))
    event.add("dtend", _utc(item.start + item.duration))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
    if item.alarm_before is not None:
        event.add_component(_alarm(item.title, item.alarm_before))
    return event


def _todo(item: CalendarItem, stamp: dt.datetime) -> Todo:
    todo = Todo()
    _common(todo, item, stamp, f"todo-{item.uid}")
    todo.add("due", _utc(item.start))
    todo.add("status", "NEEDS-ACTION")
    return todo


def _alarm(title: str, before: dt.timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", -before)
    return alarm
