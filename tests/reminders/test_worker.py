"""The worker loop: drains, sleeps, survives the database going away, stops on SIGTERM."""

from __future__ import annotations

import os
import signal
from datetime import timedelta

import pytest
from django.core import mail
from django.db import OperationalError
from django.utils import timezone

from followthrough.reminders.models import Delivery, WorkerHeartbeat
from tests.reminders.helpers import overdue_notes


@pytest.fixture(autouse=True)
def notes_only(owner):  # type: ignore[no-untyped-def]
    """These tests count overdue notes: the owner's digest (due at 08:00, it is 19:00) is off."""
    from followthrough.reminders.services import update_reminder_settings

    update_reminder_settings(owner=owner, digest_enabled=False)


def test_one_pass_sweeps_records_and_delivers(clock, met, worker):
    met("Jane Doe", ago=timedelta(hours=47))
    worker.run_pass()
    clock.shift(timedelta(hours=2))
    result = worker.run_pass()
    assert (result.events, result.sent) == (4, 4)
    assert len(mail.outbox) == 4
    assert WorkerHeartbeat.objects.get(name="worker").worker == "test-worker"


def test_until_idle_stops_when_nothing_is_left(clock, met, worker):
    overdue_notes(met, clock, count=2)
    total = worker.run(until_idle=True, poll=0.1)
    assert total.sent == 8 and len(mail.outbox) == 8


def test_a_dropped_database_connection_is_retried_without_losing_a_reminder(
    clock, met, worker, monkeypatch
):
    from followthrough.reminders import deliveries

    overdue_notes(met, clock, count=1)
    real, calls = deliveries.deliver_one, {"n": 0}

    def flaky(now, name):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise OperationalError("server closed the connection unexpectedly")
        return real(now, name)

    monkeypatch.setattr(deliveries, "deliver_one", flaky)
    naps: list[float] = []
    worker.sleep = naps.append
    worker.run(until_idle=True, poll=0.1)
    assert naps and naps[0] == 5.0  # waited before trying again
    assert len(mail.outbox) == 4
    assert Delivery.objects.filter(state="sent").count() == 4


def test_sigterm_finishes_the_item_in_hand_then_stops(clock, met, worker):
    overdue_notes(met, clock, count=2)
    worker.install_signal_handlers()
    from followthrough.reminders import channels
    from followthrough.reminders.channels.email import EmailChannel

    real_notify = EmailChannel.notify

    def notify_then_terminate(self, notice):  # type: ignore[no-untyped-def]
        real_notify(self, notice)
        os.kill(os.getpid(), signal.SIGTERM)

    try:
        EmailChannel.notify = notify_then_terminate  # type: ignore[method-assign]
        worker.run(poll=0.1)
    finally:
        EmailChannel.notify = real_notify  # type: ignore[method-assign]
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    assert worker.shutdown
    assert len(mail.outbox) == 1
    assert Delivery.objects.filter(state="sent").count() == 1  # the one in hand was recorded
    assert Delivery.objects.filter(state="pending", claimed_at__isnull=True).count() == 7
    assert channels  # imported for the registry


def test_the_worker_command_once_prints_what_it_did(run, clock, met, db):
    overdue_notes(met, clock, count=1)
    result = run("worker", "--once")
    assert result.exit_code == 0, result.output
    assert "Reminders: 4 sent." in result.output
    assert run("worker", "--once", "--json").output.strip().endswith("}")


def test_the_worker_prints_a_systemd_unit_and_a_cron_line(run):
    unit = run("worker", "--print-systemd-unit").output
    assert "[Service]" in unit and "-m followthrough worker" in unit
    assert "Restart=always" in unit and "WantedBy=default.target" in unit
    cron = run("worker", "--print-cron").output
    assert "*/5 * * * *" in cron and "worker --once" in cron


def test_health_warns_when_the_worker_has_not_run_for_an_hour(clock, worker, owner):
    from followthrough.reminders.health import health_warnings

    assert "never run" in health_warnings(owner, timezone.now())[0]
    worker.run_pass()
    assert health_warnings(owner, timezone.now()) == []
    clock.shift(timedelta(hours=3))
    assert "last ran 3 hours ago" in health_warnings(owner, timezone.now())[0]
