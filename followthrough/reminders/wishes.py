"""What an owner's reminder settings mean: where reminders go, whether the weekly review is
wanted, when a pause ends. Read-only rules, apart from the services that write the settings, so
the health warnings `followthrough today` prints do not load the writes' validation."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.reminders.models import ReminderSettings


def weekly_wanted(owner: AbstractBaseUser, settings: ReminderSettings | None) -> bool:
    """The owner's own choice; config.toml's [reminders] weekly while they have made none."""
    if settings is not None and settings.weekly is not None:
        return settings.weekly
    from followthrough.preferences import preferences_for

    return preferences_for(owner).weekly_review


def paused_until(settings: ReminderSettings, now: datetime) -> datetime | None:
    """When a paused digest (the emails' snooze link) comes back; None when it is not paused."""
    until = settings.snoozed_until
    return until if until is not None and until > now else None


def address_for(owner: AbstractBaseUser, settings: ReminderSettings) -> str:
    """Where reminders go: the chosen address, else the account's, else config.toml's [me] email.

    "" when there is none (health_warnings says so).
    """
    from followthrough.preferences import preferences_for

    return settings.email or getattr(owner, "email", "") or preferences_for(owner).my_email
