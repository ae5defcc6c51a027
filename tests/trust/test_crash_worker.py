"""A worker killed mid-send neither loses nor doubles the reminder (real processes, real SMTP).

The mail server stalls the first message it is handed; the worker sending it is killed with
SIGKILL while it waits. Its claim stays: a second worker sends everything else but leaves that
one alone. A third worker, started on a clock six minutes ahead (after CLAIM_TIMEOUT), takes it
over and sends it once. The stalled copy is never accepted, so exactly one arrives.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env
from tests.reminders.smtp import Inbox, start_smtp

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

SEED = """
from datetime import timedelta
from followthrough.bootstrap import ensure_database, setup_django
setup_django()
ensure_database()
from django.contrib.auth.models import User
from django.utils import timezone
from followthrough.preferences import preferences_for
from followthrough.reminders.services import update_reminder_settings
from followthrough.services.meetings import NewMeeting, record_meeting
owner = User.objects.create_user("owner", "owner@example.com")
update_reminder_settings(owner=owner, digest_enabled=False)
now = timezone.now()
record_meeting(owner=owner, prefs=preferences_for(owner), now=now, new_person=True,
               meeting=NewMeeting(name="Jane Doe", at=now - timedelta(hours=49), give="an intro"))
"""
# The same command, on a clock running six minutes ahead (time_machine, as the tests' clock).
AHEAD = """
import sys, datetime as dt, time_machine
time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=6), tick=True).start()
sys.argv = ["followthrough", *sys.argv[1:]]
from followthrough.cli import main

main()
"""
NOTES = 4  # the four 48-hour steps of the default playbook, overdue for an hour


@dataclass
class StallingInbox(Inbox):
    """Holds the first message without answering until released; accepts the rest."""

    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    stalled_id: str = ""

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.stalled.is_set():
            return await super().handle_DATA(server, session, envelope)
        self.stalled_id = str(message_from_bytes(envelope.original_content)["Message-ID"])
        self.stalled.set()
        while not self.release.is_set():
            await asyncio.sleep(0.05)
        return "451 held back by the test"


def environment(tmp_path: Path, port: int) -> dict[str, str]:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "config.toml").write_text('[time]\nzone = "Europe/Berlin"\n')
    return {**embedded_env(tmp_path), "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(port),
            "EMAIL_TIMEOUT": "600"}


def deliveries(tmp_path: Path) -> list[tuple[str, str, int]]:
    with closing(sqlite3.connect(tmp_path / "data" / "followthrough.sqlite3", timeout=30)) as db:
        return db.execute("SELECT state, claimed_by, attempts FROM reminders_delivery "
                          "ORDER BY id").fetchall()


def worker(env: dict[str, str], *args: str, ahead: bool = False) -> subprocess.Popen[str]:
    start = [sys.executable, "-c", AHEAD] if ahead else [sys.executable, "-m", "followthrough"]
    return subprocess.Popen([*start, "worker", "--poll", "0.2", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_worker_killed_mid_send_loses_nothing_and_doubles_nothing(tmp_path):
    inbox = StallingInbox()
    controller = start_smtp(inbox)
    killed = None
    try:
        env = environment(tmp_path, controller.port)
        subprocess.run([sys.executable, "-c", SEED], env=env, check=True, timeout=300)
        killed = worker(env)
        assert inbox.stalled.wait(timeout=300), "the worker never handed a message over"
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(timeout=60)
        held = [d for d in deliveries(tmp_path) if d[0] == "pending" and d[1]]
        assert len(held) == 1  # its claim outlives it

        second = worker(env, "--until-idle")
        _, errors = second.communicate(timeout=300)
        assert second.returncode == 0, errors
        assert len(inbox.messages) == NOTES - 1  # the claimed one is not taken over early
        assert inbox.stalled_id not in {m["Message-ID"] for m in inbox.messages}

        third = worker(env, "--until-idle", ahead=True)
        _, errors = third.communicate(timeout=300)
        assert third.returncode == 0, errors
    finally:
        inbox.release.set()
        if killed is not None and killed.poll() is None:
            killed.kill()
        controller.stop()
    ids = [m["Message-ID"] for m in inbox.messages]
    assert len(ids) == NOTES and len(set(ids)) == NOTES
    assert inbox.stalled_id in ids  # the same reminder, sent once after all
    states = deliveries(tmp_path)
    assert [s for s, _, _ in states] == ["sent"] * NOTES
    assert sorted(a for _, _, a in states) == [1] * (NOTES - 1) + [2]

