"""`followthrough sync`: CalDAV/CardDAV sync, and the read-only calendar feed URL."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, print_json, warn


@click.group(invoke_without_command=True)
@json_option
@click.pass_context
def sync(ctx: click.Context, as_json: bool) -> None:
    """Push people to a CardDAV address book and open steps to a CalDAV calendar, and pull back
    what you changed there (steps ticked off, contacts edited). Set CALDAV_URL,
    CALDAV_USERNAME and CALDAV_PASSWORD first (docs/reminders.md).

    \b
    Example:
      followthrough sync
      followthrough sync feed            # a read-only calendar URL instead
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(_caldav, as_json=as_json)


@pass_app
def _caldav(app: App, as_json: bool) -> None:
    from followthrough.reminders.dav import sync_all

    report = sync_all(owner=app.owner, now=app.now(), prefs=app.prefs)
    if as_json:
        print_json(report.__dict__)
        return
    for line in report.lines():
        console.print(escape(line))


@sync.command()
@click.option("--rotate", is_flag=True, help="Make a new URL; the old one stops working.")
@json_option
@pass_app
def feed(app: App, rotate: bool, as_json: bool) -> None:
    """Print your calendar feed URL (subscribe to it in any calendar app).

    The URL is a secret: anyone who has it sees your steps. --rotate replaces it.

    \b
    Example:
      followthrough sync feed
      followthrough sync feed --rotate
    """
    from followthrough.reminders.feed import feed_urls, rotate_feed_token, unreachable_from_outside

    if rotate:
        rotate_feed_token(app.owner, app.now())
    url, webcal = feed_urls(app.owner)
    local_only = unreachable_from_outside(url)
    if as_json:
        print_json({"url": url, "webcal": webcal, "rotated": rotate,
                    "warning": local_only or None})
        return
    if rotate:
        console.print("[green]✓[/] New feed URL; the old one no longer works.")
    console.print(f"Subscribe in your calendar app:\n  {escape(webcal)}\nor\n  {escape(url)}")
    if local_only:
        warn(local_only[0].upper() + local_only[1:] + ".")
