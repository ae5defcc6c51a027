"""`followthrough reminders`: where and when reminder emails go; show them, or change them."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, print_json


@click.command()
@click.option("--email", default=None, metavar="ADDRESS",
              help="Send them here ('' for your account's address).")
@click.option("--digest/--no-digest", "digest_enabled", default=None,
              help="A daily digest of what is due.")
@click.option("--digest-hour", type=click.IntRange(0, 23), default=None, metavar="HOUR",
              help="The digest's hour, 0-23, in your time zone.")
@click.option("--overdue-emails/--no-overdue-emails", "immediate_overdue", default=None,
              help="An email as soon as a step turns overdue.")
@click.option("--weekly/--no-weekly", "weekly", default=None,
              help="The weekly review by email, Mondays at the digest hour.")
@click.option("--resume", is_flag=True, help="End a pause of the digest (the emails' snooze link).")
@json_option
@pass_app
def reminders(app: App, email: str | None, digest_enabled: bool | None, digest_hour: int | None,
              immediate_overdue: bool | None, weekly: bool | None, resume: bool,
              as_json: bool) -> None:
    """Show where and when reminders are emailed; any option changes that first.

    The worker (`followthrough worker`) sends them once SMTP is set up (`followthrough doctor`).

    \b
    Example:
      followthrough reminders
      followthrough reminders --email me@example.org --digest-hour 7
      followthrough reminders --no-overdue-emails
      followthrough reminders --weekly
    """
    from dataclasses import asdict

    from followthrough.cli.render import local
    from followthrough.reminders.services import reminder_choices, update_reminder_settings

    changes = (email, digest_enabled, digest_hour, immediate_overdue, weekly)
    if resume or any(value is not None for value in changes):
        update_reminder_settings(owner=app.owner, resume=resume, email=email,
                                 digest_enabled=digest_enabled, digest_hour=digest_hour,
                                 immediate_overdue=immediate_overdue, weekly=weekly)
    chosen = reminder_choices(app.owner, app.now())
    paused = chosen.paused_until
    if as_json:
        print_json({**asdict(chosen), "paused_until": paused.isoformat() if paused else None})
        return
    digest = f"daily at {chosen.digest_hour:02d}:00 ({app.prefs.zone})" if chosen.digest else "off"
    if chosen.digest and paused:
        digest += f", paused until {local(paused, app.prefs.zone)} (--resume)"
    overdue = "an email as soon as a step turns overdue" if chosen.overdue_emails else "off"
    address = escape(chosen.address) if chosen.address else "[red]no address[/] (--email)"
    if chosen.cannot_send:
        console.print(f"[yellow]Warning:[/] {escape(chosen.cannot_send[0].upper())}"
                      f"{escape(chosen.cannot_send[1:])}.")
    console.print(f"To:       {address}")
    console.print(f"Digest:   {escape(digest)}")
    console.print(f"Overdue:  {overdue}")
    weekly_line = (f"Mondays at {chosen.digest_hour:02d}:00, the week before in review"
                   if chosen.weekly else "off")
    console.print(f"Weekly:   {weekly_line}")
