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


# The navigation: (URL name, label, icon). The first four are the phone's tab bar; the wide
# screen's top bar shows them all. Settings gathers the pages a person visits seldom.
ICONS = {
    "today": '<rect x="3" y="5" width="18" height="16" rx="2.5"/><path d="M3 10h18M8 3v4M16 3v4"/>'
             '<path d="m8.5 15 2.2 2.2 4.8-4.7"/>',
    "capture": '<circle cx="9" cy="8" r="3.8"/><path d="M2.5 20.5c0-3.8 2.9-6.7 6.5-6.7s6.5 2.9 6.5 '
               '6.7"/><path d="M19 7.5v6M16 10.5h6"/>',
    "people": '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 '
              '6.5"/><path d="M16 4.6a3.5 3.5 0 0 1 0 6.8M18.2 13.9c1.9.9 3.3 3 3.3 6.1"/>',
    "habits": '<path d="M3.5 20.5h17M6.5 17v-5M11.5 17V6.5M16.5 17v-8"/>',
    "review": '<rect x="4" y="3.5" width="16" height="17" rx="2.5"/><path d="M8 8.5h8M8 12.5h8"/>'
              '<path d="m8 16.5 1.6 1.6 3-3"/>',
    "check": '<path d="M12 3 4.5 6v5.5c0 4.6 3.1 8.1 7.5 9.5 4.4-1.4 7.5-4.9 7.5-9.5V6L12 3Z"/>'
             '<path d="m8.8 12.2 2.3 2.3 4.3-4.4"/>',
    "settings": '<path d="M4 6.5h9M17 6.5h3M4 12h3M11 12h9M4 17.5h11M19 17.5h1"/>'
                '<circle cx="15" cy="6.5" r="2"/><circle cx="9" cy="12" r="2"/>'
                '<circle cx="17" cy="17.5" r="2"/>',
    # Only on the Settings page.
    "bell": '<path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15l1.5-2Z"/><path d="M10 21h4"/>',
    "upload": '<path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M4 15v4.5h16V15"/>',
    "download": '<path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M4 15v4.5h16V15"/>',
    "key": '<circle cx="8" cy="15" r="4"/><path d="m11 12 8.5-8.5M16.5 6.5l2.5 2.5M14 9l2 2"/>',
    "code": '<path d="m8.5 7-5 5 5 5M15.5 7l5 5-5 5"/>',
    "you": '<circle cx="12" cy="8" r="4"/><path d="M4.5 20.5c0-4 3.4-7 7.5-7s7.5 3 7.5 7"/>',
}
MAIN_NAV = (("today", "Today"), ("capture", "I just met…"), ("people", "People"),
            ("habits", "Habits"), ("review", "Review"),
            ("check", "Check a post"), ("settings", "Settings"))
TABS = MAIN_NAV[:4]
# Pages that belong to a place in the navigation without being its page.
NAV_SECTION = {"person": "people", "person-prep": "people", "person-edit": "people",
               "person-delete": "people", "meeting-plan": "capture", "import": "settings",
               "export": "settings", "reminders": "settings", "tokens": "settings",
               "setup": "settings"}
_SVG = ('<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" '
        'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">{}'
        '</svg>')
_LINK = '<li><a href="{}" class="{}">{}<span>{}</span></a></li>'
_CURRENT = '<li><a href="{}" class="{}" aria-current="page">{}<span>{}</span></a></li>'


def icon(name: str) -> SafeString:
    return mark_safe(_SVG.format(ICONS[name]))  # noqa: S308  # nosec B308, B703 - fixed text


class NavLinks(template.Node):
    """`{% main_nav %}` and `{% tab_bar %}`: the links, made once per page (and script prefix);
    the current place's link says aria-current="page"."""

    def __init__(self, items: tuple[tuple[str, str], ...], kind: str) -> None:
        self.items, self.kind = items, kind
        self.known: dict[tuple[str, str | None, str | None], str] = {}

    def render(self, context: template.Context) -> str:
        match = getattr(context.get("request"), "resolver_match", None)
        current = NAV_SECTION.get(match.url_name, match.url_name) if match else None
        prefix, urlconf = _prefix_and_urlconf(context)
        key = (prefix, urlconf, current)
        text = self.known.get(key)
        if text is None:
            text = self.known[key] = "".join(
                format_html(_CURRENT if name == current else _LINK,
                            reverse(f"web:{name}", urlconf=urlconf), f"{self.kind}-{name}",
                            icon(name), label)
                for name, label in self.items)
        return text


@register.tag
def main_nav(parser: template.base.Parser, token: template.base.Token) -> NavLinks:
    return NavLinks(MAIN_NAV, "nav")


@register.tag
def tab_bar(parser: template.base.Parser, token: template.base.Token) -> NavLinks:
    return NavLinks(TABS, "tab")


@register.simple_tag
def nav_icon(name: str) -> SafeString:
    return icon(name)


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


# How a contact point's kind is named on a page (the stored kinds are lower-case words).
POINT_KINDS = {"email": "Email", "phone": "Phone", "linkedin": "LinkedIn", "url": "Web",
               "address": "Address", "impp": "Chat", "related": "Related", "other": "Other"}


@register.filter
def point_kind(value: str) -> str:
    """'linkedin' -> 'LinkedIn': a brand keeps its capitals."""
    return POINT_KINDS.get(str(value), str(value).replace("-", " ").capitalize())


@register.filter
def in_sentence(title: str) -> str:
    """A title inside a sentence: 'Thank-you email' -> 'thank-you email', while a first word
    with capitals of its own keeps them: 'LinkedIn note' stays ('Copy LinkedIn note')."""
    text = str(title)
    first = text.split(" ", 1)[0]
    if first[1:] != first[1:].lower():
        return text
    return text[:1].lower() + text[1:]


@register.filter
def draft_title(kind: str) -> str:
    """'email' -> 'Thank-you email': what a step's draft is called where it is offered."""
    from followthrough.domain.drafts import DRAFT_TITLES

    return DRAFT_TITLES.get(str(kind), "Draft")


@register.filter
def besides_unsigned(warnings: tuple[str, ...]) -> list[str]:
    """A draft's warnings but the unsigned-drafts one, which the page says once as a banner."""
    from followthrough.domain.drafts import NO_NAME

    return [warning for warning in warnings if warning != NO_NAME]
