"""Template helpers: times in the owner's zone, 'in 3 days', mailto links, page paths worked out once."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import quote

from django import template
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from followthrough.domain.links import link_target as _link_target
from followthrough.domain.relative import relative

register = template.Library()
_PREFIX_AND_URLCONF = "followthrough.script-prefix-and-urlconf"


class FixedText(template.Node):
    """Text worked out once per process (per script prefix and URLconf), then only placed.

    Every page's header and footer name the same nine pages and five static files: reversing
    and joining them on each request was a third of rendering a short page.
    """

    def __init__(self, make: Callable[[str], str], argument: str) -> None:
        self.make = make
        self.argument = argument
        self.known: dict[tuple[str, str | None], str] = {}

    def render(self, context: template.Context) -> str:
        key = _prefix_and_urlconf(context)
        text = self.known.get(key)
        if text is None:
            text = self.known[key] = conditional_escape(self.make(self.argument))
        return text


def _prefix_and_urlconf(context: template.Context) -> tuple[str, str | None]:
    """The script prefix and URLconf, asked once a render, not once a tag: both read
    thread-locals (asgiref), and a page has ~15 such tags."""
    key = context.render_context.get(_PREFIX_AND_URLCONF)
    if key is None:
        key = context.render_context[_PREFIX_AND_URLCONF] = (get_script_prefix(), get_urlconf())
    return key


def _literal(parser: template.base.Parser, token: template.base.Token) -> str:
    parts = token.split_contents()
    if len(parts) != 2 or parts[1][:1] not in "'\"" or parts[1][0] != parts[1][-1]:
        raise template.TemplateSyntaxError(f"{parts[0]} takes one quoted name: {token.contents!r}")
    return parts[1][1:-1]


@register.tag
def path_to(parser: template.base.Parser, token: template.base.Token) -> FixedText:
    """`{% path_to 'web:today' %}`: `{% url 'web:today' %}` for a page without arguments."""
    return FixedText(lambda name: reverse(name, urlconf=get_urlconf()), _literal(parser, token))


@register.tag
def asset(parser: template.base.Parser, token: template.base.Token) -> FixedText:
    """`{% asset 'web/app.css' %}`: `{% static 'web/app.css' %}`; the files do not move."""
    return FixedText(static, _literal(parser, token))


# The main navigation: (URL name, label); the current page's link says aria-current="page".
MAIN_NAV = (("today", "Today"), ("capture", "I just met…"), ("people", "People"),
            ("habits", "Habits"), ("review", "Review"), ("check", "Check a post"))
_LINK = '<li><a href="{}">{}</a></li>'
_CURRENT = '<li><a href="{}" aria-current="page">{}</a></li>'


class MainNav(template.Node):
    """`{% main_nav %}`: the navigation's links, made once per page (and script prefix)."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, str | None, str | None], str] = {}

    def render(self, context: template.Context) -> str:
        match = getattr(context.get("request"), "resolver_match", None)
        current = match.url_name if match else None
        prefix, urlconf = _prefix_and_urlconf(context)
        key = (prefix, urlconf, current)
        text = self.known.get(key)
        if text is None:
            text = self.known[key] = "".join(
                format_html(_CURRENT if name == current else _LINK,
                            reverse(f"web:{name}", urlconf=urlconf), label)
                for name, label in MAIN_NAV)
        return text


@register.tag
def main_nav(parser: template.base.Parser, token: template.base.Token) -> MainNav:
    return MainNav()


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
def link_target(value: str) -> str:
    """The value when it may be a link's href (domain/links.py), else empty: `{% if %}` it."""
    return _link_target(value) or ""


@register.filter
def link_or_text(value: str) -> SafeString:
    """A web address, email or phone link as a link; anything else (javascript:...) as text."""
    target = _link_target(value)
    if target is None:
        return conditional_escape(value)
    return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', target, value)


@register.filter
def commands(value: str) -> SafeString:
    """A sentence written for the terminal, its `commands` set as code: 'start it with
    `followthrough worker`' reads as it does there. Escaped first; only the marks become tags."""
    return mark_safe(_BACKTICKED.sub(r"<code>\1</code>", str(conditional_escape(value))))  # noqa: S308  # nosec B308, B703


_BACKTICKED = re.compile(r"`([^`]+)`")


@register.filter
def label(value: str) -> str:
    """'following-up' -> 'following up'."""
    return str(value).replace("-", " ")


@register.filter
def besides_unsigned(warnings: tuple[str, ...]) -> list[str]:
    """A draft's warnings but the unsigned-drafts one, which the page says once as a banner."""
    from followthrough.domain.drafts import NO_NAME

    return [warning for warning in warnings if warning != NO_NAME]
