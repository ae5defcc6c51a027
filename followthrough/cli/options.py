"""Options and arguments that several commands share, so each is spelled one way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import click

from followthrough.cli.context import App

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md).")
when_option = click.option(
    "--when", "when", default=None, metavar="TIME",
    help="When it happened: 'yesterday 6pm', '2 days ago', '2026-11-20 18:30'. Default: now.",
)


def resolve_when(app: App, text: str | None, now: datetime) -> datetime:
    if text is None:
        return now
    from followthrough.domain.when import parse_when

    return parse_when(text, now=now, zone=app.prefs.zone)


def person_argument(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.argument("person_ref", metavar="PERSON")(command)
