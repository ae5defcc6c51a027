"""`followthrough doctor`'s checks: each says OK, WARN or FAIL, and what to do about it."""

from __future__ import annotations

import os
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

OK, WARN, FAIL = "OK", "WARN", "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    message: str
    fix: str = ""


def run_checks(now: datetime, *, smtp_timeout: float = 5.0) -> list[Check]:
    checks = [config_check(), database_check()]
    if checks[-1].status == FAIL:
        return checks
    checks.append(migrations_check())
    if checks[-1].status == FAIL:
        return checks
    from followthrough.bootstrap import local_owner

    owner = local_owner()
    checks.append(smtp_check(smtp_timeout))
    checks.append(_guard("reminder address", lambda: address_check(owner), "fix config.toml"))
    checks += [worker_check(now), *channel_checks(owner), feed_check(owner), caldav_check()]
    checks.append(_guard("backup", lambda: backup_check(now), "fix the [backup] settings"))
    from followthrough.reminders.evidence_doctor import identity_check, source_checks

    checks.append(_guard("who you are", lambda: identity_check(owner), "fix [me] in config.toml"))
    try:
        checks += source_checks(owner, now)
    except Exception as exc:  # a bad IMAP_PORT, say: a failed check, never a traceback
        checks.append(Check("live evidence", FAIL, f"{type(exc).__name__}: {exc}"[:300],
                            "fix the IMAP_* or CALDAV_* settings"))
    return checks


def _guard(name: str, probe: Callable[[], Check], fix: str) -> Check:
    try:
        return probe()
    except Exception as exc:  # a check that cannot run is a failed check, never a traceback
        return Check(name, FAIL, f"{type(exc).__name__}: {exc}"[:300], fix)


def config_check() -> Check:
    from followthrough.preferences import config_path, preferences_for

    def probe() -> Check:
        preferences_for()
        where = config_path()
        return Check("config.toml", OK, f"{where}" if where.exists() else "none (defaults)")

    return _guard("config.toml", probe, f"fix the file named above ({_config_path()})")


def _config_path() -> str:
    from followthrough.preferences import config_path

    return str(config_path())


def database_check() -> Check:
    from django.db import connection

    def probe() -> Check:
        connection.ensure_connection()
        return Check("database", OK, f"{connection.vendor} reachable")

    return _guard("database", probe, "check DATABASE_URL, or that the data directory is writable")


def migrations_check() -> Check:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        return Check("migrations", FAIL, f"{len(plan)} migrations not applied",
                     "run any command (e.g. `followthrough today`); it applies them")
    return Check("migrations", OK, "up to date")


def smtp_check(timeout: float) -> Check:
    from django.conf import settings

    from followthrough.services.mail_server import mail_server_missing

    if "smtp" not in settings.EMAIL_BACKEND:
        return Check("email server", OK, f"not SMTP ({settings.EMAIL_BACKEND})")
    if mail_server_missing():
        return Check("email server", WARN, mail_server_missing(),
                     "set EMAIL_HOST, EMAIL_PORT (and EMAIL_HOST_USER/PASSWORD) "
                     "in the worker's environment")
    where = f"{settings.EMAIL_HOST}:{settings.EMAIL_PORT}"

    def probe() -> Check:
        kind = smtplib.SMTP_SSL if settings.EMAIL_USE_SSL else smtplib.SMTP
        with kind(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=timeout) as server:
            if settings.EMAIL_USE_TLS:
                server.starttls()
            if settings.EMAIL_HOST_USER:
                server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
            server.noop()
        return Check("email server", OK, f"{where} answers")

    check = _guard("email server", probe, "check EMAIL_HOST, EMAIL_PORT and the credentials")
    if check.status == FAIL:
        return Check(check.name, FAIL, f"{where}: {check.message}", check.fix)
    return check


def address_check(owner: object) -> Check:
    from followthrough.reminders.services import reminder_settings_for
    from followthrough.reminders.wishes import address_for

    address = address_for(owner, reminder_settings_for(owner))
    if address:
        return Check("reminder address", OK, address)
    return Check("reminder address", WARN, "no email address to send reminders to",
                 "`followthrough reminders --email you@example.com` (or the Reminders page)")


def worker_check(now: datetime) -> Check:
    from followthrough.reminders.health import WORKER_SILENT_AFTER, last_worker_run

    last = last_worker_run()
    start = "run `followthrough worker` (`--print-systemd-unit` or `--print-cron` keep it going)"
    if last is None:
        return Check("worker", WARN, "has never run: no reminders are sent", start)
    if now - last > WORKER_SILENT_AFTER:
        return Check("worker", FAIL, f"last ran {last:%Y-%m-%d %H:%M} UTC", start)
    return Check("worker", OK, f"last ran {last:%Y-%m-%d %H:%M} UTC")


def channel_checks(owner: object) -> list[Check]:
    from followthrough.reminders.models import ChannelHealth

    return [
        Check(f"{h.channel} reminders", FAIL, f"failing since {h.failing_since:%Y-%m-%d %H:%M} "
              f"UTC: {h.last_error}", "fix the cause; the next success clears this")
        for h in ChannelHealth.objects.filter(owner=owner, failing_since__isnull=False)
    ]


def feed_check(owner: object) -> Check:
    from followthrough.reminders.models import FeedToken

    if not FeedToken.objects.filter(owner=owner).exists():
        return Check("calendar feed", WARN, "no feed URL yet",
                     "`followthrough sync feed` makes one to paste into your calendar app")
    base = os.environ.get("FOLLOWTHROUGH_BASE_URL")
    if not base:
        return Check("calendar feed", WARN, "FOLLOWTHROUGH_BASE_URL is not set: the feed URL "
                     "points at 127.0.0.1", "set FOLLOWTHROUGH_BASE_URL to the server's address")
    return Check("calendar feed", OK, f"served under {base}/calendar/")


def caldav_check() -> Check:
    if not os.environ.get("CALDAV_URL"):
        return Check("CalDAV sync", OK, "not set up (optional: CALDAV_URL)")
    missing = [v for v in ("CALDAV_USERNAME", "CALDAV_PASSWORD") if not os.environ.get(v)]
    if missing:
        return Check("CalDAV sync", WARN, f"CALDAV_URL is set but {', '.join(missing)} is not",
                     "set them, or leave them empty only for a server without login")
    return Check("CalDAV sync", OK, os.environ["CALDAV_URL"])


NIGHTLY_LATE_AFTER = timedelta(hours=36)


def backup_check(now: datetime) -> Check:
    """When the last backup was made, and whether the nightly one is keeping up."""
    from followthrough.preferences import backup_plan
    from followthrough.services.backup import last_backup

    plan, last = backup_plan(), last_backup()
    nightly = (f"nightly at {plan.hour:02d}:00, keeping {plan.keep}" if plan.nightly
               else "nightly backups are off")
    switch_on = "`followthrough backup` now; nightly = true under [backup] in config.toml " \
                "(docs/configuration.md) makes the worker do it every night"
    if last is None:
        return Check("backup", WARN, f"no backup yet ({nightly})", switch_on)
    when = f"last {last.at.astimezone(UTC):%Y-%m-%d %H:%M} UTC ({last.path})"
    if plan.nightly and now - last.at > NIGHTLY_LATE_AFTER:
        return Check("backup", WARN, f"{when}: the nightly backup is late",
                     "is the worker running? its log says why a backup failed")
    return Check("backup", OK, f"{when}; {nightly}")
