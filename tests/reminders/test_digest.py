"""The daily digest arrives once a day at the chosen local hour, and only with something to say."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.core import mail
from django.utils import timezone

from followthrough.reminders.deliveries import deliver_one
from followthrough.reminders.digests import digest_date_due, schedule_digests
from followthrough.reminders.services import update_reminder_settings

BERLIN = ZoneInfo("Europe/Berlin")


def digest_pass() -> list[str]:
    schedule_digests(timezone.now())
    while deliver_one(timezone.now(), "w1"):
        pass
    return [m.subject for m in mail.outbox if m.subject.startswith("Followthrough:")]


def test_it_sends_the_digest_at_the_chosen_hour_in_the_users_zone(clock, met, owner):
    update_reminder_settings(owner=owner, digest_hour=8, immediate_overdue=False)
    met("Jane Doe", ago=timedelta(hours=50))  # four steps overdue
    clock.move_to(datetime(2026, 3, 5, 7, 59, tzinfo=BERLIN))
    assert digest_pass() == []
    clock.move_to(datetime(2026, 3, 5, 8, 0, tzinfo=BERLIN))
    assert digest_pass() == ["Followthrough: 4 overdue"]
    clock.move_to(datetime(2026, 3, 5, 18, 0, tzinfo=BERLIN))
    assert digest_pass() == ["Followthrough: 4 overdue"]  # still one that day
    clock.move_to(datetime(2026, 3, 6, 8, 30, tzinfo=BERLIN))
    assert len(digest_pass()) == 2


def test_the_digest_lists_overdue_today_and_at_risk_with_links(clock, met, owner):
    update_reminder_settings(owner=owner, digest_hour=8, immediate_overdue=False)
    met("Jane Doe", ago=timedelta(hours=50))
    met("Raj Patel", ago=timedelta(days=80))  # face to face due in 10 days
    clock.move_to(datetime(2026, 3, 5, 9, 0, tzinfo=BERLIN))
    digest_pass()
    (message,) = [m for m in mail.outbox if m.subject.startswith("Followthrough:")]
    assert "Overdue" in message.body and "At risk of lapsing" in message.body
    assert "Meet Raj Patel face to face" in message.body
    assert "give: an intro" in message.body
    html = message.alternatives[0][0]
    assert "<h2" in html and "Raj Patel" in html


def test_no_digest_when_there_is_nothing_to_say(clock, owner):
    update_reminder_settings(owner=owner, digest_hour=8)
    clock.move_to(datetime(2026, 3, 5, 9, 0, tzinfo=BERLIN))
    assert digest_pass() == []
    assert mail.outbox == []


def test_a_snoozed_or_unsubscribed_owner_gets_no_digest(clock, met, owner):
    from followthrough.reminders.services import snooze_digests, unsubscribe

    met("Jane Doe", ago=timedelta(hours=50))
    snooze_digests(owner_id=owner.id, now=timezone.now())
    clock.move_to(datetime(2026, 3, 5, 9, 0, tzinfo=BERLIN))
    assert digest_pass() == []
    unsubscribe(owner_id=owner.id)
    clock.move_to(datetime(2026, 3, 20, 9, 0, tzinfo=BERLIN))
    assert digest_pass() == []


def test_the_skipped_hour_of_spring_forward_still_gets_its_digest(met, owner, db):
    # 2026-03-29: Berlin clocks jump from 02:00 to 03:00, so 02:xx never happens.
    with time_machine.travel(datetime(2026, 3, 29, 1, 59, tzinfo=BERLIN), tick=False) as t:
        update_reminder_settings(owner=owner, digest_hour=2, immediate_overdue=False)
        met("Jane Doe", ago=timedelta(hours=50))
        assert digest_pass() == []
        t.shift(timedelta(minutes=1))  # the next minute is 03:00 local
        assert timezone.now().astimezone(BERLIN).hour == 3
        assert len(digest_pass()) == 1


def test_the_doubled_hour_of_fall_back_gets_one_digest(met, owner, db):
    # 2026-10-25: Berlin lives 02:00-02:59 twice.
    with time_machine.travel(datetime(2026, 10, 25, 2, 10, tzinfo=BERLIN, fold=0), tick=False) as t:
        update_reminder_settings(owner=owner, digest_hour=2, immediate_overdue=False)
        met("Jane Doe", ago=timedelta(hours=50))
        assert len(digest_pass()) == 1
        t.shift(timedelta(hours=1))  # 02:10 again, in winter time
        assert timezone.now().astimezone(BERLIN).hour == 2
        assert len(digest_pass()) == 1


def test_digest_date_due_compares_wall_clock_time():
    zone = BERLIN
    assert digest_date_due(datetime(2026, 3, 5, 6, 59, tzinfo=zone), zone, 7) is None
    assert str(digest_date_due(datetime(2026, 3, 5, 7, 0, tzinfo=zone), zone, 7)) == "2026-03-05"
    # 23:30 UTC is already tomorrow in Berlin.
    late = datetime(2026, 3, 5, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert str(digest_date_due(late, zone, 0)) == "2026-03-06"


def _queries_of_a_later_pass(owners: int) -> int:
    """COUNT owners whose digests are owed already: what every pass after the hour costs."""
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followthrough.reminders.models import Delivery

    User.objects.filter(username__startswith="team-").delete()
    User.objects.bulk_create(User(username=f"team-{n}") for n in range(owners))
    assert schedule_digests(timezone.now()) == Delivery.objects.filter(kind="digest").count()
    with CaptureQueriesContext(connection) as captured:
        assert schedule_digests(timezone.now()) == 0
    return len(captured.captured_queries)


def test_owing_digests_costs_as_many_queries_for_100_owners_as_for_10(clock, db):
    assert _queries_of_a_later_pass(10) == _queries_of_a_later_pass(100)
