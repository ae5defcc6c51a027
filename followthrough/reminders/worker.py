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
    events: int = 0
    digests: int = 0
    sent: int = 0
    chores: list[str] = field(default_factory=list)


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

        now = self.clock()
        result = PassResult(events=sweep(now).events, digests=schedule_digests(now))
        while not self.shutdown and deliver_one(self.clock(), self.name):
            result.sent += 1
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
            total.events += result.events
            total.digests += result.digests
            total.sent += result.sent
            total.chores += result.chores
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
