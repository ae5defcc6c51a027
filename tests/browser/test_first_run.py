"""A new user's first visit: four questions (the time zone already the browser's), or skip."""

from __future__ import annotations

import pytest

from followthrough.bootstrap import local_owner
from followthrough.models import FirstRun
from followthrough.preferences import preferences_for
from followthrough.reminders.models import ReminderSettings

pytestmark = pytest.mark.slow  # starts a browser, a server or processes (docs/testing.md)


def test_the_first_visit_asks_four_questions_then_opens_today(first_visit):
    page = first_visit.page
    assert page.input_value("#id_zone") == "Asia/Tokyo"  # from the browser, not the server
    for width, scheme in ((390, "light"), (390, "dark"), (1280, "dark"), (1280, "light")):
        page.set_viewport_size({"width": width, "height": 844})
        page.emulate_media(color_scheme=scheme)
        first_visit.check(f"first-run-{width}-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.fill("#id_name", "Alex Example")
    page.check("#id_linkedin_premium")
    page.fill("#id_reminder_email", "alex@example.org")
    page.click("button:has-text('Save and start')")
    page.wait_for_selector("h1:has-text('Today')")
    assert page.is_visible("text=Met someone?")
    first_visit.check("first-run-done")
    prefs = preferences_for(local_owner())
    assert (prefs.my_name, prefs.zone.key, prefs.linkedin_premium) == (
        "Alex Example", "Asia/Tokyo", True)
    assert ReminderSettings.objects.get(owner=local_owner()).email == "alex@example.org"
    first_visit.go("/")
    assert page.url.endswith("/") and not page.url.endswith("/setup/")  # asked once


def test_the_set_up_can_be_skipped_and_found_again_in_settings(first_visit):
    page = first_visit.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.click("button:has-text('Skip for now')")
    page.wait_for_selector("h1:has-text('Today')")
    assert FirstRun.objects.get(owner=local_owner()).skipped
    page.click("header a.header-settings")
    page.click("text=Your details")
    page.wait_for_selector("h1:has-text('Your details')")
    first_visit.check("your-details-phone")
