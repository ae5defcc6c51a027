"""Whether email can be sent at all: SMTP needs EMAIL_HOST (docs/configuration.md).

Every place that shows reminder settings or sends (Today, the Reminders page, `followthrough
reminders`, `doctor`, `send email`, the worker) asks here, so all of them say the same thing.
"""

from __future__ import annotations

from django.conf import settings

NO_MAIL_SERVER = ("no email can be sent until EMAIL_HOST is set (the mail server, with "
                  "EMAIL_PORT and EMAIL_HOST_USER/PASSWORD: docs/configuration.md)")


def mail_server_missing() -> str:
    """The sentence to show when email cannot go anywhere; "" when it can."""
    if "smtp" in settings.EMAIL_BACKEND and not settings.EMAIL_HOST.strip():
        return NO_MAIL_SERVER
    return ""
