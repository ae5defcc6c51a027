"""Several real worker processes on one PostgreSQL database send each reminder exactly once.

Runs in every test run: against FOLLOWTHROUGH_TEST_POSTGRES_URL (or a PostgreSQL DATABASE_URL);
without one it is skipped on a developer's machine and FAILS in CI.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from tests.reminders.smtp import Inbox, start_smtp

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

PEOPLE = 25  # four 48-hour steps each: 100 overdue notes
WORKERS = 4

def seed(people: int, *, ago: str, first: bool) -> str:
    """A script recording PEOPLE meetings AGO (a timedelta expression) through the services."""
    owner = ("owner = User.objects.create_user('owner', 'owner@example.com')\n"
             "update_reminder_settings(owner=owner, digest_enabled=False)" if first
             else "owner = User.objects.get(username='owner')")
    return f"""
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

{owner}
prefs, now = preferences_for(owner), timezone.now()
for n in range({people}):
    record_meeting(owner=owner, prefs=prefs, now=now, new_person=True, meeting=NewMeeting(
        name=f"Person {{n}}", at=now - {ago}, give="an intro"))
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
    run_sql(server, f"CREATE DATABASE {name}", dbname="postgres")
    yield server.rsplit("/", 1)[0] + "/" + name
    run_sql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", dbname="postgres")


def run_sql(url: str, statement: str, **options: str) -> list[tuple]:
    """One statement on a connection of its own, outside a transaction (as CREATE DATABASE needs)."""
    connection = psycopg2.connect(url, **options)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(statement)
            return cursor.fetchall() if cursor.description else []
    finally:
        connection.close()


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
        script = seed(PEOPLE, ago="timedelta(hours=49)", first=True)
        subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=120)
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
    states = dict(run_sql(database, "SELECT state, count(*) FROM reminders_delivery GROUP BY state"))
    [(senders,)] = run_sql(database, "SELECT count(DISTINCT claimed_by) FROM reminders_delivery")
    assert states == {"sent": PEOPLE * 4}
    assert senders >= 2  # the work really was shared


def wait_for(inbox: Inbox, count: int, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while len(inbox.messages) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(inbox.messages) == count


def test_a_running_worker_survives_its_connection_being_cut_and_stops_on_sigterm(
    database, tmp_path
):
    inbox = Inbox()
    controller = start_smtp(inbox)
    env = environment(database, tmp_path, controller.port)
    subprocess.run([sys.executable, "-c", seed(2, ago="timedelta(hours=49)", first=True)],
                   env=env, check=True, timeout=120)
    worker = subprocess.Popen([sys.executable, "-m", "followthrough", "worker", "--poll", "0.2"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(inbox, 8)
        [(cut,)] = run_sql(database,  # what a database restart does
                           "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        assert cut >= 1
        # Two more people whose 48-hour steps fall due a few seconds from now.
        later = seed(2, ago="timedelta(hours=48) + timedelta(seconds=-4)", first=False)
        subprocess.run([sys.executable, "-c", later], env=env, check=True, timeout=120)
        try:
            wait_for(inbox, 16)
        except AssertionError:
            worker.kill()
            facts = [run_sql(database, q) for q in (
                "SELECT name, last_run_at, swept_until, now() FROM reminders_workerheartbeat",
                "SELECT state, count(*) FROM reminders_delivery GROUP BY state",
                "SELECT count(*), max(due_at) FROM followthrough_step WHERE after='48h'",
                "SELECT kind, count(*) FROM reminders_event GROUP BY kind")]
            raise AssertionError(f"{facts} {worker.communicate()[1][-3000:]}") from None
        worker.send_signal(signal.SIGTERM)
        _, errors = worker.communicate(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
        controller.stop()
    assert worker.returncode == 0, errors
    assert len({m["Message-ID"] for m in inbox.messages}) == 16


# The weekly review: OWNERS owners met someone on Wednesday of week 10; four workers start on
# Monday 9 March 2026 at 09:00 in Berlin (time_machine in each process, the clock ticking).
OWNERS = 40
ON_MONDAY = """
import sys, datetime as dt, time_machine
from zoneinfo import ZoneInfo
time_machine.travel(dt.datetime(2026, 3, 9, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")),
                    tick=True).start()
sys.argv = ["followthrough", *sys.argv[1:]]
from followthrough.cli import main
main()
"""
SEED_WEEK = f"""
import datetime as dt, time_machine
from zoneinfo import ZoneInfo
time_machine.travel(dt.datetime(2026, 3, 4, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")),
                    tick=False).start()
from followthrough.bootstrap import setup_django
setup_django()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth.models import User
from django.utils import timezone
from followthrough.preferences import preferences_for
from followthrough.reminders.services import update_reminder_settings
from followthrough.services.meetings import NewMeeting, record_meeting
for n in range({OWNERS}):
    owner = User.objects.create_user(f"owner{{n}}", f"owner{{n}}@example.com")
    update_reminder_settings(owner=owner, digest_enabled=False, immediate_overdue=False)
    now = timezone.now()
    record_meeting(owner=owner, prefs=preferences_for(owner), now=now, meeting=NewMeeting(
        name=f"Person {{n}}", at=now, give="an intro"))
"""


def test_four_workers_send_each_owners_weekly_review_exactly_once(database, tmp_path):
    inbox = Inbox(delay=0.05)  # slow enough that the workers overlap
    controller = start_smtp(inbox)
    try:
        env = environment(database, tmp_path, controller.port)
        (tmp_path / "config" / "config.toml").write_text(
            '[time]\nzone = "Europe/Berlin"\n\n[reminders]\nweekly = true\n')
        subprocess.run([sys.executable, "-c", SEED_WEEK], env=env, check=True, timeout=300)
        workers = [
            subprocess.Popen([sys.executable, "-c", ON_MONDAY, "worker", "--until-idle",
                              "--poll", "0.2", "--json"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
            for _ in range(WORKERS)
        ]
        outputs = [w.communicate(timeout=240) for w in workers]
    finally:
        controller.stop()
    assert all(w.returncode == 0 for w in workers), [err for _, err in outputs]
    subjects = {str(m["Subject"]) for m in inbox.messages}
    recipients = [str(m["To"]) for m in inbox.messages]
    assert subjects == {"Followthrough: week 2026-W10 in review"}
    assert sorted(recipients) == sorted(f"owner{n}@example.com" for n in range(OWNERS))
    states = dict(run_sql(database, "SELECT state, count(*) FROM reminders_delivery "
                                    "WHERE kind = 'weekly' GROUP BY state"))
    [(senders,)] = run_sql(database, "SELECT count(DISTINCT claimed_by) FROM reminders_delivery")
    assert states == {"sent": OWNERS}
    assert senders >= 2  # the work really was shared
