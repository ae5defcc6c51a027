"""Read calendar events (an .ics export from Google, Outlook or Apple, or a CalDAV object) as
evidence of meeting people.

    for item in read_events(data, "calendar.ics", me, zone, start=..., end=...):
        ...

Recurring series are expanded with `recurring-ical-events` between `start` and `end`; each
occurrence's key is its UID plus its original start (RECURRENCE-ID), a single event's its UID.
Cancelled events and invitations the user declined are skipped quietly; an event without
attendees other than the user says nothing about anyone and is left out. An event with a
physical LOCATION is face to face; one with a Meet/Zoom/Teams/Webex link (or "Microsoft Teams
Meeting" as its location), an X-GOOGLE-CONFERENCE, CONFERENCE or Outlook's
X-MICROSOFT-SKYPETEAMSMEETINGURL property, or "call" in its title and no location is a call.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from followthrough.domain.kinds import InteractionKind
from followthrough.formats.evidence import Direction, Evidence, Item, Me, Party, Skipped
from followthrough.formats.records import FormatError, SourceRef

SUMMARY_CHARS = 200
_CONFERENCE = re.compile(
    r"meet\.google\.com|zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|"
    r"whereby\.com|meet\.jit\.si|facetime|skype|microsoft teams|zoom meeting|google meet",
    re.IGNORECASE)
_CONFERENCE_PROPERTIES = ("X-GOOGLE-CONFERENCE", "CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
                          "X-MICROSOFT-ONLINEMEETINGCONFLINK")
_CALL_WORD = re.compile(r"\bcall\b", re.IGNORECASE)
_NOT_A_PLACE = re.compile(r"^(https?://|www\.|tel:|\+?[\d\s()/-]{6,}$)|microsoft teams|zoom meeting|"
                          r"google meet|online|virtual|phone", re.IGNORECASE)


def is_calendar(head: bytes) -> bool:
    return b"BEGIN:VCALENDAR" in head[:4096].upper()


def read_events(data: bytes, filename: str, me: Me, zone: ZoneInfo, *, start: dt.datetime,
                end: dt.datetime) -> Iterator[Item]:
    import recurring_ical_events
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError) as error:
        raise FormatError(f"not a readable iCalendar file ({_first_line(error)})",
                          file=filename) from None
    if not calendars:
        raise FormatError("not a readable iCalendar file (no complete VCALENDAR: cut short?)",
                          file=filename)
    for calendar in calendars:
        yield from _drop_broken(calendar, filename)
        series = _series_uids(calendar)
        try:
            occurrences = list(recurring_ical_events.of(calendar).between(start, end))
        except Exception as error:  # the library raises its own kinds for a broken RRULE
            raise FormatError(f"cannot expand its events ({_first_line(error)})",
                              file=filename) from None
        for event in occurrences:
            item = _event(event, filename, me, zone, series)
            if item is not None:
                yield item


def _drop_broken(calendar: Any, filename: str) -> Iterator[Item]:
    """An event whose start or recurrence cannot be read is skipped; the rest still counts."""
    for event in list(calendar.walk("VEVENT")):
        broken = [name for name, _ in getattr(event, "errors", [])
                  if name in ("DTSTART", "DTEND", "RRULE", "RECURRENCE-ID", "EXDATE", "RDATE")]
        if broken or "DTSTART" not in event:
            title = " ".join(str(event.get("SUMMARY", event.get("UID", ""))).split())[:60]
            what = f"{broken[0]} cannot be read" if broken else "it has no DTSTART"
            yield Skipped(SourceRef(filename), f"event {title!r}: {what}")
            _remove(calendar, event)


def _remove(parent: Any, event: Any) -> None:
    for component in parent.subcomponents:
        if event in component.subcomponents:
            component.subcomponents.remove(event)
            return
    if event in parent.subcomponents:
        parent.subcomponents.remove(event)


def _series_uids(calendar: Any) -> set[str]:
    seen: dict[str, int] = {}
    series = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        seen[uid] = seen.get(uid, 0) + 1
        if "RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event or seen[uid] > 1:
            series.add(uid)
    return series


def _event(event: Any, filename: str, me: Me, zone: ZoneInfo, series: set[str]) -> Item | None:
    uid = str(event.get("UID", "")).strip()
    title = " ".join(str(event.get("SUMMARY", "")).split())
    where = SourceRef(filename, card=None)
    label = f"event {title[:60]!r}" if title else f"event {uid[:60]!r}"
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return Skipped(where, f"{label} was cancelled", quiet=True)
    people, declined = _people(event, me)
    if declined:
        return Skipped(where, f"you declined {label}", quiet=True)
    if not people:
        return None
    at = _start(event, zone)
    if at is None:
        return Skipped(where, f"{label} has no start (DTSTART) that can be read")
    kind = _kind(event, title)
    if kind is None:
        return Skipped(where, f"{label}: no place and no call link, so neither face to face "
                       "nor a call", quiet=True)
    return Evidence(
        key=f"calendar:{uid or title}" + (f"#{_occurrence(event, at)}" if uid in series else ""),
        source="calendar", kind=kind, direction=Direction.BOTH, at=at, parties=people,
        summary=_short(title or "(untitled event)"), where=where,
    )


def _people(event: Any, me: Me) -> tuple[tuple[Party, ...], bool]:
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    organiser = event.get("ORGANIZER")
    everyone = [*attendees, *([organiser] if organiser is not None else [])]
    people: dict[str, Party] = {}
    declined = False
    for address in everyone:
        party = _party(address)
        if party is None:
            continue
        if me.is_me(party):
            declined = declined or _partstat(address) == "DECLINED"
        elif party.email not in people:
            people[party.email] = party
    return tuple(people.values()), declined


def _party(address: Any) -> Party | None:
    value = str(address).strip()
    email = value[7:] if value.lower().startswith("mailto:") else value
    if "@" not in email:
        return None
    params = getattr(address, "params", {})
    return Party(name=" ".join(str(params.get("CN", "")).split()), email=email.strip().lower())


def _partstat(address: Any) -> str:
    return str(getattr(address, "params", {}).get("PARTSTAT", "")).upper()


def _start(event: Any, zone: ZoneInfo) -> dt.datetime | None:
    prop = event.get("DTSTART")
    value = getattr(prop, "dt", None)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, dt.date):  # an all-day event: its middle
        return dt.datetime.combine(value, dt.time(12), tzinfo=zone)
    return None


def _occurrence(event: Any, at: dt.datetime) -> str:
    recurrence = getattr(event.get("RECURRENCE-ID"), "dt", None)
    moment = recurrence if recurrence is not None else at
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.isoformat()


def _kind(event: Any, title: str) -> InteractionKind | None:
    location = " ".join(str(event.get("LOCATION", "")).split())
    texts = " ".join(str(event.get(name, "")) for name in ("LOCATION", "DESCRIPTION", "URL"))
    online = (any(name in event for name in _CONFERENCE_PROPERTIES)
              or _CONFERENCE.search(texts) is not None)
    if location and not _NOT_A_PLACE.search(location) and not _CONFERENCE.search(location):
        return InteractionKind.FACE_TO_FACE
    if online or (_CALL_WORD.search(title) and not location):
        return InteractionKind.CALL
    return None


def _short(text: str) -> str:
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__



