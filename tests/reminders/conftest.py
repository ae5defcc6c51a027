"""Reminder fixtures: meetings recorded through the services, a worker on the controlled clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from followthrough.preferences import Preferences


@pytest.fixture(autouse=True)
def config_email(isolated_dirs, monkeypatch):  # type: ignore[no-untyped-def]
    """The reminders read config.toml: give it a zone (Berlin) and no address of its own."""
    config = isolated_dirs / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text('[time]\nzone = "Europe/Berlin"\n')
    monkeypatch.setenv("FOLLOWTHROUGH_BASE_URL", "https://ft.example.org")
    return config


@pytest.fixture
def met(owner, prefs: Preferences) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    """Record a meeting with NAME that happened AGO before now; returns the MeetingRecorded."""
    from followthrough.services.meetings import NewMeeting, record_meeting

    def record(name: str, ago: timedelta, who=None, give: str = "an intro") -> object:  # type: ignore[no-untyped-def]
        now = timezone.now()
        return record_meeting(
            owner=who or owner, meeting=NewMeeting(name=name, at=now - ago, where="Mixer",
                                                   why="hiring", give=give),
            prefs=prefs, now=now,
        )

    return record


@pytest.fixture
def worker(clock):  # type: ignore[no-untyped-def]
    from followthrough.reminders.worker import Worker

    return Worker(name="test-worker", clock=timezone.now, sleep=lambda s: None)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture
def smtp(settings):  # type: ignore[no-untyped-def]
    """A real SMTP server on loopback that Django's SMTP backend sends to."""
    from tests.reminders.smtp import Inbox, start_smtp

    inbox = Inbox()
    controller = start_smtp(inbox)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_TIMEOUT = 2
    yield inbox
    controller.stop()


@pytest.fixture
def with_address(owner):  # type: ignore[no-untyped-def]
    return owner  # the owner fixture has owner@example.com


