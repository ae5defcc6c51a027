"""Settings → Reminders: where and when the emails go, a paused digest resumed, and the calendar
feed's secret address, shown and replaced."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from followthrough.reminders.digests import schedule_digests
from followthrough.reminders.models import Delivery, ReminderSettings
from followthrough.reminders.services import snooze_digests, unsubscribe
from tests.web.helpers import html

SAVE = {"email": "", "digest_enabled": "on", "digest_hour": "8", "immediate_overdue": "on"}


def settings_of(owner) -> ReminderSettings:  # type: ignore[no-untyped-def]
    return ReminderSettings.objects.get(owner=owner)


def saved_values(owner) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return ReminderSettings.objects.filter(owner=owner).values().get()


def test_the_page_says_where_reminders_go_and_gives_the_calendar_address(web):
    page = html(web.get("/settings/reminders/"))
    assert "They go to <strong>owner@example.com</strong>" in page
    assert "webcal://testserver/calendar/" in page and "http://testserver/calendar/" in page
    assert 'href="/settings/reminders/"' in html(web.get("/"))  # every page's footer leads here


def test_saving_changes_the_address_the_hour_and_both_kinds_of_email(web, owner):
    response = web.post("/settings/reminders/", {"email": "  Me@Example.ORG ",
                                                 "digest_hour": "7"})
    assert response.status_code == 302
    saved = settings_of(owner)
    assert (saved.email, saved.digest_enabled, saved.digest_hour, saved.immediate_overdue) == (
        "Me@example.org", False, 7, False)
    page = html(web.get("/settings/reminders/"))
    assert "Reminder settings saved." in page and "They go to <strong>Me@example.org</strong>" in page
    assert '<option value="7" selected>07:00</option>' in page


@pytest.mark.parametrize(("form", "field", "says"), [
    ({**SAVE, "email": "not-an-address"}, "email", "is not a valid email address"),
    ({**SAVE, "email": "<script>alert(1)</script>@x"}, "email", "&lt;script&gt;"),
    ({**SAVE, "email": "a" * 10_000 + "@example.org"}, "email", "at most 320 characters"),
    ({**SAVE, "digest_hour": "24"}, "digest_hour", "Select a valid choice"),
    ({**SAVE, "digest_hour": "eight"}, "digest_hour", "Select a valid choice"),
])
def test_bad_input_is_named_beside_its_field_and_nothing_is_saved(web, owner, form, field, says):
    web.get("/settings/reminders/")
    before = saved_values(owner)
    response = web.post("/settings/reminders/", form)
    assert response.status_code == 400
    assert says in html(response)
    assert "<script>alert" not in html(response)
    assert saved_values(owner) == before


def test_a_digest_paused_from_an_email_can_be_resumed_here(web, owner, clock):
    snooze_digests(owner_id=owner.pk, now=timezone.now())
    page = html(web.get("/settings/reminders/"))
    assert "The daily digest is paused until" in page
    assert web.post("/settings/reminders/resume").status_code == 302
    assert settings_of(owner).snoozed_until is None
    assert "paused until" not in html(web.get("/settings/reminders/"))


def test_after_unsubscribing_reminders_can_be_turned_back_on(web, owner, clock):
    unsubscribe(owner_id=owner.pk)
    page = html(web.get("/settings/reminders/"))
    assert 'name="digest_enabled" id="id_digest_enabled"' in page and "checked" not in page.split(
        'name="digest_enabled"')[1].split(">")[0]
    web.post("/settings/reminders/", SAVE)
    morning = timezone.now().replace(hour=9, minute=0) + timedelta(days=1)  # 10:00 in Berlin
    assert schedule_digests(morning) == 1
    assert Delivery.objects.filter(owner=owner).count() == 1


def test_a_new_calendar_address_replaces_the_old_one_at_once(web, owner):
    old = _feed_path(html(web.get("/settings/reminders/")))
    assert web.get(old).status_code == 200
    response = web.post("/settings/reminders/feed")
    assert response.status_code == 302
    new = _feed_path(html(web.get("/settings/reminders/")))
    assert new != old
    assert Client().get(old).status_code == 404  # a calendar app holding the old one
    assert Client().get(new).status_code == 200


def test_each_user_sees_and_changes_only_their_own(web, owner, teammate):
    mate = Client()
    mate.force_login(teammate)
    mine = _feed_path(html(web.get("/settings/reminders/")))
    theirs = html(mate.get("/settings/reminders/"))
    assert mine not in theirs and "owner@example.com" not in theirs
    mate.post("/settings/reminders/", {**SAVE, "email": "mate@example.org"})
    assert settings_of(owner).email == ""


def test_the_forms_need_the_csrf_token(owner):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    for url in ("/settings/reminders/", "/settings/reminders/resume", "/settings/reminders/feed"):
        assert browser.post(url, SAVE).status_code == 403, url


def _feed_path(page: str) -> str:
    return "/calendar/" + page.split("http://testserver/calendar/", 1)[1].split(".ics", 1)[0] + ".ics"


def _checked(page: str, name: str) -> bool:
    tag = page.split(f'name="{name}"', 1)[1].split(">", 1)[0]
    return "checked" in tag


def test_the_weekly_review_is_a_checkbox_that_starts_as_config_toml_says(
        web, owner, isolated_dirs):
    assert not _checked(html(web.get("/settings/reminders/")), "weekly")
    config = isolated_dirs / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text("[reminders]\nweekly = true\n")
    assert _checked(html(web.get("/settings/reminders/")), "weekly")
    assert settings_of(owner).weekly is None  # not chosen yet: the config decides
    web.post("/settings/reminders/", SAVE)  # saved unticked: the owner's choice now
    assert settings_of(owner).weekly is False
    assert not _checked(html(web.get("/settings/reminders/")), "weekly")
    web.post("/settings/reminders/", {**SAVE, "weekly": "on"})
    assert settings_of(owner).weekly is True
