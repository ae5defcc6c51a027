"""The reminder worker: sweep -> record events -> owe digests -> deliver -> daily chores.

Each step handles one thing and says whether there may be more; the loop drains, then sleeps.
SIGTERM sets a flag: the item in hand is finished, then the loop ends.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import DatabaseError, close_old_connections

log = logging.getLogger(__name__)

POLL_SECONDS = 60.0
DB_RETRY_SECONDS = 5.0
GIVE_UP_AFTER = 3  # consecutive database failures before an until-idle run gives up


class DatabaseUnreachable(Exception):
    pass


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def wall_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class PassResult:
    """What a pass did. `sent` counts only what the mail server took; `failed` what it (or the
    way to it) refused, with the reasons in `errors`; `waiting` what had nowhere to go yet."""

    events: int = 0
    digests: int = 0
    sent: int = 0
    failed: int = 0
    waiting: int = 0
    errors: list[str] = field(default_factory=list)
    chores: list[str] = field(default_factory=list)

    def count(self, outcome: object) -> None:
        from followthrough.reminders.deliveries import FAILED, SENT, WAITING

        state, error = getattr(outcome, "state", ""), getattr(outcome, "error", "")
        self.sent += state == SENT
        self.failed += state == FAILED
        self.waiting += state == WAITING
        if error and error not in self.errors:
            self.errors.append(error)

    def add(self, other: PassResult) -> None:
        for name in ("events", "digests", "sent", "failed", "waiting"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += [e for e in other.errors if e not in self.errors]
        self.chores += other.chores


@dataclass
class Worker:
    name: str = field(default_factory=worker_name)
    clock: Callable[[], datetime] = wall_clock
    sleep: Callable[[float], None] = time.sleep
    shutdown: bool = False

    def stop(self, *_: object) -> None:
        self.shutdown = True

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)

    def run_pass(self) -> PassResult:
        """One full sweep and delivery pass (what `--once` does)."""
        from followthrough.reminders.chores import run_chores
        from followthrough.reminders.deliveries import deliver_one
        from followthrough.reminders.digests import schedule_digests
        from followthrough.reminders.health import beat
        from followthrough.reminders.sweep import sweep
        from followthrough.services.mail_server import mail_server_missing

        now = self.clock()
        result = PassResult(events=sweep(now).events, digests=schedule_digests(now))
        missing = mail_server_missing()
        if missing:  # nothing is attempted: the deliveries wait for a mail server
            result.errors.append(missing)
        while not missing and not self.shutdown:
            outcome = deliver_one(self.clock(), self.name)
            if outcome is None:
                break
            result.count(outcome)
        if not self.shutdown:
            from followthrough.reminders.evidence_chore import run_evidence_chore

            result.chores = run_chores(self.clock(), self.name)
            result.chores += run_evidence_chore(self.clock(), self.name)
        beat(self.clock(), self.name)
        return result

    def run(self, *, until_idle: bool = False, poll: float = POLL_SECONDS) -> PassResult:
        """Pass after pass until SIGTERM (or, with until_idle, until a pass finds nothing)."""
        total, failures = PassResult(), 0
        while not self.shutdown:
            result = self.safe_pass()
            if result is None:
                failures += 1
                if until_idle and failures >= GIVE_UP_AFTER:
                    raise DatabaseUnreachable("the database kept failing: `followthrough doctor`")
                self.sleep(DB_RETRY_SECONDS)
                continue
            failures = 0
            total.add(result)
            if until_idle and not (result.sent or result.digests):
                break
            if not result.sent:
                self._nap(poll)
        return total

    def safe_pass(self) -> PassResult | None:
        """A pass that survives the database going away: drop the connection, try again later."""
        from django.db import connection

        if not connection.in_atomic_block:  # (tests run the worker inside a transaction)
            close_old_connections()
        try:
            return self.run_pass()
        except DatabaseError as exc:
            log.warning("database error in the reminder worker, retrying: %s", exc)
            if not connection.in_atomic_block:
                connection.close()
            return None

    def _nap(self, seconds: float) -> None:
        # Short naps so SIGTERM ends an idle worker within a second.
        deadline = time.monotonic() + seconds
        while not self.shutdown and time.monotonic() < deadline:
            self.sleep(min(1.0, deadline - time.monotonic()))
