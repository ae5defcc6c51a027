"""Open steps as iCalendar: the 30-day call and 90-day deadline with alarms, stable UIDs."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def events(payload: bytes, kind: str = "VEVENT") -> dict[str, object]:
    return {str(c["SUMMARY"]).split(":")[0]: c for c in Calendar.from_ical(payload).walk(kind)}


def meet_jane(run) -> None:  # type: ignore[no-untyped-def]
    run("met", "Jane Doe", "--at", "Chamber mixer", "--why", "she is hiring",
        "--need", "data engineers", "--give", "intro to Priya", "--email", "jane@example.com",
        "--phone", "+49 30 901820 41")


def test_the_call_and_the_face_to_face_deadline_are_events_with_alarms(run, owner):
    meet_jane(run)
    found = events(run("export", "--format", "ics").stdout_bytes)
    call, face = found["Call them"], found["Meet face to face"]  # both 19:00 in Berlin
    assert call.decoded("DTSTART") == dt.datetime(2026, 4, 3, 17, 0, tzinfo=dt.UTC)
    assert face.decoded("DTSTART") == dt.datetime(2026, 6, 2, 17, 0, tzinfo=dt.UTC)
    for event in (call, face):
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == -dt.timedelta(days=1)
    description = str(call["DESCRIPTION"])
    assert "Call them: Jane Doe" in description
    assert "What you can give: intro to Priya" in description
    assert "They need: data engineers" in description
    assert "Phone: +493090182041" in description and "Email: jane@example.com" in description


def test_the_call_event_says_what_the_call_note_says(run, owner):
    meet_jane(run)
    description = str(events(run("export", "--format", "ics").stdout_bytes)["Call them"]["DESCRIPTION"])
    note = run("draft", "call", "Jane Doe").stdout
    for line in ["Met at Chamber mixer on 04 Mar 2026.", "Why: she is hiring",
                 "They need: data engineers", "What you can give: intro to Priya"]:
        assert line in description and line in note


def test_uids_stay_the_same_across_exports_and_done_steps_leave(run, owner):
    meet_jane(run)
    first = events(run("export", "--format", "ics").stdout_bytes)
    assert len(first) == 6
    step = first["Call them"]
    from followthrough.models import Step

    run("done", str(Step.objects.get(kind="linkedin").pk))
    second = events(run("export", "--format", "ics").stdout_bytes)
    assert len(second) == 5
    assert str(second["Call them"]["UID"]) == str(step["UID"])


def test_vtodo_adds_a_task_per_step(run, owner):
    meet_jane(run)
    payload = run("export", "--format", "ics", "--vtodo").stdout_bytes
    todos = events(payload, "VTODO")
    assert todos["Call them"].decoded("DUE") == dt.datetime(2026, 4, 3, 17, 0, tzinfo=dt.UTC)


def test_calendar_items_are_only_the_owners(run, owner, outsider, prefs):
    from django.utils import timezone

    from followthrough.selectors.calendar import calendar_items_for

    meet_jane(run)
    assert calendar_items_for(outsider, now=timezone.now(), prefs=prefs) == []
    assert len(calendar_items_for(owner, now=timezone.now(), prefs=prefs)) == 6
