"""Every page's links follow the path the app is served under (a proxy's /followthrough/)."""

from __future__ import annotations

import re

from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.urls import set_script_prefix

from tests.web.helpers import served


def page(client, path: str, script_name: str = "") -> str:  # type: ignore[no-untyped-def]
    """The page as a WSGI server serves it (the test client does not set the script prefix)."""
    # As the test client does: the test's transaction holds the session, so the request must
    # not close the connection at its start or end.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        status, body = served(client, path, script_name)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
        set_script_prefix("/")
    assert status == "200 OK", status
    return body


def test_links_follow_the_prefix_the_app_is_served_under_and_not_a_previous_one(web):
    under_prefix = page(web, "/people/", script_name="/followthrough")
    assert 'href="/followthrough/people/"' in under_prefix
    assert 'href="/followthrough/met/"' in under_prefix
    at_root = page(web, "/people/")
    assert 'href="/people/"' in at_root and 'href="/followthrough/' not in at_root


def test_the_navigation_marks_the_page_you_are_on_and_only_it(web, owner, meet):
    """The top bar (wide screens) and the tab bar (phones) both mark the place you are in."""
    person = meet(owner).person
    for path, current, marks in (("/", "/", 2), ("/people/?q=jan", "/people/", 2),
                                 ("/habits/", "/habits/", 2), ("/met/", "/met/", 2),
                                 (f"/people/{person.pk}/", "/people/", 2),
                                 ("/settings/reminders/", "/settings/", 1),
                                 ("/check/", "/check/", 1)):
        shown = web.get(path).content.decode()
        marked = re.findall(r'<a href="([^"]*)"[^>]*aria-current="page"', shown)
        assert marked == [current] * marks, (path, marked)
    check_page = web.get("/check/").content.decode()
    assert re.search(r'<a href="/check/"[^>]*aria-current="page">.*?<span>Check a post</span></a>',
                     check_page)
