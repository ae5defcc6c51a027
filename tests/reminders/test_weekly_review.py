"""The weekly review by email: every Monday at the digest hour in the owner's zone, once per owner
and week, in HTML with a plain-text part, checked on a real SMTP server."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import Message
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from followthrough.reminders.deliveries import deliver_one
from followthrough.reminders.digests import schedule_digests
from followthrough.reminders.models import Delivery
from followthrough.reminders.services import unsubscribe, update_reminder_settings
from followthrough.reminders.weekly import weekly_date_due

BERLIN = ZoneInfo("Europe/Berlin")
WEEKLY = "Followthrough: week"


@pytest.fixture
def weekly_config(config_email):  # type: ignore[no-untyped-def]
    """config.toml says weekly = true (the owner has not chosen on the Reminders page)."""
    (config_email / "config.toml").write_text(
        '[time]\nzone = "Europe/Berlin"\n\n[reminders]\nweekly = true\n')
    return config_email


@pytest.fixture
def only_weekly(owner):  # type: ignore[no-untyped-def]
    update_reminder_settings(owner=owner, digest_enabled=False, immediate_overdue=False)
    return owner


def a_pass(worker: str = "w1") -> None:
    """What each worker pass does for emails: owe what is due, then send what is owed."""
    schedule_digests(timezone.now())
    while deliver_one(timezone.now(), worker):
        pass


def weekly(smtp) -> list[Message]:  # type: ignore[no-untyped-def]
    return [m for m in smtp.messages if str(m["Subject"]).startswith(WEEKLY)]


def parts(message: Message) -> dict[str, str]:
    return {part.get_content_type(): part.get_payload(decode=True).decode()
            for part in message.walk() if not part.is_multipart()}


def test_it_arrives_on_monday_at_the_digest_hour_once_whatever_the_passes(
        smtp, weekly_config, only_weekly, met, clock):
    met("Jane Doe", ago=timedelta(hours=1), give="intro to Priya")  # Wednesday of week 10
    for moment in (datetime(2026, 3, 8, 20, 0), datetime(2026, 3, 9, 7, 59)):
        clock.move_to(moment.replace(tzinfo=BERLIN))
        a_pass()
        assert weekly(smtp) == [], moment
    clock.move_to(datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN))
    a_pass("w1")
    a_pass("w2")  # a second worker in the same minute
    for moment in (datetime(2026, 3, 9, 18, 0), datetime(2026, 3, 10, 8, 0)):
        clock.move_to(moment.replace(tzinfo=BERLIN))
        a_pass("w2")
    assert [str(m["Subject"]) for m in weekly(smtp)] == ["Followthrough: week 2026-W10 in review"]
    clock.move_to(datetime(2026, 3, 16, 8, 30, tzinfo=BERLIN))
    a_pass()
    assert [str(m["Subject"]) for m in weekly(smtp)][1:] == [
        "Followthrough: week 2026-W11 in review"]  # Jane's steps are still overdue


def test_the_email_is_html_with_a_plain_text_part_and_links_back(
        smtp, weekly_config, only_weekly, met, clock):
    met('Jane <b>"Doe"</b>', ago=timedelta(hours=1), give="intro to <Priya>")
    clock.move_to(datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN))
    a_pass()
    [message] = weekly(smtp)
    assert message["To"] == "owner@example.com" and message["Auto-Submitted"] == (
        "auto-generated")
    assert message.get_content_type() == "multipart/alternative"
    body = parts(message)
    text, page = body["text/plain"], body["text/html"]
    assert "Week 10, 2026: 2–8 March 2026" in text
    assert "What slipped (4)" in text and 'Jane <b>"Doe"</b>: Save their whole business card' in text
    assert "https://ft.example.org/review/?week=2026-W10" in text
    assert "Stop all reminder emails: https://ft.example.org/reminders/unsubscribe/" in text
    assert "Your week in review" in page and "What slipped" in page
    assert "Jane &lt;b&gt;&quot;Doe&quot;&lt;/b&gt;" in page and "<b>" not in page
    assert '<a href="https://ft.example.org/people/' in page
    assert "<svg" not in page and "<script" not in page  # mail readers drop SVG: figures as text
    assert "- All steps: 0/4 (0%); none due" in text  # this week's share; the four before


def test_the_monday_after_the_spring_change_reviews_the_short_week(
        smtp, weekly_config, only_weekly, met, clock):
    # Met on Friday 27 March 23:30: the 48-hour steps fall due at 00:30 on Monday 30 March
    # (summer time): not slipped in week 13, due in the week the email looks ahead to.
    clock.move_to(datetime(2026, 3, 27, 23, 30, tzinfo=BERLIN))
    met("Night Owl", ago=timedelta(0), give="a lift")
    clock.move_to(datetime(2026, 3, 30, 8, 0, tzinfo=BERLIN))
    a_pass()
    [message] = weekly(smtp)
    text = parts(message)["text/plain"]
    assert str(message["Subject"]) == "Followthrough: week 2026-W13 in review"
    assert "What slipped (0)" in text and "Due in the next 7 days (4)" in text
    assert "Night Owl: Send a LinkedIn connection request" in text and "Mon 30 Mar, 00:30" in text


def test_monday_is_the_owners_monday_even_when_it_is_still_sunday_in_utc(
        smtp, config_email, only_weekly, met, clock):
    (config_email / "config.toml").write_text(
        '[time]\nzone = "Pacific/Auckland"\n\n[reminders]\nweekly = true\n')
    met("Kiri Moana", ago=timedelta(days=3), give="an intro")
    auckland = ZoneInfo("Pacific/Auckland")
    clock.move_to(datetime(2026, 3, 9, 8, 0, tzinfo=auckland))  # Sunday 19:00 UTC
    assert timezone.now().weekday() == 6
    a_pass()
    assert [str(m["Subject"]) for m in weekly(smtp)] == ["Followthrough: week 2026-W10 in review"]


def test_the_owners_own_choice_wins_over_the_config(smtp, config_email, owner, met, clock):
    met("Jane Doe", ago=timedelta(hours=1))
    update_reminder_settings(owner=owner, digest_enabled=False, immediate_overdue=False,
                             weekly=True)  # config.toml says nothing: off by default
    clock.move_to(datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN))
    a_pass()
    assert len(weekly(smtp)) == 1
    (config_email / "config.toml").write_text('[time]\nzone = "Europe/Berlin"\n'
                                              '[reminders]\nweekly = true\n')
    update_reminder_settings(owner=owner, weekly=False)
    clock.move_to(datetime(2026, 3, 16, 8, 0, tzinfo=BERLIN))
    a_pass()
    assert len(weekly(smtp)) == 1


def test_turned_off_after_it_was_owed_or_unsubscribed_it_does_not_go(
        smtp, weekly_config, only_weekly, owner, met, clock):
    met("Jane Doe", ago=timedelta(hours=1))
    clock.move_to(datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN))
    schedule_digests(timezone.now())
    update_reminder_settings(owner=owner, weekly=False)
    a_pass()
    assert weekly(smtp) == []
    assert Delivery.objects.get(kind="weekly").state == "skipped"
    update_reminder_settings(owner=owner, weekly=True)
    unsubscribe(owner_id=owner.id)
    clock.move_to(datetime(2026, 3, 16, 8, 0, tzinfo=BERLIN))
    a_pass()
    assert weekly(smtp) == [] and Delivery.objects.filter(kind="weekly").count() == 1


def test_an_empty_week_sends_no_email(smtp, weekly_config, only_weekly, clock):
    clock.move_to(datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN))
    a_pass()
    assert smtp.messages == []
    assert Delivery.objects.get(kind="weekly").state == "skipped"


def test_a_review_held_up_into_the_next_week_gives_way_to_that_weeks(
        smtp, weekly_config, only_weekly, met, clock):
    met("Jane Doe", ago=timedelta(hours=1))
    clock.move_to(datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN))
    schedule_digests(timezone.now())  # owed, but no worker delivers it that week
    clock.move_to(datetime(2026, 3, 16, 9, 0, tzinfo=BERLIN))
    a_pass()
    assert [str(m["Subject"]) for m in weekly(smtp)] == ["Followthrough: week 2026-W11 in review"]
    assert sorted(Delivery.objects.filter(kind="weekly").values_list("state", flat=True)) == [
        "sent", "skipped"]


def test_the_weekly_review_is_owed_on_mondays_from_the_hour_on():
    assert weekly_date_due(datetime(2026, 3, 9, 6, 59, tzinfo=BERLIN), BERLIN, 7) is None
    assert str(weekly_date_due(datetime(2026, 3, 9, 7, 0, tzinfo=BERLIN), BERLIN, 7)) == (
        "2026-03-09")
    assert weekly_date_due(datetime(2026, 3, 10, 7, 0, tzinfo=BERLIN), BERLIN, 7) is None
    # 23:30 UTC on Sunday is Monday 00:30 in Berlin.
    late = datetime(2026, 3, 8, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert str(weekly_date_due(late, BERLIN, 0)) == "2026-03-09"


def test_owing_weekly_reviews_costs_as_many_queries_for_100_owners_as_for_10(
        weekly_config, clock, db):
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    clock.move_to(datetime(2026, 3, 9, 9, 0, tzinfo=BERLIN))

    def queries(owners: int) -> int:
        """What every pass after the hour costs, once the owners' emails are owed."""
        User.objects.filter(username__startswith="team-").delete()
        User.objects.bulk_create(User(username=f"team-{n}") for n in range(owners))
        assert schedule_digests(timezone.now()) == 2 * owners  # a digest and a review each
        with CaptureQueriesContext(connection) as captured:
            assert schedule_digests(timezone.now()) == 0
        return len(captured.captured_queries)

    assert queries(10) == queries(100)


def test_with_only_the_weekly_review_on_a_missing_address_is_still_reported(owner, clock):
    from followthrough.reminders.health import health_warnings

    owner.email = ""
    owner.save()
    update_reminder_settings(owner=owner, digest_enabled=False, immediate_overdue=False)
    assert not any("nowhere to go" in w for w in health_warnings(owner, timezone.now()))
    update_reminder_settings(owner=owner, weekly=True)
    assert any("nowhere to go" in w for w in health_warnings(owner, timezone.now()))
