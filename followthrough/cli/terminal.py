"""All terminal output goes through here: one Rich console, JSON output, and clean user errors."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click
from rich.console import Console

# Rich honours NO_COLOR by itself; a pipe gets plain text.
console = Console(highlight=False, soft_wrap=False)
err_console = Console(stderr=True, highlight=False)


class UserError(click.ClickException):
    """A mistake the user can fix: printed as one line, exit status 1, never a traceback."""

    def show(self, file: Any = None) -> None:
        err_console.print(f"[bold red]Error:[/] {escape(self.format_message())}")


def escape(text: str) -> str:
    """Make user-supplied text safe inside Rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def print_json(payload: Any) -> None:
    """Stable JSON on stdout: the shapes are documented in docs/cli.md."""
    sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")


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
    return None


def _describe(candidate: object) -> str:
    organisation = getattr(candidate, "organisation", "")
    return f"{candidate}, {organisation}" if organisation else str(candidate)
