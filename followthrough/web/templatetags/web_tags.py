"""Template helpers: times in the owner's zone, 'in 3 days', mailto links."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from django import template
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

from followthrough.domain.relative import relative

register = template.Library()


@register.simple_tag
def path_to(view_name: str) -> str:
    """`{% url view_name %}` for a page without arguments, reversed once per process.

    Every page's header and footer name the same nine pages: reversing them on each request
    was a third of rendering a short page. The script prefix and URLconf are in the key.
    """
    return _reversed(view_name, get_script_prefix(), get_urlconf())


@lru_cache(maxsize=64)
def _reversed(view_name: str, prefix: str, urlconf: str | None) -> str:
    return reverse(view_name, urlconf=urlconf)


@register.simple_tag
@lru_cache(maxsize=64)
def asset(path: str) -> str:
    """`{% static path %}`, worked out once per process: the files do not move while it runs."""
    return static(path)


@register.simple_tag(takes_context=True)
def local_time(context: dict[str, Any], moment: datetime | None, style: str = "long") -> str:
    """A moment in the owner's zone: 'Wed 4 Mar 2026, 19:00' (long) or '4 Mar 2026' (date)."""
    if moment is None:
        return "—"
    local = moment.astimezone(context["zone"])
    if style == "date":
        return f"{local.day} {local:%b %Y}"
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


@register.simple_tag(takes_context=True)
def relative_time(context: dict[str, Any], moment: datetime | None) -> str:
    return relative(moment, context["now"]) if moment else "—"


@register.simple_tag
def mailto(address: str, subject: str = "", body: str = "") -> str:
    query = "&".join(
        f"{key}={quote(value)}" for key, value in (("subject", subject), ("body", body)) if value
    )
    return f"mailto:{quote(address, safe='@')}" + (f"?{query}" if query else "")


@register.filter
def label(value: str) -> str:
    """'following-up' -> 'following up'."""
    return str(value).replace("-", " ")
