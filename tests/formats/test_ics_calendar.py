from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from followthrough.formats.ics import CalendarItem, calendar_for

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2025, 4, 8, 12, 0, tzinfo=dt.UTC)
ITEMS = [
    CalendarItem(uid="step-1@followthrough", title="Send Søren the risograph contact, as promised",
                 start=dt.datetime(2025, 4, 10, 9, 0, tzinfo=BERLIN),
                 description="Met at the Kraków print fair.\nOwes me the contact; follow up.",
                 alarm_before=dt.timedelta(minutes=15), url="https://example.org/people/1"),
    CalendarItem(uid="step-2@followthrough", title="Check in with Marta",
                 start=dt.datetime(2025, 5, 8, 17, 0, tzinfo=dt.UTC)),
]


def _parsed(**options) -> Calendar:
    return Calendar.from_ical(calendar_for(ITEMS, name="Followthrough", now=NOW, **options))


def test_it_publishes_events_in_utc_with_stable_uids():
    calendar = _parsed()
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert "Followthrough" in str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == ["step-1@followthrough", "step-2@followthrough"]
    start = events[0].decoded("DTSTART")
    assert start == dt.datetime(2025, 4, 10, 7, 0, tzinfo=dt.UTC)
    assert start.utcoffset() == dt.timedelta(0)
    assert events[0].decoded("DTEND") - start == dt.timedelta(minutes=30)
    assert events[0].decoded("DTSTAMP") == NOW
    assert str(events[0]["DESCRIPTION"]).endswith("follow up.")


def test_it_adds_a_display_alarm_only_when_asked():
    first, second = _parsed().walk("VEVENT")
    (alarm,) = first.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -dt.timedelta(minutes=15)
    assert second.walk("VALARM") == []


def test_it_adds_vtodos_with_due_when_asked():
    assert _parsed().walk("VTODO") == []
    todos = _parsed(vtodo=True).walk("VTODO")
    assert [str(t["UID"]) for t in todos] == ["todo-step-1@followthrough",
                                              "todo-step-2@followthrough"]
    assert todos[0].decoded("DUE") == dt.datetime(2025, 4, 10, 7, 0, tzinfo=dt.UTC)


def test_the_output_uses_crlf_and_folds_at_75_octets():
    data = calendar_for(ITEMS * 3, name="Followthrough", now=NOW, vtodo=True)
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines)
    assert all(len(line) <= 75 for line in lines)


def test_naive_times_are_refused():
    naive = CalendarItem(uid="x", title="x", start=dt.datetime(2025, 1, 1, 9))
    with pytest.raises(ValueError, match="timezone-aware"):
        calendar_for([naive], name="x", now=NOW)
