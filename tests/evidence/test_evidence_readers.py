"""The evidence readers on their own (no database): odd but real input, and hostile input."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from followthrough.formats.evidence import Direction, Evidence, Me, Skipped
from followthrough.formats.records import FormatError
from tests.helpers import BERLIN

ME = Me(emails=frozenset({"alex@example.com"}))
WINDOW = {"start": dt.datetime(2025, 1, 1, tzinfo=dt.UTC), "end": dt.datetime(2027, 1, 1,
                                                                              tzinfo=dt.UTC)}


def test_sent_at_is_read_month_first_in_the_users_zone_with_any_space_before_am():
    from followthrough.formats.linkedin_evidence import parse_sent_at

    assert parse_sent_at("11/3/26, 9:12\u202fAM", BERLIN) == dt.datetime(2026, 11, 3, 9, 12,
                                                                         tzinfo=BERLIN)
    assert parse_sent_at("1/12/2026, 4:05 PM", BERLIN) == dt.datetime(2026, 1, 12, 16, 5,
                                                                     tzinfo=BERLIN)
    assert parse_sent_at("last Tuesday", BERLIN) is None


def test_the_header_row_is_found_after_a_preamble_and_columns_are_mapped_by_name():
    from followthrough.formats.linkedin_evidence import read_invitations

    data = (b"Notes:\r\nSomething LinkedIn says\r\n\r\n"
            b"Direction,inviteeProfileUrl,inviterProfileUrl,Sent At,To,From,Message\r\n"
            b"OUTGOING,https://www.linkedin.com/in/jane-doe,https://www.linkedin.com/in/me,"
            b"\"3/3/26, 9:12 AM\",Jane Doe,Me,\r\n")

    [item] = read_invitations(io.BytesIO(data), "Invitations.csv", ME, BERLIN)

    assert isinstance(item, Evidence)
    assert (item.direction, item.parties[0].linkedin, item.with_note, item.where.line) == (
        Direction.OUT, "https://www.linkedin.com/in/jane-doe", False, 5)


def test_a_mail_without_message_id_gets_a_key_of_its_place():
    from followthrough.formats.mail_headers import evidence_from_headers
    from followthrough.formats.records import SourceRef

    raw = b"From: Jane <jane@example.com>\r\nTo: alex@example.com\r\nDate: Tue, 3 Mar 2026 " \
          b"10:00:00 +0100\r\nSubject: =?iso-8859-1?q?Gr=FC=DFe?=\r\n\r\n"
    item = evidence_from_headers(raw, SourceRef("x"), ME, sent=False, fallback_key="mbox:x:1")

    assert isinstance(item, Evidence)
    assert (item.key, item.direction, item.summary) == ("mbox:x:1", Direction.IN, "Grüße")


def test_a_mail_with_no_date_at_all_is_skipped():
    from followthrough.formats.mail_headers import evidence_from_headers
    from followthrough.formats.records import SourceRef

    item = evidence_from_headers(b"From: a@b.example\r\n\r\n", SourceRef("x"), ME, sent=False,
                                 fallback_key="k")
    assert item == Skipped(SourceRef("x"), "no Date header")


def test_an_mbox_of_binary_garbage_is_no_mbox(tmp_path):
    from followthrough.formats.mbox import is_mbox

    assert not is_mbox(bytes(range(256)) * 10)
    assert is_mbox(b"From MAILER-DAEMON Thu Mar  5 10:00:00 2026\nReturn-Path: <>\n")


def test_headers_that_never_end_are_skipped_not_read_into_memory(tmp_path):
    from followthrough.formats.mbox import MAX_HEADER_BYTES, read_mbox

    path = tmp_path / "huge.mbox"
    with path.open("wb") as out:
        out.write(b"From x Thu Mar  5 10:00:00 2026\n")
        out.write(b"X-Long: " + b"a" * (MAX_HEADER_BYTES + 10) + b"\n")

    [item] = read_mbox(path, "huge.mbox", ME)

    assert item == Skipped(item.where, "its headers pass 1 MB: not a mail")  # type: ignore[union-attr]


def test_a_calendar_cut_short_is_one_clear_error():
    from followthrough.formats.calendar_events import read_events

    with pytest.raises(FormatError, match="bad.ics: not a readable iCalendar file"):
        list(read_events(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260302T100000Z\r\n",
                         "bad.ics", ME, BERLIN, **WINDOW))


def test_an_event_whose_start_cannot_be_read_is_skipped_and_the_rest_counts():
    from followthrough.formats.calendar_events import read_events

    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
            b"BEGIN:VEVENT\r\nUID:1\r\nDTSTART:not-a-date\r\nSUMMARY:Broken\r\n"
            b"ATTENDEE:mailto:jane@example.com\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:2\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:20260302T100000Z\r\n"
            b"SUMMARY:Call\r\nATTENDEE:mailto:jane@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

    items = list(read_events(data, "odd.ics", ME, BERLIN, **WINDOW))

    assert [i.reason for i in items if isinstance(i, Skipped)] == [
        "event 'Broken': DTSTART cannot be read"]
    assert [i.summary for i in items if isinstance(i, Evidence)] == ["Call"]


def test_a_zoom_link_or_teams_is_a_call_a_room_is_a_place_and_neither_is_ignored():
    from followthrough.formats.calendar_events import read_events

    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
            b"DTSTAMP:20260301T000000Z\r\nDTSTART:20260302T100000Z\r\n"
            b"LOCATION:https://us02web.zoom.us/j/123456\r\nSUMMARY:Sync\r\n"
            b"ATTENDEE:mailto:jane@example.com\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:2\r\nDTSTAMP:20260301T000000Z\r\nDTSTART;VALUE=DATE:20260303\r\n"
            b"LOCATION:Microsoft Teams Meeting\r\nSUMMARY:Review\r\n"
            b"ATTENDEE:mailto:jane@example.com\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:3\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:20260304T100000Z\r\n"
            b"LOCATION:Room 4.12\r\nSUMMARY:Planning\r\n"
            b"ATTENDEE:mailto:jane@example.com\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:4\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:20260305T100000Z\r\n"
            b"SUMMARY:Catch-up\r\n"
            b"ATTENDEE:mailto:jane@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

    items = list(read_events(data, "outlook.ics", ME, BERLIN, **WINDOW))

    assert [(i.kind, i.at) for i in items if isinstance(i, Evidence)] == [
        ("call", dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)),
        ("call", dt.datetime(2026, 3, 3, 12, 0, tzinfo=BERLIN)),  # all day: its middle
        ("face-to-face", dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC))]
    assert [(i.reason, i.quiet) for i in items if isinstance(i, Skipped)] == [
        ("event 'Catch-up': no place and no call link, so neither face to face nor a call",
         True)]


def test_an_mbox_is_read_with_flat_memory_headers_only(tmp_path):
    import tracemalloc

    from followthrough.formats.mbox import read_mbox

    path = tmp_path / "big.mbox"
    body = "x" * 76 + "\n"
    with path.open("w") as out:
        for n in range(3000):
            out.write(f"From a@b Thu Mar  5 10:00:00 2026\nDate: Thu, 5 Mar 2026 10:00:00 +0000\n"
                      f"Message-ID: <{n}@b>\nFrom: a@b.example\nTo: alex@example.com\n"
                      f"Subject: {n}\n\n{body * 40}\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_mbox(path, "big.mbox", ME))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 3000
    assert peak < size / 10, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB mbox"
