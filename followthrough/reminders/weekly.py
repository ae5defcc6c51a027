"""The weekly review by email: owed every Monday at the digest hour in the owner's zone, once per
owner and ISO week, and built when it is sent: the review of the week that has just ended, with
the week now starting as its "next seven days"."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain.review import week_of


def weekly_date_due(now: datetime, zone: ZoneInfo, hour: int) -> date | None:
    """The Monday whose review is owed at `now`: today if it is Monday and the hour has come
    (wall-clock, as the digest compares it). A Monday the worker was off all day sends none."""
    local = now.astimezone(zone)
    if local.weekday() != 0 or local.time().replace(tzinfo=None) < time(hour):
        return None
    return local.date()


def weekly_key(owner_id: int, monday: date) -> str:
    year, number, _ = monday.isocalendar()
    return f"weekly:{owner_id}:{year}-W{number:02d}:email"


def weekly_content(
    owner: AbstractBaseUser, now: datetime, monday: date | None
) -> tuple[str, dict[str, object]] | None:
    """(subject, template context), or None: a week with nothing in it, or a review held up
    until the next week began (that week's review says it better)."""
    from followthrough.preferences import preferences_for
    from followthrough.reminders import links
    from followthrough.selectors.review import review_for
    from followthrough.selectors.review_sheet import sheet

    prefs = preferences_for(owner)
    sending_week = week_of(now, prefs.zone)
    if monday is None or monday.isocalendar()[:2] != (sending_week.year, sending_week.number):
        return None
    looked = review_for(owner, now=now, zone=prefs.zone, playbook=prefs.playbook,
                        week=sending_week.before(1).label)
    if looked.is_empty:
        return None
    page = sheet(looked, zone=prefs.zone, person_link=links.person_url)
    subject = f"Followthrough: week {looked.week.label} in review"
    return subject, {"sheet": page, "svg": False,
                     "review_url": links.review_url(looked.week.label),
                     "settings_url": links.reminders_url()}
