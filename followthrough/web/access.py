"""What every page needs besides its rows: the signed-in owner, the time, their preferences.

Which rows a page may reach is selectors/access.py's answer; its NotFound is a 404
(web/middleware.py), the same as for an id that never existed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from followthrough.preferences import Preferences, preferences_for

View = Callable[..., HttpResponse]


def page(view: View) -> View:
    """A page for the signed-in owner; anyone else is sent to sign in."""
    return login_required(view)


def now() -> datetime:
    return timezone.now()


def prefs_of(request: HttpRequest) -> Preferences:
    """Read once a request (two file stats): the view and render_page both ask."""
    prefs: Preferences | None = getattr(request, "_followthrough_prefs", None)
    if prefs is None:
        prefs = preferences_for(request.user)
        request._followthrough_prefs = prefs
    return prefs


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def safe_next(request: HttpRequest, default: str) -> str:
    """Where to go after a plain POST: the `next` field if it stays on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default



def render_page(
    request: HttpRequest, template: str, context: dict[str, object] | None = None,
    *, status: int = 200, current: datetime | None = None, csrf_token: str | None = None,
) -> HttpResponse:
    """Render with what every page shows: the owner's zone, the time, local or server mode.

    `csrf_token` stands in for this request's token in a page to be cached (owner_pages.py).
    """
    from django.conf import settings
    from django.shortcuts import render

    base: dict[str, object] = {
        "zone": prefs_of(request).zone,
        "now": current or now(),
        "server_mode": settings.SERVER_MODE,
    }
    if csrf_token is not None:
        base["csrf_token"] = csrf_token
    return render(request, template, {**base, **(context or {})}, status=status)
