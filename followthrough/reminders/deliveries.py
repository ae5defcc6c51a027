"""Claiming and sending deliveries: exactly one worker sends each, failures are retried.

A claim is a compare-and-set on (id, claimed_at): of several workers reading the same row,
one UPDATE matches and the others see 0 rows and move on. A worker killed mid-send leaves
its claim behind; after CLAIM_TIMEOUT the row is claimable again. (That one case can repeat a
message the dead worker had already handed to the mail server; the Message-ID stays the same.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F, Q

from followthrough.reminders.channels import ChannelError, NotConfigured, channel
from followthrough.reminders.models import ChannelHealth, Delivery
from followthrough.reminders.notices import notice_for

log = logging.getLogger(__name__)

# Far longer than a send can take (EMAIL_TIMEOUT is 20 s), so a live worker is never overtaken.
CLAIM_TIMEOUT = timedelta(minutes=5)
FIRST_RETRY = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=6)
PERMANENT_ATTEMPTS = 3  # a 5xx can be a misconfiguration fixed within the hour: try thrice
TRANSIENT_ATTEMPTS = 15  # about two days of backing off
FAILING_AFTER = 3  # consecutive failures before the channel is reported as failing
NOT_CONFIGURED_WAIT = timedelta(minutes=30)
CANDIDATES = 5


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8... minutes after the first, second, third... failure, at most six hours."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_WAIT)


@dataclass(frozen=True)
class Outcome:
    """What became of one delivery: sent (the mail server took it), skipped (nothing to say
    any more), failed (with the error; retried later unless it gave up) or waiting (nowhere
    to send it yet; no attempt was spent)."""

    state: str
    error: str = ""


SENT, SKIPPED, FAILED, WAITING = "sent", "skipped", "failed", "waiting"


def deliver_one(now: datetime, worker: str) -> Outcome | None:
    """Claim and send one delivery; None when there is nothing to do."""
    delivery = claim_next(now, worker)
    if delivery is None:
        return None
    return send(delivery, now, worker)


def claimable(now: datetime) -> Q:
    return Q(state=Delivery.State.PENDING, next_attempt_at__lte=now) & (
        Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT)
    )


def claim_next(now: datetime, worker: str) -> Delivery | None:
    candidates = Delivery.objects.filter(claimable(now)).order_by("next_attempt_at", "id")
    for delivery_id, claimed_at in candidates.values_list("id", "claimed_at")[:CANDIDATES]:
        won = Delivery.objects.filter(
            id=delivery_id, state=Delivery.State.PENDING, claimed_at=claimed_at
        ).update(claimed_at=now, claimed_by=worker, attempts=F("attempts") + 1)
        if won:
            return Delivery.objects.select_related("owner", "event__person", "event__step").get(
                id=delivery_id
            )
    return None


def send(delivery: Delivery, now: datetime, worker: str) -> Outcome:
    try:
        notice = notice_for(delivery, now)
        if notice is not None:
            channel(delivery.channel).notify(notice)
    except NotConfigured as exc:
        _wait(delivery, now, worker, str(exc))
        return Outcome(WAITING, str(exc))
    except ChannelError as exc:
        log.warning("delivery %s failed: %s", delivery.id, exc)
        _failed(delivery, now, worker, exc)
        return Outcome(FAILED, str(exc))
    _finished(delivery, now, worker, sent=notice is not None)
    return Outcome(SENT if notice is not None else SKIPPED)


def _mine(delivery: Delivery, worker: str) -> Q:
    return Q(id=delivery.id, claimed_by=worker, state=Delivery.State.PENDING)


@transaction.atomic
def _finished(delivery: Delivery, now: datetime, worker: str, *, sent: bool) -> None:
    state = Delivery.State.SENT if sent else Delivery.State.SKIPPED
    Delivery.objects.filter(_mine(delivery, worker)).update(
        state=state, sent_at=now if sent else None, claimed_at=None, last_error=""
    )
    if sent:
        _health(delivery).update(
            failing_since=None, consecutive_failures=0, last_error="", last_success_at=now
        )


@transaction.atomic
def _failed(delivery: Delivery, now: datetime, worker: str, error: ChannelError) -> None:
    limit = TRANSIENT_ATTEMPTS if error.retry else PERMANENT_ATTEMPTS
    give_up = delivery.attempts >= limit
    Delivery.objects.filter(_mine(delivery, worker)).update(
        state=Delivery.State.FAILED if give_up else Delivery.State.PENDING,
        next_attempt_at=now + backoff(delivery.attempts), claimed_at=None,
        last_error=str(error)[:1000],
    )
    health = _health(delivery)
    health.update(consecutive_failures=F("consecutive_failures") + 1, last_error=str(error)[:1000])
    failures = health.values_list("consecutive_failures", flat=True).first() or 0
    if give_up or failures >= FAILING_AFTER:
        health.filter(failing_since__isnull=True).update(failing_since=now)


@transaction.atomic
def _wait(delivery: Delivery, now: datetime, worker: str, reason: str) -> None:
    """Not the transport's fault: hold it without spending an attempt."""
    Delivery.objects.filter(_mine(delivery, worker)).update(
        next_attempt_at=now + NOT_CONFIGURED_WAIT, claimed_at=None,
        attempts=F("attempts") - 1, last_error=reason[:1000],
    )


def _health(delivery: Delivery):
    ChannelHealth.objects.get_or_create(owner_id=delivery.owner_id, channel=delivery.channel)
    return ChannelHealth.objects.filter(owner_id=delivery.owner_id, channel=delivery.channel)
