"""The daily digest (and the Monday review): owed once per local day (or ISO week), at the hour
the owner chose, in their time zone."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction

from followthrough.reminders.models import Delivery, ReminderSettings
from followthrough.reminders.models.settings import DEFAULT_DIGEST_HOUR
from followthrough.reminders.weekly import weekly_date_due, weekly_key
from followthrough.reminders.wishes import paused_until, weekly_wanted


def digest_date_due(now: datetime, zone: ZoneInfo, hour: int) -> date | None:
    """The local date whose digest is owed at `now`, or None before the chosen hour.

    Compared as wall-clock times, so an hour skipped by a DST change sends at the first moment
    after it, and an hour lived twice sends once (the digest is keyed by the date).
    """
    local = now.astimezone(zone)
    return local.date() if local.time().replace(tzinfo=None) >= time(hour) else None


def schedule_digests(now: datetime) -> int:
    """Owe today's digest, and on Mondays the weekly review, to every owner whose hour has come;
    returns how many were added.

    A fixed number of queries however many owners there are: the wishes, the owners, the
    deliveries owed already, one bulk insert."""
    from followthrough.preferences import preferences_for

    wishes = {s.owner_id: s for s in ReminderSettings.objects.all()}
    owed: dict[str, tuple[int, date, str]] = {}
    for owner in get_user_model().objects.filter(is_active=True).order_by("id").iterator():
        wish = wishes.get(owner.id)
        hour = wish.digest_hour if wish else DEFAULT_DIGEST_HOUR
        zone = preferences_for(owner).zone
        if wish is None or (wish.digest_enabled and _awake(wish, now)):
            day = digest_date_due(now, zone, hour)
            if day is not None:
                owed[digest_key(owner.id, day)] = (owner.id, day, Delivery.Kind.DIGEST)
        monday = weekly_date_due(now, zone, hour) if weekly_wanted(owner, wish) else None
        if monday is not None:
            owed[weekly_key(owner.id, monday)] = (owner.id, monday, Delivery.Kind.WEEKLY)
    return _owe(owed, now)


def _awake(wish: ReminderSettings, now: datetime) -> bool:
    return paused_until(wish, now) is None


def digest_key(owner_id: int, day: date) -> str:
    return f"digest:{owner_id}:{day.isoformat()}:email"


@transaction.atomic
def _owe(owed: dict[str, tuple[int, date, str]], now: datetime) -> int:
    if not owed:
        return 0
    known = set(Delivery.objects.filter(dedupe_key__in=list(owed)).values_list("dedupe_key",
                                                                              flat=True))
    new = [
        Delivery(owner_id=owner_id, kind=kind, digest_date=day, channel="email",
                 dedupe_key=key, next_attempt_at=now, created_at=now)
        for key, (owner_id, day, kind) in owed.items() if key not in known
    ]
    # Another worker may owe the same digests at the same moment: the unique key keeps one.
    Delivery.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)
