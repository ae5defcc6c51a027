"""`followthrough worker`: keeps reminders going out (sweep, record, deliver), and how to run it."""

from __future__ import annotations

import os
import shlex
import sys

import click

from followthrough.cli.terminal import console, escape, print_json

# Variables the worker needs to find the same data as the commands you type.
PASSED_ON = ("FOLLOWTHROUGH_DATA_DIR", "FOLLOWTHROUGH_CONFIG_DIR", "FOLLOWTHROUGH_USER",
             "FOLLOWTHROUGH_BASE_URL", "DATABASE_URL", "EMAIL_HOST", "EMAIL_PORT",
             "EMAIL_HOST_USER", "EMAIL_USE_TLS", "EMAIL_USE_SSL", "DEFAULT_FROM_EMAIL",
             "FOLLOWTHROUGH_BACKUP_NIGHTLY", "FOLLOWTHROUGH_BACKUP_KEEP", "FOLLOWTHROUGH_BACKUP_DIR",
             "FOLLOWTHROUGH_BACKUP_HOUR")


@click.command()
@click.option("--once", is_flag=True, help="One sweep and delivery pass, then exit (for cron).")
@click.option("--until-idle", is_flag=True, help="Keep passing until nothing is left, then exit.")
@click.option("--poll", type=click.FloatRange(0.1, 3600), default=60.0, show_default=True,
              metavar="SECONDS", help="Sleep between passes when there is nothing to send.")
@click.option("--print-systemd-unit", is_flag=True, help="Print a systemd user unit and exit.")
@click.option("--print-cron", is_flag=True, help="Print a crontab line and exit.")
@click.option("--json", "as_json", is_flag=True, help="With --once: print the counts as JSON.")
def worker(once: bool, until_idle: bool, poll: float, print_systemd_unit: bool,
           print_cron: bool, as_json: bool) -> None:
    """Send reminders: record steps turning overdue and people lapsing, email notes and digests.

    Runs until stopped (SIGTERM finishes the email in hand, then exits). Several workers may
    run against one PostgreSQL database: each reminder is sent by exactly one of them.

    \b
    Example:
      followthrough worker                       # keep running (see --print-systemd-unit)
      followthrough worker --once                # one pass, e.g. from cron every 5 minutes
      followthrough worker --print-systemd-unit > ~/.config/systemd/user/followthrough-worker.service
    """
    if print_systemd_unit or print_cron:
        click.echo(systemd_unit() if print_systemd_unit else cron_line())
        return
    from followthrough.bootstrap import ensure_database, setup_django

    setup_django()
    ensure_database()
    from followthrough.reminders.worker import DatabaseUnreachable, Worker

    runner = Worker()
    runner.install_signal_handlers()
    if once:
        result = runner.safe_pass()
        if result is None:
            raise click.ClickException("the database is unreachable: `followthrough doctor`")
    else:
        if not until_idle:
            console.print(f"Reminder worker {runner.name} running; Ctrl-C or SIGTERM stops it.")
        try:
            result = runner.run(until_idle=until_idle, poll=poll)
        except DatabaseUnreachable as exc:
            raise click.ClickException(str(exc)) from None
    _report(result, as_json)


def _report(result: object, as_json: bool) -> None:
    counts = {k: getattr(result, k) for k in ("events", "digests", "sent", "failed", "waiting")}
    chores, errors = list(getattr(result, "chores", [])), list(getattr(result, "errors", []))
    if as_json:
        print_json({**counts, "errors": errors, "chores": chores})
        return
    console.print(f"Recorded {counts['events']} deadline events, owed {counts['digests']} "
                  f"digests.")
    delivered = f"Reminders: {counts['sent']} sent"
    if counts["failed"]:
        delivered += f", {counts['failed']} failed"
    if counts["waiting"]:
        delivered += f", {counts['waiting']} waiting"
    console.print(f"{delivered}{': ' if errors else '.'}{escape('; '.join(errors))}"
                  + ("." if errors else ""))
    for chore in chores:
        console.print(f"Daily chore: {chore}.")


def _command() -> str:
    return f"{shlex.quote(sys.executable)} -m followthrough worker"


def _environment() -> dict[str, str]:
    return {name: os.environ[name] for name in PASSED_ON if os.environ.get(name)}


def systemd_unit() -> str:
    environment = "".join(
        f"Environment={shlex.quote(f'{k}={v}')}\n" for k, v in _environment().items()
    )
    return f"""\
# Save as ~/.config/systemd/user/followthrough-worker.service, then:
#   systemctl --user daemon-reload
#   systemctl --user enable --now followthrough-worker
#   loginctl enable-linger "$USER"    # keep it running while you are logged out
# Secrets (EMAIL_HOST_PASSWORD, CALDAV_PASSWORD) belong in an EnvironmentFile you chmod 600.
[Unit]
Description=Followthrough reminder worker
After=network-online.target
Wants=network-online.target

[Service]
ExecStart={_command()}
{environment}Restart=always
RestartSec=30
KillSignal=SIGTERM
TimeoutStopSec=60

[Install]
WantedBy=default.target
"""


def cron_line() -> str:
    environment = " ".join(shlex.quote(f"{k}={v}") for k, v in _environment().items())
    prefix = f"{environment} " if environment else ""
    return (
        "# Add with `crontab -e`: one pass every 5 minutes (sends within 5 minutes of a deadline)\n"
        f"*/5 * * * * {prefix}{_command()} --once >/dev/null 2>>$HOME/.followthrough-worker.log"
    )
