"""Secrets handed to people (sign-in links, API tokens): long, random, stored only as hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F, QuerySet

from followthrough.errors import NotFound, RateLimited

# The doors reach these rows only through this module, so the CLI, the pages and the API share
# one way in.
from followthrough.models import ApiToken, SignInLink
from followthrough.services.validation import clean_text

TOKEN_PREFIX = "ft_"  # noqa: S105 (a label, not a secret)  # nosec B105
# A printed link left unused (in a scrollback, a log) stops working after this long.
SIGN_IN_LINK_LIFETIME = timedelta(hours=12)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_sign_in_link() -> str:
    """Create a one-time sign-in token and return it (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    SignInLink.objects.create(token_hash=digest(token))
    return token


@transaction.atomic
def redeem_sign_in_link(token: str, *, now: datetime) -> bool:
    """True once for a valid, unused token; claimed with compare-and-set so it works only once."""
    if not 20 <= len(token) <= 100:
        return False
    wanted = digest(token)
    link = SignInLink.objects.filter(
        token_hash=wanted, used_at__isnull=True, created_at__gte=now - SIGN_IN_LINK_LIFETIME
    ).first()
    # The lookup is by hash, so timing cannot reveal the token; compare in constant time anyway.
    if link is None or not hmac.compare_digest(link.token_hash, wanted):
        return False
    return SignInLink.objects.filter(pk=link.pk, used_at__isnull=True).update(used_at=now) == 1


@transaction.atomic
def new_api_token(*, owner: AbstractBaseUser, name: str) -> tuple[ApiToken, str]:
    """Create a token for `owner`; the secret is returned once and never stored."""
    name = clean_text("name", name, limit=100, required=True)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        owner=owner, name=name, prefix=secret[:10], token_hash=digest(secret)
    )
    return token, secret


def owner_of_api_token(secret: str, *, now: datetime) -> AbstractBaseUser | None:
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    wanted = digest(secret)
    token = ApiToken.objects.select_related("owner").filter(token_hash=wanted).first()
    if token is None or not hmac.compare_digest(token.token_hash, wanted):
        return None
    if not token.owner.is_active:
        return None
    _count_request(token.pk, now)
    return token.owner


def _count_request(token_pk: int, now: datetime) -> None:
    """Count this request in the token's one-minute window; refuse it past the limit.

    Counted in the token's row, so every process shares the count; a refused request counts too,
    so a client that hammers stays refused until the window turns.
    """
    window = now.replace(second=0, microsecond=0)
    rows = ApiToken.objects.filter(pk=token_pk)
    in_window = rows.filter(window_start=window)
    add_one = {"window_requests": F("window_requests") + 1, "last_used_at": now}
    if not in_window.update(**add_one):
        # The first request of a new minute starts the window; if another process started it
        # between the two updates, this request joins it.
        started = rows.exclude(window_start=window).update(
            window_start=window, window_requests=1, last_used_at=now)
        if not started:
            in_window.update(**add_one)
    made = rows.values_list("window_requests", flat=True).first() or 0
    limit = int(settings.API_REQUESTS_PER_MINUTE)
    if made > limit:
        retry = 60 - now.second
        raise RateLimited(f"this token made {limit} requests this minute, the limit; "
                          f"try again in {retry} seconds", retry_after=retry)


def api_tokens_of(owner: AbstractBaseUser) -> QuerySet[ApiToken]:
    """The owner's tokens, newest first: names, prefixes and last use, never the secrets."""
    return ApiToken.objects.filter(owner=owner)


def revoke_api_token(*, owner: AbstractBaseUser, token_id: int) -> None:
    deleted, _ = ApiToken.objects.filter(owner=owner, id=token_id).delete()
    if not deleted:
        raise NotFound(f"there is no API token {token_id}")
