"""Live sources read by the worker: a real Dovecot IMAP server and a real Radicale CalDAV
server, both started on loopback for these tests."""

from __future__ import annotations

import imaplib
import json
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from tests.evidence.dovecot import PASSWORD, dovecot
from tests.evidence.helpers import interactions_of, steps_of
from tests.helpers import BERLIN

pytestmark = pytest.mark.slow  # starts a browser, a server or processes (docs/testing.md)


THANKS = (b"From: Alex Example <alex@example.com>\r\nTo: Bob Roe <BOB@roe.example>\r\n"
          b"Cc: Jane Doe <jane.doe@example.com>\r\nDate: Tue, 3 Mar 2026 17:02:10 +0100\r\n"
          b"Subject: Great to meet you both\r\nMessage-ID: <imap-thanks@example.com>\r\n\r\n"
          b"Thank you both.\r\n")
REPLY = (b"From: Jane Doe <jane.doe@example.com>\r\nTo: alex@example.com\r\n"
         b"Date: Tue, 3 Mar 2026 19:30:00 +0100\r\nSubject: Re: Great to meet you both\r\n"
         b"Message-ID: <imap-reply@example.com>\r\n\r\nThanks!\r\n")


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    with dovecot(["alex", "other"]) as port:
        yield port


@pytest.fixture
def imap(imap_port, monkeypatch, request):  # type: ignore[no-untyped-def]
    """A fresh mailbox for this test, configured in the environment as a user would."""
    user = "alex"
    box = imaplib.IMAP4("127.0.0.1", imap_port)
    box.login(user, PASSWORD)
    for folder in ("INBOX", '"Sent Mail"'):  # the last test's mail goes
        if box.select(folder)[1][0] != b"0":
            box.store("1:*", "+FLAGS", "\\Deleted")
            box.expunge()
    monkeypatch.setenv("IMAP_HOST", "127.0.0.1")
    monkeypatch.setenv("IMAP_PORT", str(imap_port))
    monkeypatch.setenv("IMAP_USERNAME", user)
    monkeypatch.setenv("IMAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IMAP_SSL", "false")
    monkeypatch.delenv("CALDAV_URL", raising=False)
    yield box
    box.logout()


def put(box, folder: str, message: bytes) -> None:  # type: ignore[no-untyped-def]
    box.append(folder, None, None, message)


def test_mail_in_the_sent_folder_completes_the_thank_you_step(run, cast, imap):
    put(imap, '"Sent Mail"', THANKS)

    result = run("evidence", "sync", "--json")

    assert json.loads(result.output)["sources"] == ["mail (IMAP): 1 new items"]
    sent_at = datetime(2026, 3, 3, 17, 2, 10, tzinfo=BERLIN)
    assert steps_of(cast.bob)["thank-you-email"] == ("done", sent_at)
    assert steps_of(cast.jane)["thank-you-email"] == ("done", sent_at)


def test_reading_is_read_only_and_incremental_by_uid(run, cast, imap):
    put(imap, "INBOX", REPLY)
    run("evidence", "sync")
    put(imap, '"Sent Mail"', THANKS)

    second = json.loads(run("evidence", "sync", "--json").output)

    assert second["sources"] == ["mail (IMAP): 1 new items"]  # only the new one was fetched
    assert interactions_of(cast.jane) == [
        ("email", False, "Mail sent: Great to meet you both"),
        ("email", True, "Mail received: Re: Great to meet you both")]
    imap.select("INBOX")
    assert imap.fetch("1", "(FLAGS)")[1][0].decode().count("\\Seen") == 0  # still unread


def test_the_worker_reads_the_mail_and_a_failing_server_shows_on_today(
        run, owner, cast, imap, monkeypatch, clock, settings):
    from followthrough.reminders.evidence_chore import run_evidence_chore

    monkeypatch.setenv("FOLLOWTHROUGH_USER", owner.username)
    put(imap, '"Sent Mail"', THANKS)
    assert run_evidence_chore(timezone.now(), "w1") == ["mail (IMAP): 1 new items"]
    assert run_evidence_chore(timezone.now(), "w2") == []  # one worker per 15 minutes

    monkeypatch.setenv("IMAP_PASSWORD", "wrong")
    clock.shift(timedelta(minutes=16))
    run_evidence_chore(timezone.now(), "w1")

    today = run("today")
    assert "mail (IMAP) evidence is failing since 2026-03-04 18:16 UTC" in " ".join(
        today.output.split())
    assert steps_of(cast.bob)["thank-you-email"][0] == "done"


def test_a_server_that_cannot_be_reached_is_one_line(run, cast, imap, monkeypatch):
    from tests.reminders.smtp import closed_port

    with closed_port() as port:
        monkeypatch.setenv("IMAP_PORT", str(port))
        result = run("evidence", "sync")

    assert result.exit_code == 1
    assert "could not reach the server" in result.output
    assert "Traceback" not in result.output


def test_doctor_says_who_you_are_and_how_the_sources_are(owner, cast, imap, monkeypatch, clock):
    from followthrough.reminders.doctor import run_checks

    monkeypatch.setenv("FOLLOWTHROUGH_USER", owner.username)
    checks = {c.name: c for c in run_checks(timezone.now())}

    assert checks["mail (IMAP) evidence"].status == "WARN"
    assert checks["mail (IMAP) evidence"].message == "set up, not read yet"
    assert checks["calendar (CalDAV) evidence"].message == "not set up (optional: CALDAV_URL)"
    assert checks["who you are"].status == "WARN"  # no LinkedIn URL yet


@pytest.fixture(scope="module")
def dav_url(tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from tests.reminders.radicale_server import radicale

    with radicale(tmp_path_factory.mktemp("radicale")) as url:
        yield url


@pytest.fixture
def work_calendar(dav_url, monkeypatch, request):  # type: ignore[no-untyped-def]
    """The user's own calendar on a real CalDAV server (their account, configured for sync)."""
    import caldav

    user = f"user{abs(hash(request.node.name)) % 10**8}"
    monkeypatch.setenv("CALDAV_URL", dav_url)
    monkeypatch.setenv("CALDAV_USERNAME", user)
    monkeypatch.setenv("CALDAV_PASSWORD", "secret")
    monkeypatch.delenv("IMAP_HOST", raising=False)
    client = caldav.DAVClient(url=dav_url, username=user, password="secret")
    return client.principal().make_calendar(name="Work", cal_id="work")


def event(uid: str, start: str, summary: str, location: str = "",
          guest: str = "CN=Jane Doe:mailto:jane.doe@example.com") -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20260301T000000Z\r\nDTSTART;TZID=Europe/Berlin:{start}\r\n"
            f"DURATION:PT1H\r\nSUMMARY:{summary}\r\n"
            + (f"LOCATION:{location}\r\n" if location else "")
            + "ORGANIZER:mailto:alex@example.com\r\n"
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:alex@example.com\r\n"
            f"ATTENDEE;PARTSTAT=ACCEPTED;{guest}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_caldav_meeting_completes_the_face_to_face_step_and_reads_only_changes(
        run, cast, work_calendar):
    from followthrough.models import Step

    # Bob, met on Sunday: a lunch within 48 hours of meeting would be that same meeting
    work_calendar.save_event(event("lunch-1", "20260304T123000", "Lunch", "Café Einstein",
                                   guest="CN=Bob Roe:mailto:bob@roe.example"))
    work_calendar.save_event(event("call-1", "20260304T160000", "Call about the intro"))

    first = json.loads(run("evidence", "sync", "--json").output)
    work_calendar.save_event(event("dinner-1", "20260310T193000", "Dinner", "Tim Raue"))
    second = json.loads(run("evidence", "sync", "--json").output)

    assert first["sources"] == ["calendar (CalDAV): 2 new items"]
    assert second["sources"] == ["calendar (CalDAV): 1 new items"]  # the sync token at work
    assert Step.objects.get(person=cast.bob, kind="face-to-face", state="done").closed_at == \
        datetime(2026, 3, 4, 12, 30, tzinfo=BERLIN)
    assert steps_of(cast.jane)["call"] == ("done", datetime(2026, 3, 4, 16, 0, tzinfo=BERLIN))
    assert [s["summary"] for s in second["evidence"]["scheduled"]] == ["Dinner"]


def test_a_calendar_server_that_refuses_is_a_warning_on_today(run, owner, cast, work_calendar,
                                                              monkeypatch):
    from tests.reminders.smtp import closed_port

    with closed_port() as port:
        monkeypatch.setenv("CALDAV_URL", f"http://127.0.0.1:{port}/")
        failed = run("evidence", "sync")

    assert failed.exit_code == 1
    assert "could not reach the server" in failed.output
    assert "calendar (CalDAV) evidence is failing since" in " ".join(run("today").output.split())
