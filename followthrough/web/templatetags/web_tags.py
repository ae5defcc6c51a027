"""Template helpers: times in the owner's zone, 'in 3 days', mailto links."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from django import template

from followthrough.domain.relative import relative

register = template.Library()


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
