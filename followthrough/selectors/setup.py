"""What the first-run set-up shows: whether to ask at all, and the answers as they stand."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser

from followthrough.models import FirstRun, Person
from followthrough.preferences import Preferences
from followthrough.services.setup import SetUpAnswers


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
