"""`followthrough reminders`: where and when reminder emails go, shown and changed."""

from __future__ import annotations

import json

import pytest
from django.utils import timezone

from followthrough.reminders.models import ReminderSettings
from followthrough.reminders.services import snooze_digests


def test_it_shows_the_address_the_digest_hour_in_my_zone_and_the_overdue_emails(run, owner):
    result = run("reminders")
    assert result.exit_code == 0, result.output
    assert "To:       owner@example.com" in result.output
    assert "Digest:   daily at 08:00 (Europe/Berlin)" in result.output
    assert "Overdue:  an email as soon as a step turns overdue" in result.output


def test_options_change_them_and_json_reads_them_back(run, owner):
    result = run("reminders", "--email", "me@example.org", "--digest-hour", "7",
                 "--no-overdue-emails")
    assert result.exit_code == 0, result.output
    assert "To:       me@example.org" in result.output and "Overdue:  off" in result.output
    shown = json.loads(run("reminders", "--json").output)
    assert shown == {"address": "me@example.org", "email": "me@example.org", "digest": True,
                     "digest_hour": 7, "overdue_emails": False, "paused_until": None,
                     "weekly": False, "cannot_send": ""}
    assert "Digest:   off" in run("reminders", "--no-digest").output
    assert "To:       owner@example.com" in run("reminders", "--email", "").output


def test_a_paused_digest_is_shown_with_its_end_and_resumed(run, owner, clock):
    snooze_digests(owner_id=owner.pk, now=timezone.now())
    assert "paused until" in run("reminders").output
    assert json.loads(run("reminders", "--json").output)["paused_until"] is not None
    result = run("reminders", "--resume")
    assert "paused" not in result.output
    assert ReminderSettings.objects.get(owner=owner).snoozed_until is None


@pytest.mark.parametrize(("args", "message"), [
    (["--email", "not-an-email"], "email: 'not-an-email' is not a valid email address"),
    (["--email", "x" * 10_000], "is not a valid email address"),
    (["--email", "me@example.org", "--digest-hour", "24"], "24 is not in the range 0<=x<=23"),
    (["--digest-hour", "seven"], "'seven' is not a valid integer range"),
])
def test_bad_input_gets_one_clear_line_and_changes_nothing(run, owner, args, message):
    run("reminders", "--digest-hour", "9")
    result = run("reminders", *args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    saved = ReminderSettings.objects.get(owner=owner)
    assert (saved.email, saved.digest_hour) == ("", 9)


def test_weekly_turns_the_monday_review_on_and_off(run, owner):
    assert "Weekly:   off" in run("reminders").output
    result = run("reminders", "--weekly")
    assert "Weekly:   Mondays at 08:00, the week before in review" in result.output
    assert json.loads(run("reminders", "--json").output)["weekly"] is True
    assert "Weekly:   off" in run("reminders", "--no-weekly").output
    assert ReminderSettings.objects.get(owner=owner).weekly is False
