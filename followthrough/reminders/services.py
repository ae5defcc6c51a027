"""Writes to an owner's reminder settings; the CLI, web pages and email links all call these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser

from followthrough.errors import InvalidInput, NotFound
from followthrough.reminders.models import ReminderSettings
from followthrough.reminders.wishes import address_for, paused_until, weekly_wanted
from followthrough.services.validation import clean_email
from followthrough.services.versions import changes_owner_data

SNOOZE = timedelta(days=7)


def reminder_settings_for(owner: AbstractBaseUser) -> ReminderSettings:
    settings, _ = ReminderSettings.objects.get_or_create(owner=owner)
    return settings


@dataclass(frozen=True)
class ReminderChoices:
    """What an owner chose for their reminders, as every door shows it."""

    address: str  # where they go: `email`, else the account's (address_for); "" when nowhere
    email: str
    digest: bool
    digest_hour: int  # in the owner's zone
    overdue_emails: bool
    paused_until: datetime | None
    weekly: bool  # the weekly review, Mondays at the digest hour
    cannot_send: str = ""  # why no email can go at all (no mail server), "" when it can


def reminder_choices(owner: AbstractBaseUser, now: datetime) -> ReminderChoices:
    from followthrough.services.mail_server import mail_server_missing

    settings = reminder_settings_for(owner)
    return ReminderChoices(
        address=address_for(owner, settings), email=settings.email,
        digest=settings.digest_enabled, digest_hour=settings.digest_hour,
        overdue_emails=settings.immediate_overdue, paused_until=paused_until(settings, now),
        weekly=weekly_wanted(owner, settings), cannot_send=mail_server_missing())


@changes_owner_data  # the Today page warns when reminder emails have nowhere to go
def update_reminder_settings(
    *, owner: AbstractBaseUser, email: str | None = None, digest_hour: int | None = None,
    digest_enabled: bool | None = None, immediate_overdue: bool | None = None,
    weekly: bool | None = None, resume: bool = False,
) -> ReminderSettings:
    """Change what is given (None leaves it); `resume` ends a pause of the digest (snooze)."""
    settings = reminder_settings_for(owner)
    if email is not None:
        settings.email = clean_email(email) if email.strip() else ""
    if digest_hour is not None:
        if not 0 <= digest_hour <= 23:
            raise InvalidInput("digest hour", "must be a whole hour from 0 to 23")
        settings.digest_hour = digest_hour
    if digest_enabled is not None:
        settings.digest_enabled = digest_enabled
    if immediate_overdue is not None:
        settings.immediate_overdue = immediate_overdue
    if weekly is not None:
        settings.weekly = weekly
    if resume:
        settings.snoozed_until = None
    settings.save()
    return settings


@changes_owner_data
def unsubscribe(*, owner_id: int) -> None:
    """Stop every reminder email (the one-click link in each email)."""
    _must_exist(owner_id)
    ReminderSettings.objects.get_or_create(owner_id=owner_id)
    ReminderSettings.objects.filter(owner_id=owner_id).update(
        digest_enabled=False, immediate_overdue=False, weekly=False
    )


@changes_owner_data
def snooze_digests(*, owner_id: int, now: datetime) -> datetime:
    _must_exist(owner_id)
    until = now + SNOOZE
    ReminderSettings.objects.get_or_create(owner_id=owner_id)
    ReminderSettings.objects.filter(owner_id=owner_id).update(snoozed_until=until)
    return until


def _must_exist(owner_id: int) -> None:
    from django.contrib.auth import get_user_model

    if not get_user_model().objects.filter(id=owner_id).exists():
        raise NotFound("that account no longer exists")
