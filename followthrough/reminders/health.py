"""What can stop reminders from arriving, said plainly: `followthrough today` and the web show it."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser

from followthrough.reminders.models import ChannelHealth, ReminderSettings, WorkerHeartbeat

WORKER = "worker"
WORKER_SILENT_AFTER = timedelta(hours=1)


def beat(now: datetime, worker: str) -> None:
    """A worker finished a pass."""
    updated = WorkerHeartbeat.objects.filter(name=WORKER).update(last_run_at=now, worker=worker)
    if not updated:
        WorkerHeartbeat.objects.get_or_create(
            name=WORKER, defaults={"last_run_at": now, "worker": worker}
        )


def last_worker_run() -> datetime | None:
    return WorkerHeartbeat.objects.filter(name=WORKER).values_list("last_run_at", flat=True).first()


def health_warnings(owner: AbstractBaseUser, now: datetime) -> list[str]:
    """Each reason this owner's reminders may not arrive, as one sentence with the fix."""
    from followthrough.services.mail_server import mail_server_missing

    warnings = [missing] if (missing := mail_server_missing()) else []
    last = last_worker_run()
    if last is None:
        warnings.append("reminders are off: the reminder worker has never run "
                        "(start it with `followthrough worker`; docs/reminders.md)")
    elif now - last > WORKER_SILENT_AFTER:
        warnings.append(f"reminders are not going out: the worker last ran "
                        f"{_ago(now - last)} ago (start it with `followthrough worker`)")
    warnings.extend(_channel_warnings(owner))
    from followthrough.reminders.evidence_sources import evidence_warnings

    warnings.extend(evidence_warnings(owner, now))
    wish = ReminderSettings.objects.filter(owner=owner).first()
    if _wants_email(owner, wish) and not _address(owner, wish):
        warnings.append("reminder emails have nowhere to go: give an address on the Reminders "
                        "page or with `followthrough reminders --email ADDRESS`")
    return warnings


def _channel_warnings(owner: AbstractBaseUser) -> list[str]:
    failing = ChannelHealth.objects.filter(owner=owner, failing_since__isnull=False)
    return [
        f"{h.channel} reminders are failing since {h.failing_since:%Y-%m-%d %H:%M} UTC: "
        f"{h.last_error} (`followthrough doctor` checks the settings)"
        for h in failing
    ]


def _wants_email(owner: AbstractBaseUser, wish: ReminderSettings | None) -> bool:
    from followthrough.reminders.wishes import weekly_wanted

    return (wish is None or wish.digest_enabled or wish.immediate_overdue
            or weekly_wanted(owner, wish))


def _address(owner: AbstractBaseUser, wish: ReminderSettings | None) -> str:
    """The settings read once for both questions; none saved means the defaults (no address of
    their own), without writing a row from a command that only reads."""
    from followthrough.reminders.wishes import address_for

    return address_for(owner, wish or ReminderSettings(owner=owner))


def _ago(span: timedelta) -> str:
    hours = int(span.total_seconds() // 3600)
    return f"{hours // 24} days" if hours >= 48 else f"{hours} hours"
