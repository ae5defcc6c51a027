"""`followthrough sync`: steps to a CalDAV calendar and people to a CardDAV address book, and back.

Pulled changes go through the services (complete_step, edit_person), each in its own
transaction, so a server failing half-way leaves nothing half-applied on our side.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.errors import FollowthroughError
from followthrough.preferences import Preferences


class SyncError(FollowthroughError):
    """The server could not be reached or refused; the message says which and what to check."""


@dataclass(frozen=True)
class DavConfig:
    url: str
    username: str
    password: str

    @classmethod
    def from_env(cls) -> DavConfig:
        url = os.environ.get("CALDAV_URL", "").strip()
        if not url:
            raise SyncError("CALDAV_URL is not set: set CALDAV_URL, CALDAV_USERNAME and "
                            "CALDAV_PASSWORD (docs/reminders.md)")
        if not url.startswith(("http://", "https://")):
            raise SyncError(f"CALDAV_URL must start with https:// (or http://), not {url[:80]!r}")
        return cls(url, os.environ.get("CALDAV_USERNAME", ""), os.environ.get("CALDAV_PASSWORD", ""))


@dataclass
class SyncReport:
    steps_pushed: int = 0
    steps_removed: int = 0
    steps_completed: int = 0
    people_pushed: int = 0
    people_updated: int = 0
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"Calendar: {self.steps_pushed} steps written, {self.steps_removed} removed, "
            f"{self.steps_completed} marked done from your task app.",
            f"Address book: {self.people_pushed} people written, {self.people_updated} updated "
            "from your edits.",
            *self.notes,
        ]


def sync_all(
    *, owner: AbstractBaseUser, now: datetime, prefs: Preferences, config: DavConfig | None = None
) -> SyncReport:
    from followthrough.reminders.dav import contacts, tasks
    from followthrough.reminders.dav.server import DavServer

    server = DavServer.connect(config or DavConfig.from_env())
    report = SyncReport()
    tasks.sync_steps(server, owner=owner, now=now, prefs=prefs, report=report)
    contacts.sync_people(server, owner=owner, now=now, prefs=prefs, report=report)
    return report
