"""/api/reminders: where and when the owner's reminder emails go, read and changed."""

from django.http import HttpRequest
from ninja import Router

from followthrough.api import owned
from followthrough.api.schemas import COMMON, Error, RemindersOut, RemindersPatch
from followthrough.reminders.services import (
    ReminderChoices,
    reminder_choices,
    update_reminder_settings,
)

router = Router(tags=["reminders"])


@router.get("", response={200: RemindersOut, **COMMON})
def read_reminders(request: HttpRequest) -> ReminderChoices:
    return reminder_choices(request.user, owned.now())


@router.patch("", response={200: RemindersOut, 400: Error, **COMMON})
def update_reminders(request: HttpRequest, patch: RemindersPatch) -> ReminderChoices:
    """Change what is sent (fields left out stay as they are)."""
    update_reminder_settings(
        owner=request.user, email=patch.email, digest_enabled=patch.digest,
        digest_hour=patch.digest_hour, immediate_overdue=patch.overdue_emails,
        weekly=patch.weekly, resume=patch.resume)
    return reminder_choices(request.user, owned.now())
