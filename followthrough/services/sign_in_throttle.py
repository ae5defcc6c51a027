"""Failed password sign-ins, counted per account and per address, in the database.

The count lives in the database rather than a per-process cache, so every gunicorn worker and
every server behind a balancer sees the same one. Five failures within fifteen minutes against an
account, or from an address, lock it until the oldest of them is fifteen minutes old; a
successful sign-in clears both counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from django.db import transaction

from followthrough.models import SignInFailure

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


def sign_in_keys(*, username: str, address: str) -> list[str]:
    """What one attempt counts against: the account typed and the address it came from."""
    return [f"account:{username.strip().lower()[:250]}", f"address:{address[:250]}"]


def locked_until(keys: Sequence[str], *, now: datetime) -> datetime | None:
    """When sign-in opens again for these keys, or None when it is open now."""
    opens: datetime | None = None
    for key in keys:
        recent = list(SignInFailure.objects.filter(key=key, at__gt=now - WINDOW)
                      .order_by("-at").values_list("at", flat=True)[:MAX_FAILURES])
        if len(recent) >= MAX_FAILURES:
            # Once the oldest of the last five leaves the window, one more try is allowed.
            key_opens = recent[-1] + WINDOW
            opens = key_opens if opens is None else max(opens, key_opens)
    return opens


@transaction.atomic
def record_sign_in_failure(keys: Sequence[str], *, now: datetime) -> None:
    # Every key's expired rows go, so guesses at many accounts leave no pile behind.
    SignInFailure.objects.filter(at__lte=now - WINDOW).delete()
    SignInFailure.objects.bulk_create([SignInFailure(key=key, at=now) for key in keys])


def clear_sign_in_failures(keys: Sequence[str]) -> None:
    SignInFailure.objects.filter(key__in=keys).delete()
