"""What the first-run set-up shows: whether to ask at all, and the answers as they stand."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser

from followthrough.models import FirstRun, Person
from followthrough.preferences import Preferences


@dataclass(frozen=True)
class SetUpAnswers:
    """What the set-up asks; None leaves that answer as it is (not asked)."""

    name: str | None = None
    zone: str | None = None  # "" is this computer's zone
    linkedin_premium: bool | None = None
    reminder_email: str | None = None  # "" is the account's address


def needs_set_up(owner: AbstractBaseUser) -> bool:
    """A fresh start: never answered nor skipped, and nobody recorded yet (someone who has
    used the app before this page existed is not asked)."""
    return not (FirstRun.objects.filter(owner=owner).exists()
                or Person.objects.filter(owner=owner).exists())


def set_up_answers(owner: AbstractBaseUser, prefs: Preferences) -> SetUpAnswers:
    from followthrough.reminders.models import ReminderSettings

    email = ReminderSettings.objects.filter(owner=owner).values_list("email", flat=True).first()
    return SetUpAnswers(name=prefs.my_name, zone=prefs.zone.key,
                        linkedin_premium=prefs.linkedin_premium, reminder_email=email or "")
