"""/api/reminders: where and when the owner's reminder emails go, read and changed."""

from django.http import HttpRequest
from ninja import Router

from followthrough.api import owned
from followthrough.api.schemas import COMMON, Error, RemindersOut, RemindersPatch
from followthrough.reminders.models import ReminderSettings
from followthrough.reminders.services import (
    address_for,
    paused_until,
    reminder_settings_for,
    update_reminder_settings,
)

router = Router(tags=["reminders"])


@router.get("", response={200: RemindersOut, **COMMON})
def read_reminders(request: HttpRequest) -> dict[str, object]:
    return _shown(request, reminder_settings_for(request.user))


@router.patch("", response={200: RemindersOut, 400: Error, **COMMON})
def update_reminders(request: HttpRequest, patch: RemindersPatch) -> dict[str, object]:
    """Change what is sent (fields left out stay as they are)."""
    settings = update_reminder_settings(
        owner=request.user, email=patch.email, digest_enabled=patch.digest,
        digest_hour=patch.digest_hour, immediate_overdue=patch.overdue_emails,
        resume=patch.resume)
    return _shown(request, settings)


def _shown(request: HttpRequest, settings: ReminderSettings) -> dict[str, object]:
    return {"address": address_for(request.user, settings), "email": settings.email,
            "digest": settings.digest_enabled, "digest_hour": settings.digest_hour,
            "overdue_emails": settings.immediate_overdue,
            "paused_until": paused_until(settings, owned.now())}
