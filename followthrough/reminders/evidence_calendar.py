"""Reading the user's own CalDAV calendars (the account `followthrough sync` uses) for evidence.

Every calendar of the account but Followthrough's own is read; the cursor keeps each one's
sync token (RFC 6578), so a pass fetches only what changed since the last. A server that
refuses a token (expired, or no sync support) is read whole, which changes nothing that was
read before: every event has its stable key. Future events are kept as scheduled and turn
into what happened when their time comes, without being read again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from followthrough.formats.calendar_events import read_events
from followthrough.formats.evidence import Item, Me, Skipped
from followthrough.formats.records import FormatError, SourceRef
from followthrough.reminders.dav import DavConfig
from followthrough.reminders.dav.server import CALENDAR_ID, TIMEOUT, plain_errors

PAST = dt.timedelta(days=365)
AHEAD = dt.timedelta(days=365)


def read_calendars(config: DavConfig, cursor: dict[str, Any], me: Me, zone: ZoneInfo,
                   now: dt.datetime) -> tuple[list[Item], dict[str, Any]]:
    import caldav

    items: list[Item] = []
    cursor = dict(cursor)
    with plain_errors("reading your calendars"):
        client = caldav.DAVClient(url=config.url, username=config.username or None,
                                  password=config.password or None, timeout=TIMEOUT)
        for calendar in client.principal().calendars():
            url = str(calendar.url)
            if url.rstrip("/").endswith("/" + CALENDAR_ID):
                continue  # our own steps: not evidence of anything
            name = str(calendar.name or url.rstrip("/").rsplit("/", 1)[-1])
            objects, cursor[url] = _changed(calendar, cursor.get(url))
            for data in objects:
                items += _events(data, f"CalDAV {name}", me, zone, now)
    return items, cursor


def _changed(calendar: Any, token: str | None) -> tuple[list[bytes], str | None]:
    try:
        found = calendar.objects_by_sync_token(sync_token=token, load_objects=True)
    except Exception:  # an expired token or a server without sync: read it all
        if token is None:
            return [_bytes(o.data) for o in calendar.events() if o.data], None
        return _changed(calendar, None)
    return [_bytes(o.data) for o in found if getattr(o, "data", None)], found.sync_token


def _events(data: bytes, where: str, me: Me, zone: ZoneInfo, now: dt.datetime) -> list[Item]:
    try:
        return list(read_events(data, where, me, zone, start=now - PAST, end=now + AHEAD))
    except FormatError as error:
        return [Skipped(SourceRef(where), error.message)]


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)
