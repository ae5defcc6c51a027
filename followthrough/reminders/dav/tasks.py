"""Open steps to the CalDAV calendar (a VTODO for task apps, a VEVENT with an alarm for
calendars), and ticks from the task app back to Followthrough."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from icalendar import Calendar, Todo

from followthrough.errors import Conflict, NotFound
from followthrough.formats.ics import PRODID, CalendarItem, calendar_for
from followthrough.preferences import Preferences
from followthrough.reminders.dav import SyncReport
from followthrough.reminders.dav.server import DavServer

# calendar_items_for names a step "step-<id>-<person>@followthrough"; its task is "todo-" + that.
_OURS = re.compile(r"^(?P<todo>todo-)?step-(?P<step>\d+)-[^@]*@followthrough$")


@dataclass(frozen=True)
class Remote:
    href: str
    step_id: int
    is_todo: bool
    completed: bool
    fingerprint: tuple[str, str]


def sync_steps(server: DavServer, *, owner: AbstractBaseUser, now: datetime, prefs: Preferences,
               report: SyncReport) -> None:
    remote = _remote_objects(server)
    report.steps_completed = _pull_completions(remote, owner, now, prefs)
    from followthrough.selectors.calendar import calendar_items_for

    items = {_step_id(i.uid): i for i in calendar_items_for(owner, now=now, prefs=prefs)}
    present = {(r.step_id, r.is_todo): r for r in remote}
    for step_id, item in items.items():
        for is_todo in (False, True):
            if _changed(present.get((step_id, is_todo)), item):
                body = _todo(item, now) if is_todo else _event(item, now)
                uid = f"todo-{item.uid}" if is_todo else item.uid
                server.put(server.calendar_href(uid), body, "text/calendar; charset=utf-8")
                report.steps_pushed += not is_todo
    for gone in (r for r in remote if r.step_id not in items):
        server.delete(gone.href)
        report.steps_removed += not gone.is_todo


def _pull_completions(remote: list[Remote], owner: AbstractBaseUser, now: datetime,
                      prefs: Preferences) -> int:
    from followthrough.services.steps import complete_step

    done = 0
    for task in (r for r in remote if r.is_todo and r.completed):
        try:
            complete_step(owner=owner, step_id=task.step_id, now=now, prefs=prefs)
            done += 1
        except (NotFound, Conflict):  # closed here already, or not this owner's: nothing to do
            pass
    return done


def _remote_objects(server: DavServer) -> list[Remote]:
    found = []
    for href, data in server.calendar_objects():
        try:
            calendar = Calendar.from_ical(data)
        except ValueError:
            continue  # someone else's unreadable entry: not ours to judge
        for component in calendar.walk():
            if component.name in ("VTODO", "VEVENT"):
                remote = _remote(href, component)
                if remote is not None:
                    found.append(remote)
    return found


def _remote(href: str, component: Any) -> Remote | None:  # an icalendar Component
    match = _OURS.match(str(component.get("UID", "")))
    if match is None:
        return None
    status = str(component.get("STATUS", "")).upper()
    completed = status == "COMPLETED" or component.get("COMPLETED") is not None
    when = component.get("DUE") or component.get("DTSTART")
    moment = when.dt.isoformat() if when is not None else ""
    summary = str(component.get("SUMMARY", ""))
    return Remote(href, int(match["step"]), bool(match["todo"]), completed, (moment, summary))


def _step_id(uid: str) -> int:
    match = _OURS.match(uid)
    if match is None:
        raise ValueError(f"unexpected calendar UID {uid!r}")
    return int(match["step"])


def _changed(remote: Remote | None, item: CalendarItem) -> bool:
    if remote is None:
        return True
    # iCalendar keeps whole seconds.
    return remote.fingerprint != (_utc(item.start).replace(microsecond=0).isoformat(), item.title)


def _utc(moment: datetime) -> datetime:
    from datetime import UTC

    return moment.astimezone(UTC)


def _event(item: CalendarItem, now: datetime) -> str:
    return calendar_for([item], name="Followthrough", vtodo=False, now=now).decode("utf-8")


def _todo(item: CalendarItem, now: datetime) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    todo = Todo()
    todo.add("uid", f"todo-{item.uid}")
    todo.add("dtstamp", _utc(now))
    todo.add("summary", item.title)
    todo.add("due", _utc(item.start))
    todo.add("status", "NEEDS-ACTION")
    if item.description:
        todo.add("description", item.description)
    calendar.add_component(todo)
    return calendar.to_ical().decode("utf-8")
