"""Several real worker processes on one PostgreSQL database send each reminder exactly once.

Runs in every test run: against FOLLOWTHROUGH_TEST_POSTGRES_URL (or a PostgreSQL DATABASE_URL);
without one it is skipped on a developer's machine and FAILS in CI.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.reminders.smtp import Inbox, start_smtp

PEOPLE = 25  # four 48-hour steps each: 100 overdue notes
WORKERS = 4

SEED = f"""
from datetime import timedelta
from followthrough.bootstrap import setup_django
setup_django()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth.models import User
from django.utils import timezone
from followthrough.preferences import preferences_for
from followthrough.reminders.services import update_reminder_settings
from followthrough.services.meetings import NewMeeting, record_meeting
owner = User.objects.create_user("owner", "owner@example.com")
update_reminder_settings(owner=owner, digest_enabled=False)
prefs, now = preferences_for(owner), timezone.now()
for n in range({PEOPLE}):
    record_meeting(owner=owner, prefs=prefs, now=now, meeting=NewMeeting(
        name=f"Person {{n}}", at=now - timedelta(hours=49), give="an intro"))
"""


def postgres_url() -> str:
    url = os.environ.get("FOLLOWTHROUGH_TEST_POSTGRES_URL") or ""
    if not url and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        url = os.environ["DATABASE_URL"]
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs FOLLOWTHROUGH_TEST_POSTGRES_URL for the multi-worker test")
        pytest.skip("set FOLLOWTHROUGH_TEST_POSTGRES_URL to run several workers on PostgreSQL")
    return url


@pytest.fixture
def database() -> Iterator[str]:
    """A throw-away database of its own, so the worker processes see what the test seeds."""
    server = postgres_url()
    name = f"ft_workers_{secrets.token_hex(6)}"
    with psycopg.connect(server, dbname="postgres", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(server, dbname="postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def environment(url: str, tmp: Path, smtp_port: int) -> dict[str, str]:
    config = tmp / "config"
    config.mkdir(exist_ok=True)
    (config / "config.toml").write_text('[time]\nzone = "Europe/Berlin"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="followthrough.settings", DATABASE_URL=url,
        FOLLOWTHROUGH_DATA_DIR=str(tmp / "data"), FOLLOWTHROUGH_CONFIG_DIR=str(config),
        SECRET_KEY="multi-worker-test-" + secrets.token_hex(16),
        FOLLOWTHROUGH_AUTO_MIGRATE="false", EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_port),
        EMAIL_TIMEOUT="10",
    )
    return env


def test_four_workers_send_each_reminder_exactly_once(database, tmp_path):
    inbox = Inbox(delay=0.03)  # slow enough that the workers overlap
    controller = start_smtp(inbox)
    try:
        env = environment(database, tmp_path, controller.port)
        subprocess.run([sys.executable, "-c", SEED], env=env, check=True, timeout=120)
        workers = [
            subprocess.Popen([sys.executable, "-m", "followthrough", "worker", "--until-idle",
                              "--poll", "0.2", "--json"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
            for _ in range(WORKERS)
        ]
        outputs = [w.communicate(timeout=240) for w in workers]
    finally:
        controller.stop()
    assert all(w.returncode == 0 for w in workers), [err for _, err in outputs]
    message_ids = [m["Message-ID"] for m in inbox.messages]
    assert len(message_ids) == PEOPLE * 4
    assert len(set(message_ids)) == PEOPLE * 4  # none twice
    with psycopg.connect(database) as db:
        states = dict(db.execute(
            "SELECT state, count(*) FROM reminders_delivery GROUP BY state").fetchall())
        senders = db.execute(
            "SELECT count(DISTINCT claimed_by) FROM reminders_delivery").fetchone()
    assert states == {"sent": PEOPLE * 4}
    assert senders is not None and senders[0] >= 2  # the work really was shared
