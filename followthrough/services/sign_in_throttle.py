"""Failed password sign-ins, counted per account and per address, in the database.

The count lives in the database rather than a per-process cache, so every gunicorn worker and
every server behind a balancer sees the same one. Five failures within fifteen minutes against an
account, or from an address, lock it until the oldest of them is fifteen minutes old; a
successful sign-in clears both counts.

An attempt is written down as a failure BEFORE its password is checked, and counted after: the
check and the record are one step, so attempts arriving together cannot all read "four so far"
and all go on to check a password (the k-th attempt to be committed sees at least k rows).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta

from followthrough.models import SignInFailure

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


def account_name(username: str) -> str:
    """The name as the login form and the user model compare it (NFKC), case-folded: every
    spelling that can reach one account (full-width letters, another case) counts as that one."""
    folded = unicodedata.normalize("NFKC", username.strip()).casefold()
    return unicodedata.normalize("NFKC", folded)


def sign_in_keys(*, username: str, address: str) -> list[str]:
    """What one attempt counts against: the account typed and the address it came from."""
    return [f"account:{account_name(username)[:250]}", f"address:{address[:250]}"]


def begin_sign_in(keys: Sequence[str], *, now: datetime) -> datetime | None:
    """Count this attempt against `keys`; None when its password may be checked, else when
    sign-in opens again (and the attempt is not counted).

    The attempt stays recorded as a failure unless `clear_sign_in_failures` follows a success.
    Call it outside a transaction (the login view does): its rows must be committed before it
    counts them, or attempts in flight together would not see each other.
    """
    # Every key's expired rows go, so guesses at many accounts leave no pile behind.
    SignInFailure.objects.filter(at__lte=now - WINDOW).delete()
    mine = SignInFailure.objects.bulk_create([SignInFailure(key=key, at=now) for key in keys])
    opens = _locked_until(keys, now=now, mine=[row.pk for row in mine])
    if opens is not None:
        SignInFailure.objects.filter(pk__in=[row.pk for row in mine]).delete()
    return opens


def clear_sign_in_failures(keys: Sequence[str]) -> None:
    SignInFailure.objects.filter(key__in=keys).delete()


def _locked_until(keys: Sequence[str], *, now: datetime, mine: list[int]) -> datetime | None:
    opens: datetime | None = None
    for key in keys:
        earlier = list(SignInFailure.objects.filter(key=key, at__gt=now - WINDOW)
                       .exclude(pk__in=mine).order_by("-at").values_list("at", flat=True)
                       [:MAX_FAILURES])
        if len(earlier) >= MAX_FAILURES:
            # Once the oldest of the last five leaves the window, one more try is allowed.
            key_opens = earlier[-1] + WINDOW
            opens = key_opens if opens is None else max(opens, key_opens)
    return opens

