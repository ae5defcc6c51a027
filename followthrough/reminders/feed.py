"""The calendar feed: an owner's open steps as iCalendar, behind a secret URL.

The URL's token is checked by its SHA-256 hash (what the database keeps) and compared in
constant time. The ETag comes from two aggregate queries, so a calendar app polling an
unchanged feed gets a 304 without the feed being built.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Count, Max

from followthrough.domain.kinds import StepState
from followthrough.models import Person, Step
from followthrough.reminders import links
from followthrough.reminders.models import FeedToken

TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def _token(nonce: str) -> str:
    mac = hmac.new(settings.SECRET_KEY.encode(), f"feed:{nonce}".encode(), hashlib.sha256)
    return mac.hexdigest()[:40]


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def rotate_feed_token(owner: AbstractBaseUser, now: datetime | None = None) -> str:
    """A new feed token for the owner; the old URL stops working at once."""
    from django.utils import timezone

    nonce = secrets.token_urlsafe(32)
    token = _token(nonce)
    FeedToken.objects.update_or_create(
        owner=owner,
        defaults={"nonce": nonce, "token_hash": _hash(token), "created_at": now or timezone.now()},
    )
    return token


def current_feed_token(owner: AbstractBaseUser) -> str:
    """The owner's token (made on first use). A changed SECRET_KEY makes a new one."""
    row = FeedToken.objects.filter(owner=owner).first()
    if row is None or not row.nonce or _hash(_token(row.nonce)) != row.token_hash:
        return rotate_feed_token(owner)
    return _token(row.nonce)


def feed_urls(owner: AbstractBaseUser, reached: str | None = None) -> tuple[str, str]:
    """(https URL, webcal URL) of the owner's feed, for the CLI or a page `reached` at a site."""
    base = links.base_url(reached)
    url = f"{base}/calendar/{current_feed_token(owner)}.ics"
    return url, "webcal://" + url.split("://", 1)[1]


LOCAL_ONLY = ("this address is on this computer only ({host}), so Google Calendar cannot "
              "reach it: Google fetches a feed from its own servers. Either publish "
              "Followthrough behind a public address (set FOLLOWTHROUGH_BASE_URL; "
              "docs/deploy.md), or import the .ics file instead (Export, or `followthrough "
              "export --format ics`), a copy that does not update by itself. Calendar apps on "
              "this computer (Outlook, Apple Calendar) can use the address as it is")


def unreachable_from_outside(url: str) -> str:
    """Why a calendar service on the internet cannot fetch `url` (a loopback host); "" if it can."""
    import ipaddress
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    try:
        local = ipaddress.ip_address(host).is_loopback or host == "0.0.0.0"  # noqa: S104  # nosec B104
    except ValueError:
        local = host == "localhost" or host.endswith(".localhost")
    return LOCAL_ONLY.format(host=host) if local else ""


def owner_for_token(token: str) -> AbstractBaseUser | None:
    """The owner whose feed this token opens, or None; the same cost whether close or not."""
    if not TOKEN_SHAPE.match(token):
        return None
    presented = _hash(token)
    row = FeedToken.objects.select_related("owner").filter(token_hash=presented).first()
    if row is None or not hmac.compare_digest(row.token_hash, presented):
        return None
    return row.owner


def _open_steps(owner: AbstractBaseUser):
    return Step.objects.filter(owner=owner, state=StepState.OPEN)  # none of a deleted person


def feed_version(owner: AbstractBaseUser, now: datetime) -> tuple[str, datetime | None]:
    """(ETag, last change): services save the person whenever one of their steps changes."""
    steps = _open_steps(owner).aggregate(n=Count("id"), top=Max("id"))
    changed = Person.objects.filter(owner=owner).aggregate(at=Max("updated_at"))["at"]
    token_row = FeedToken.objects.filter(owner=owner).values_list("created_at", flat=True).first()
    raw = f"{steps['n']}:{steps['top']}:{changed}:{token_row}"
    return f'"{hashlib.sha256(raw.encode()).hexdigest()[:32]}"', changed


def feed_body(owner: AbstractBaseUser, now: datetime, stamp: datetime | None) -> bytes:
    """The same items as `followthrough export --format ics` (one definition, in selectors)."""
    from followthrough.formats.ics import calendar_for
    from followthrough.preferences import preferences_for
    from followthrough.selectors.calendar import calendar_items_for

    items = calendar_items_for(owner, now=now, prefs=preferences_for(owner))
    return calendar_for(items, name="Followthrough", vtodo=False, now=stamp or now)
