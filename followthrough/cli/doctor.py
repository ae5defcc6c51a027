"""`followthrough doctor`: is everything in place for reminders to arrive?"""

from __future__ import annotations

import click

from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, print_json

COLOURS = {"OK": "green", "WARN": "yellow", "FAIL": "red"}


@click.command()
@json_option
@click.option("--smtp-timeout", type=click.FloatRange(0.1, 60), default=5.0, show_default=True,
              metavar="SECONDS", help="How long to wait for the mail server.")
def doctor(as_json: bool, smtp_timeout: float) -> None:
    """Check the database, the mail server, the reminder worker, the feed and config.toml.

    Exits with status 1 when a check FAILs.

    \b
    Example:
      followthrough doctor
      followthrough doctor --json | jq '.[] | select(.status != "OK")'
    """
    from datetime import UTC, datetime

    from followthrough.bootstrap import setup_django

    setup_django()
    from followthrough.reminders.doctor import FAIL, run_checks

    checks = run_checks(datetime.now(UTC), smtp_timeout=smtp_timeout)
    if as_json:
        print_json([check.__dict__ for check in checks])
    else:
        for check in checks:
            colour = COLOURS[check.status]
            console.print(f"[{colour}]{check.status:<4}[/] {escape(check.name)}: "
                          f"{escape(check.message)}")
            if check.fix and check.status != "OK":
                console.print(f"      [dim]→ {escape(check.fix)}[/]")
    if any(check.status == FAIL for check in checks):
        raise SystemExit(1)
