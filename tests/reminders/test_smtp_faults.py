"""A mail server that is down, refusing or slow: retried with backoff, never lost or doubled."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from followthrough.reminders.deliveries import backoff, deliver_one
from followthrough.reminders.health import health_warnings
from followthrough.reminders.models import ChannelHealth, Delivery
from tests.reminders.helpers import overdue_notes
from tests.reminders.smtp import closed_port


def drain() -> int:
    sent = 0
    while deliver_one(timezone.now(), "w1"):
        sent += 1
    return sent


def test_a_mail_server_that_is_down_is_retried_later_then_delivered(clock, met, smtp, settings):
    overdue_notes(met, clock)
    real_port = settings.EMAIL_PORT
    with closed_port() as port:  # nothing listens there: connection refused
        settings.EMAIL_PORT = port
        drain()
    pending = Delivery.objects.filter(state="pending")
    assert pending.count() == 4 and smtp.messages == []
    assert "refused the connection" in pending.first().last_error  # type: ignore[union-attr]
    assert drain() == 0  # backing off: not retried at once
    settings.EMAIL_PORT = real_port
    clock.shift(backoff(1))
    assert drain() == 4
    assert len(smtp.messages) == 4
    assert set(Delivery.objects.values_list("state", flat=True)) == {"sent"}


def test_a_temporary_refusal_is_retried_with_growing_waits(clock, met, smtp):
    smtp.reply = "451 4.3.0 try again later"
    overdue_notes(met, clock, count=1)
    drain()
    first = Delivery.objects.order_by("id").first()
    assert first.state == "pending" and first.attempts == 1  # type: ignore[union-attr]
    assert "451" in first.last_error  # type: ignore[union-attr]
    assert [backoff(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (1, 2, 4)]
    smtp.reply = ""
    clock.shift(timedelta(minutes=1))
    drain()
    assert len(smtp.messages) == 4


def test_a_permanent_refusal_marks_the_channel_failing_and_tells_the_person(
    clock, met, smtp, owner
):
    smtp.reply = "550 5.1.1 mailbox unavailable"
    overdue_notes(met, clock, count=1)
    for _ in range(4):
        drain()
        clock.shift(timedelta(hours=1))
    assert set(Delivery.objects.values_list("state", flat=True)) == {"failed"}
    assert Delivery.objects.first().attempts == 3  # type: ignore[union-attr]
    health = ChannelHealth.objects.get(owner=owner, channel="email")
    assert health.failing_since is not None
    warnings = health_warnings(owner, timezone.now())
    assert any("email reminders are failing" in w and "550" in w for w in warnings)


def test_a_success_clears_the_failing_channel(clock, met, smtp, owner):
    smtp.reply = "550 5.1.1 mailbox unavailable"
    overdue_notes(met, clock, count=1)
    drain()
    clock.shift(timedelta(minutes=5))
    smtp.reply = ""
    met("Raj Patel", ago=timedelta(hours=47, minutes=50))
    from followthrough.reminders.sweep import sweep

    clock.shift(timedelta(minutes=20))
    sweep(timezone.now())
    drain()
    assert not ChannelHealth.objects.get(owner=owner).failing_since


def test_a_slow_mail_server_times_out_and_is_retried(clock, met, smtp, settings):
    settings.EMAIL_TIMEOUT = 0.5
    smtp.delay = 2
    overdue_notes(met, clock, count=1)
    assert deliver_one(timezone.now(), "w1")
    delivery = Delivery.objects.get(attempts=1)
    assert delivery.state == "pending" and "in time" in delivery.last_error


def test_no_email_address_holds_reminders_and_says_so(clock, met, owner, smtp):
    owner.email = ""
    owner.save()
    overdue_notes(met, clock, count=1)
    drain()
    assert smtp.messages == []
    held = Delivery.objects.filter(state="pending", attempts=0)
    assert held.count() == 4
    assert "no email address" in held.first().last_error  # type: ignore[union-attr]
    warnings = health_warnings(owner, timezone.now())
    assert any("nowhere to go" in w for w in warnings)
    owner.email = "owner@example.org"
    owner.save()
    clock.shift(timedelta(hours=1))
    drain()
    assert len(smtp.messages) == 4
