"""All terminal output goes through here: one Rich console, JSON output, and clean user errors."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable
from typing import Any

import click
from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment

from followthrough.domain.text import printable

# What json.dumps(ensure_ascii=False) leaves raw but a terminal acts on (C1 controls) or cannot
# encode (lone surrogates); inside a JSON string each may be written as its \u escape instead.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\ud800-\udfff]")


class PlainConsole(Console):
    """Rich's console, showing no control character that came with the text it prints.

    Names, notes and file contents come from outside: an escape sequence in an imported name
    would otherwise recolour or clear the screen, or write the clipboard (OSC 52). Every
    renderable (markup, tables, panels) is drawn through `render`, so stripping its segments'
    text here covers all output; Rich's own colours are styles, added after this.
    """

    def render(self, renderable: RenderableType,
               options: ConsoleOptions | None = None) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control is None and printable(segment.text) != segment.text:
                segment = Segment(printable(segment.text), segment.style)
            yield segment


# Rich honours NO_COLOR by itself; a pipe gets plain text.
console = PlainConsole(highlight=False, soft_wrap=False)
err_console = PlainConsole(stderr=True, highlight=False)


class UserError(click.ClickException):
    """A mistake the user can fix: printed as one line, exit status 1, never a traceback."""

    def show(self, file: Any = None) -> None:
        # One line, however narrow the terminal: the terminal wraps it, Rich does not break it.
        err_console.print(f"[bold red]Error:[/] {escape(self.format_message())}", soft_wrap=True)


def escape(text: str) -> str:
    """Make user-supplied text safe inside Rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def print_json(payload: Any) -> None:
    """Stable JSON on stdout: the shapes are documented in docs/cli.md. Control characters are
    escaped as JSON escapes them, C1 ones and lone surrogates too (see _RAW_IN_JSON)."""
    text = json.dumps(payload, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write(_RAW_IN_JSON.sub(lambda c: f"\\u{ord(c.group()):04x}", text) + "\n")


def echo(text: str, *, nl: bool = True) -> None:
    """Plain text as it is (a draft, a message) without the control characters of `printable`."""
    click.echo(printable(text), nl=nl)


def confirm(question: str, **options: Any) -> bool:
    return click.confirm(printable(question), **options)


def warn(message: str) -> None:
    err_console.print(f"[yellow]Warning:[/] {escape(message)}")


def interactive() -> bool:
    return sys.stdin.isatty() and os.environ.get("CI") != "true"


def user_error_from(exc: Exception) -> UserError | None:
    """The one-line message for an error the user can fix; None for a bug (which should show)."""
    from followthrough.domain.playbook import PlaybookError
    from followthrough.domain.when import UnreadableTime
    from followthrough.envvars import ConfigurationError
    from followthrough.errors import Ambiguous, FollowthroughError
    from followthrough.formats.records import FormatError

    if isinstance(exc, Ambiguous):
        listing = "; ".join(f"{getattr(c, 'pk', '?')}: {_describe(c)}" for c in exc.candidates[:10])
        return UserError(f"{exc} ({listing})")
    if isinstance(exc, FollowthroughError | ConfigurationError | PlaybookError | UnreadableTime
                  | FormatError):
        return UserError(str(exc))
    if _disk_full(exc):
        return UserError("the disk is full: free some space and try again")
    from django.core.mail import BadHeaderError

    if isinstance(exc, BadHeaderError):
        return UserError("the email's subject or an address would hold a line break (a name or "
                         "place saved before line breaks were refused): edit it, then try again")
    return None


def _disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full" (Django's OperationalError), or a file write's
    ENOSPC, however deep in the chain of causes."""
    import errno

    from django.db import OperationalError

    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, OperationalError) and "disk is full" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return False


def _describe(candidate: object) -> str:
    organisation = getattr(candidate, "organisation", "")
    return f"{candidate}, {organisation}" if organisation else str(candidate)
