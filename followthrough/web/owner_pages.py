"""Pages cached per owner, keyed by the owner's data version, and answered 304 when unchanged.

The key (also the ETag) holds the owner, their data version read from the database
(services/versions.py), the minute (the page says "in 5 minutes" and moves steps from today to
overdue as time passes), the preferences and the path. A write by any process changes the
version, so each process may keep its own copy: the cache is per process memory, and a key
from an old version is simply never asked for again.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token

from followthrough.preferences import Preferences
from followthrough.services.versions import data_version

# Bounded: at most MAX_ENTRIES pages of at most PAGE_BYTES_MAX each (~100 MB) per process, however
# many paths a signed-in user asks for. A key lives a minute at most (the minute is in it).
PAGE_BYTES_MAX = 512 * 1024
PAGES = LocMemCache("followthrough-owner-pages", {"TIMEOUT": 90, "OPTIONS": {"MAX_ENTRIES": 200}})
# Rendered in place of the CSRF token: each request gets its own token in the cached page.
CSRF_PLACEHOLDER = "csrf-token-of-this-request-7f3a9c"
# Requests for a page not yet kept wait for one thread to build it (locks shared by key's hash):
# at each minute's new key, every request in flight missed at once and each built the page,
# all competing for the same cores (p99 128 ms in one 2-second slice of the Today page's row).
_BUILDING = tuple(threading.Lock() for _ in range(64))


@lru_cache(maxsize=16)
def _prefs_digest(prefs: Preferences) -> str:
    return hashlib.sha256(repr(prefs).encode()).hexdigest()[:16]


def page_etag(request: HttpRequest, prefs: Preferences, moment: datetime) -> str:
    """The owner's data version (one query); the rest is known without the database."""
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:16]
    minute = int(moment.timestamp() // 60)
    version = data_version(request.user.pk)
    return f'"{request.user.pk}-{version}-{minute}-{_prefs_digest(prefs)}-{path}"'


def cached_page(
    request: HttpRequest, prefs: Preferences, moment: datetime,
    render: Callable[[str | None], HttpResponse],
) -> HttpResponse:
    """`render(csrf_token)` builds the page; it runs once per owner, version, minute and path.

    A page with a message to show (after a form post) is rendered fresh and not cached: the
    message belongs to this request only.
    """
    if len(get_messages(request)):
        return render(None)
    key = page_etag(request, prefs, moment)
    etag = _for_this_browser(request, key)
    if etag in _tags(request.headers.get("If-None-Match", "")):
        return _conditional(HttpResponseNotModified(), etag)
    body = PAGES.get(key)
    if body is None:
        with _BUILDING[hash(key) % len(_BUILDING)]:
            body = PAGES.get(key)  # built by the thread this one waited for
            if body is None:
                fresh = render(CSRF_PLACEHOLDER)
                if fresh.status_code != 200:
                    return fresh
                body = fresh.content  # bytes: no encoding of the whole page on every request
                if len(body) <= PAGE_BYTES_MAX:  # a huge page (?all=1 of 10,000 steps): each time
                    PAGES.set(key, body)
    token = get_token(request).encode()  # Django's: the browser's secret under a new mask
    return _conditional(HttpResponse(body.replace(CSRF_PLACEHOLDER.encode(), token)), etag)


def _for_this_browser(request: HttpRequest, key: str) -> str:
    """The ETag also names the browser's CSRF cookie: a page kept from before a sign-in (which
    rotates the cookie) holds a token that no longer matches it, so it must not be reused."""
    cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    return f'{key[:-1]}-{hashlib.sha256(cookie.encode()).hexdigest()[:8]}"'


def _tags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def _conditional(response: HttpResponse, etag: str) -> HttpResponse:
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"  # the browser asks again each time: 304 or new
    return response
