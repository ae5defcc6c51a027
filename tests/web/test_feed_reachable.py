"""The calendar feed offered for Google Calendar must be reachable by Google: a loopback address
is said to be one, with the choices."""

from __future__ import annotations

import pytest

from tests.web.helpers import html


@pytest.mark.parametrize(("url", "local"), [
    ("http://127.0.0.1:8000/calendar/x.ics", True),
    ("http://localhost:8000/calendar/x.ics", True),
    ("http://LOCALHOST/calendar/x.ics", True),
    ("http://[::1]:8000/calendar/x.ics", True),
    ("http://127.1.2.3/calendar/x.ics", True),
    ("http://0.0.0.0:8000/calendar/x.ics", True),
    ("http://app.localhost/calendar/x.ics", True),
    ("https://ft.example.org/calendar/x.ics", False),
    ("http://192.168.1.5:8000/calendar/x.ics", False),
])
def test_a_loopback_feed_address_is_recognised(url, local):
    from followthrough.reminders.feed import unreachable_from_outside

    assert bool(unreachable_from_outside(url)) is local


def test_the_reminders_page_explains_a_local_feed_address(web, monkeypatch):
    monkeypatch.setenv("FOLLOWTHROUGH_BASE_URL", "http://127.0.0.1:8000")
    page = html(web.get("/settings/reminders/"))
    assert "This address is on this computer only (127.0.0.1), so Google Calendar cannot " \
           "reach it" in page
    assert "publish Followthrough behind a public address" in page
    assert "import the .ics file instead" in page


def test_a_public_feed_address_gets_no_such_warning(web, monkeypatch):
    monkeypatch.setenv("FOLLOWTHROUGH_BASE_URL", "https://ft.example.org")
    assert "on this computer only" not in html(web.get("/settings/reminders/"))


def test_sync_feed_warns_on_the_command_line(run, monkeypatch):
    monkeypatch.delenv("FOLLOWTHROUGH_BASE_URL", raising=False)
    result = run("sync", "feed")
    assert "http://127.0.0.1:8000/calendar/" in result.output
    assert "Google Calendar cannot reach it" in result.output
    monkeypatch.setenv("FOLLOWTHROUGH_BASE_URL", "https://ft.example.org")
    assert "cannot reach" not in run("sync", "feed").output
