"""The first-run set-up: your name (it signs the drafts), your time zone, LinkedIn premium or
not, and where reminders go. The web's first page and `followthrough setup` both call these."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.errors import InvalidInput
from followthrough.models import FirstRun
from followthrough.models.person import NAME_MAX
from followthrough.preferences import write_preferences, zone_names
from followthrough.reminders.models import ReminderSettings
from followthrough.selectors.setup import SetUpAnswers
from followthrough.services.validation import clean_email, clean_text
from followthrough.services.versions import changes_owner_data

__all__ = ["SetUpAnswers", "clean_zone", "save_set_up", "skip_set_up"]


def clean_zone(value: str) -> str:
    zone = value.strip()
    if zone and zone not in zone_names():
        raise InvalidInput("time zone", f"{zone[:80]!r} is not a time zone (try 'Europe/Berlin')")
    return zone


@changes_owner_data  # the Today page warns when reminder emails have nowhere to go
def save_set_up(*, owner: AbstractBaseUser, answers: SetUpAnswers, now: datetime) -> None:
    """Check every answer first, then save them all or none: the reminder address and the
    set-up's answered mark in one transaction, config.toml replaced whole inside it."""
    name = None if answers.name is None else clean_text("name", answers.name, limit=NAME_MAX)
    zone = None if answers.zone is None else clean_zone(answers.zone)
    if answers.reminder_email is not None:
        email = answers.reminder_email
        reminders, _ = ReminderSettings.objects.get_or_create(owner=owner)
        reminders.email = clean_email(email) if email.strip() else ""
        reminders.save()
    FirstRun.objects.update_or_create(owner=owner, defaults={"answered_at": now, "skipped": False})
    if (name, zone, answers.linkedin_premium) != (None, None, None):
        write_preferences(name=name, zone=zone, linkedin_premium=answers.linkedin_premium)


def skip_set_up(*, owner: AbstractBaseUser, now: datetime) -> None:
    """Not now: the web app stops asking (the answers stay reachable from Settings)."""
    FirstRun.objects.get_or_create(owner=owner, defaults={"answered_at": now, "skipped": True})
