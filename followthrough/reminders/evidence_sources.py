"""Which live evidence sources are set up, and what is wrong with them: read by Today, the
doctor and the worker's chore. Apart from the chore so that Today's warnings do not load the
evidence service and its readers (a start-up cost of `followthrough today`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from followthrough.reminders.models import EvidenceSource

STALE_AFTER = timedelta(hours=2)
MAIL, CALENDAR = "mail", "calendar"
LABELS = {MAIL: "mail (IMAP)", CALENDAR: "calendar (CalDAV)"}


def configured() -> dict[str, Any]:
    """The live sources set up in the environment, by name."""
    import os

    sources: dict[str, Any] = {}
    if os.environ.get("IMAP_HOST", "").strip():  # the readers load only when one is set up
        from followthrough.reminders.evidence_mail import ImapConfig

        sources[MAIL] = ImapConfig.from_env()
    if os.environ.get("CALDAV_URL", "").strip():
        from followthrough.reminders.dav import DavConfig

        sources[CALENDAR] = DavConfig.from_env()
    return sources


def evidence_warnings(owner: AbstractBaseUser, now: datetime) -> list[str]:
    """Why steps may not be completing by themselves: a failing or silent live source."""
    warnings = []
    sources = configured()
    for row in EvidenceSource.objects.filter(owner=owner, name__in=list(sources)):
        label = LABELS.get(row.name, row.name)
        if row.failing_since is not None:
            since = f"{row.failing_since:%Y-%m-%d %H:%M}"
            warnings.append(f"{label} evidence is failing since {since} UTC: {row.last_error} "
                            "(`followthrough doctor`)")
        elif row.last_success_at and now - row.last_success_at > STALE_AFTER:
            last = f"{row.last_success_at:%Y-%m-%d %H:%M}"
            warnings.append(f"{label} evidence was last read {last} UTC: is the worker "
                            "running? (`followthrough worker`)")
    return warnings
