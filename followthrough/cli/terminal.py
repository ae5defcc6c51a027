"""All terminal output goes through here: one Rich console, JSON output, and clean user errors."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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


class _PagerConsole(Console):
    def on_broken_pipe(self) -> None:
        """The pager quit: stop printing (Rich's own answer would end the process, status 1,
        after pointing the command's real stdout at /dev/null)."""
        self.quiet = True
        raise BrokenPipeError


@contextmanager
def paged() -> Iterator[Console]:
    """A console printing through the user's pager ($PAGER, else `less` with LESS=FRX: it quits
    at once when everything fits on one screen) while the command is still printing, when
    stdout is a terminal; the plain console otherwise. Quitting the pager ends the output."""
    if not console.is_terminal:
        yield console
        return
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        pager = subprocess.Popen(shlex.split(os.environ.get("PAGER") or "less"), env=env,  # noqa: S603  # nosec B603 - the user's own pager
                                 stdin=subprocess.PIPE, text=True, encoding="utf-8")
    except (OSError, ValueError):  # no such pager: print directly
        yield console
        return
    assert pager.stdin is not None  # nosec B101 - stdin=PIPE
    try:
        yield _PagerConsole(file=pager.stdin, force_terminal=True, width=console.width,
                            color_system=console.color_system,  # type: ignore[arg-type]
                            no_color=console.no_color, highlight=False, soft_wrap=False)
    except BrokenPipeError:  # the user quit the pager
        pass
    finally:
        try:
            pager.stdin.close()
        except BrokenPipeError:
            pass
        pager.wait()


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
        listing = "; ".join(f"{c.pk}: {_describe(c)}" for c in exc.candidates[:10])
        return UserError(f"{exc} ({listing})")
    if isinstance(exc, FollowthroughError | ConfigurationError | PlaybookError | UnreadableTime
                  | FormatError):
        return UserError(str(exc))
    return None


def _describe(candidate: object) -> str:
    organisation = getattr(candidate, "organisation", "")
    return f"{candidate}, {organisation}" if organisation else str(candidate)
