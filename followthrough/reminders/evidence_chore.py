"""The worker's evidence chore: the live sources (IMAP mail, the CalDAV calendar) read every
EVERY minutes, incrementally, and scheduled events applied once they have happened.

Each source's health is an EvidenceSource row (last success, failing since, the error), which
`followthrough today`, the Today page and `doctor` show like the reminders' own health.
The sources are configured in the environment for the machine's local owner, as CalDAV is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction

from followthrough.errors import FollowthroughError
from followthrough.preferences import Preferences
from followthrough.reminders.evidence_sources import LABELS, MAIL, configured
from followthrough.reminders.models import EvidenceSource, WorkerHeartbeat
from followthrough.services.evidence import EvidenceReport, apply_evidence

log = logging.getLogger(__name__)

CHORE = "evidence"
EVERY = timedelta(minutes=15)


@dataclass
class SourcesRead:
    report: EvidenceReport = field(default_factory=EvidenceReport)
    read: list[str] = field(default_factory=list)  # "mail (IMAP): 12 new items"
    failed: list[str] = field(default_factory=list)  # one line each


def read_sources(*, owner: AbstractBaseUser, prefs: Preferences, now: datetime,
                 dry_run: bool = False) -> SourcesRead:
    """Read each configured source once and apply what it says; a failing source is noted on
    its row and in the result, and the others are still read."""
    from followthrough.services.identity import describe, identity_for

    result = SourcesRead()
    identity = identity_for(owner, prefs)
    result.report.identity = describe(identity)
    for name, config in configured().items():
        source = _source(owner, name)
        try:
            items, cursor = _read(name, config, source.cursor, identity.me, prefs, now)
        except FollowthroughError as error:
            result.failed.append(f"{LABELS[name]}: {error}")
            if not dry_run:
                _failed(source, now, str(error))
            continue
        apply_evidence(owner=owner, items=items, prefs=prefs, now=now, dry_run=dry_run,
                       report=result.report)
        result.read.append(f"{LABELS[name]}: {len(items)} new items")
        if not dry_run:
            EvidenceSource.objects.filter(pk=source.pk).update(
                cursor=cursor, last_attempt_at=now, last_success_at=now, failing_since=None,
                last_error="")
    return result


def _read(name: str, config: Any, cursor: dict[str, Any], me: Any, prefs: Preferences,
          now: datetime) -> tuple[list[Any], dict[str, Any]]:
    if name == MAIL:
        from followthrough.reminders.evidence_mail import read_mail

        return read_mail(config, cursor, me, now)
    from followthrough.reminders.evidence_calendar import read_calendars

    return read_calendars(config, cursor, me, prefs.zone, now)


def _source(owner: AbstractBaseUser, name: str) -> EvidenceSource:
    try:
        with transaction.atomic():
            return EvidenceSource.objects.get_or_create(owner=owner, name=name)[0]
    except IntegrityError:  # another worker made it first
        return EvidenceSource.objects.get(owner=owner, name=name)


def _failed(source: EvidenceSource, now: datetime, error: str) -> None:
    EvidenceSource.objects.filter(pk=source.pk).update(
        last_attempt_at=now, failing_since=source.failing_since or now, last_error=error[:1000])


def run_evidence_chore(now: datetime, worker: str) -> list[str]:
    """One worker in all reads the sources every EVERY; returns what it did, for the log."""
    from followthrough.models import EvidenceItem

    sources = configured()
    due_owners = set(EvidenceItem.objects.filter(state=EvidenceItem.State.SCHEDULED,
                                                 at__lte=now).values_list("owner_id", flat=True))
    if not (sources or due_owners) or not _claim(now, worker):
        return []
    try:
        return _chore(now, sources, due_owners)
    except Exception:  # a database or network surprise must not stop the reminders
        log.exception("the evidence chore failed; retrying in %s", EVERY)
        return []


def _chore(now: datetime, sources: dict[str, Any], due_owners: set[int]) -> list[str]:
    from django.contrib.auth import get_user_model

    from followthrough.bootstrap import local_owner
    from followthrough.preferences import preferences_for

    done = []
    prefs = preferences_for()
    if sources:
        owner = local_owner()
        result = read_sources(owner=owner, prefs=prefs, now=now)
        done += [*result.read, *result.failed]
        due_owners.discard(owner.pk)
    for owner in get_user_model().objects.filter(pk__in=due_owners):
        report = apply_evidence(owner=owner, items=[], prefs=prefs, now=now)
        done.append(f"{len(report.logged)} scheduled events happened")
    return done


def _claim(now: datetime, worker: str) -> bool:
    if not WorkerHeartbeat.objects.filter(name=CHORE).exists():
        try:
            with transaction.atomic():
                WorkerHeartbeat.objects.create(name=CHORE, last_run_at=now - 2 * EVERY)
        except IntegrityError:
            pass
    return bool(WorkerHeartbeat.objects.filter(name=CHORE, last_run_at__lte=now - EVERY)
                .update(last_run_at=now, worker=worker))
