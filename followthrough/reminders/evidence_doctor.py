"""`followthrough doctor`'s evidence checks: who you are, and each live source's health."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.reminders.doctor import FAIL, OK, WARN, Check


def identity_check(owner: AbstractBaseUser) -> Check:
    from followthrough.preferences import preferences_for
    from followthrough.services.identity import describe, identity_for

    identity = identity_for(owner, preferences_for(owner))
    if identity.said_by == "unknown":
        return Check("who you are", WARN, "unknown: mail and LinkedIn messages cannot be told "
                     "yours from theirs", "set email (and linkedin) under [me] in config.toml")
    if not identity.knows_linkedin:
        return Check("who you are", WARN, describe(identity) + "; no LinkedIn URL",
                     "set linkedin under [me] in config.toml, or import your LinkedIn export "
                     "(Invitations.csv shows it)")
    return Check("who you are", OK, describe(identity))


def source_checks(owner: AbstractBaseUser, now: datetime) -> list[Check]:
    from followthrough.reminders.evidence_sources import CALENDAR, LABELS, MAIL, STALE_AFTER, configured
    from followthrough.reminders.models import EvidenceSource

    sources = configured()
    rows = {r.name: r for r in EvidenceSource.objects.filter(owner=owner)}
    checks = []
    for name in (MAIL, CALENDAR):
        label = f"{LABELS[name]} evidence"
        if name not in sources:
            setting = "IMAP_HOST" if name == MAIL else "CALDAV_URL"
            checks.append(Check(label, OK, f"not set up (optional: {setting})"))
            continue
        row = rows.get(name)
        if row is None or row.last_attempt_at is None:
            checks.append(Check(label, WARN, "set up, not read yet",
                                "`followthrough evidence sync` reads it now; the worker every "
                                "15 minutes"))
        elif row.failing_since is not None:
            checks.append(Check(label, FAIL, f"failing since {row.failing_since:%Y-%m-%d %H:%M} "
                                f"UTC: {row.last_error}", "fix the cause; the next read clears "
                                "this"))
        elif row.last_success_at and now - row.last_success_at > STALE_AFTER:
            checks.append(Check(label, WARN, f"last read {row.last_success_at:%Y-%m-%d %H:%M} "
                                "UTC", "is the worker running? (`followthrough worker`)"))
        else:
            last = f"{row.last_success_at:%Y-%m-%d %H:%M}" if row.last_success_at else "never"
            checks.append(Check(label, OK, f"last read {last} UTC"))
    return checks
