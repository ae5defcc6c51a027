"""Two workers never send the same delivery; a dead worker's claim is taken over after a while."""

from __future__ import annotations

from django.core import mail
from django.utils import timezone

from followthrough.reminders.deliveries import CLAIM_TIMEOUT, claim_next, deliver_one
from followthrough.reminders.models import Delivery
from tests.reminders.helpers import overdue_notes


def test_a_claimed_delivery_cannot_be_claimed_by_another_worker(clock, met):
    overdue_notes(met, clock)
    now = timezone.now()
    claimed = [claim_next(now, "w1"), claim_next(now, "w2"), claim_next(now, "w1"),
               claim_next(now, "w2"), claim_next(now, "w3")]
    ids = [d.id for d in claimed if d is not None]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert claimed[-1] is None


def test_a_worker_killed_mid_send_leaves_the_delivery_claimable_after_the_timeout(clock, met):
    overdue_notes(met, clock, count=1)
    for _ in range(4):
        claim_next(timezone.now(), "killed-worker")  # claims, then dies before sending
    assert not deliver_one(timezone.now(), "w2")
    clock.shift(CLAIM_TIMEOUT / 2)
    assert not deliver_one(timezone.now(), "w2")
    clock.shift(CLAIM_TIMEOUT)
    while deliver_one(timezone.now(), "w2"):
        pass
    assert len(mail.outbox) == 4
    assert set(Delivery.objects.values_list("claimed_by", flat=True)) == {"w2"}


def test_a_late_worker_cannot_mark_another_workers_delivery(clock, met):
    from followthrough.reminders.deliveries import send

    overdue_notes(met, clock, count=1)
    stale = claim_next(timezone.now(), "slow")
    assert stale is not None
    clock.shift(CLAIM_TIMEOUT * 2)
    taken = claim_next(timezone.now(), "fast")
    assert taken is not None and taken.id == stale.id
    send(taken, timezone.now(), "fast")
    send(stale, timezone.now(), "slow")  # the slow one finally wakes up
    row = Delivery.objects.get(id=stale.id)
    assert row.state == "sent" and row.claimed_by == "fast"
