"""The web server and two commands writing to one SQLite database at once all succeed, and every
write is there afterwards (real processes: gunicorn with two workers, two `followthrough import`).

Writers queue on SQLite's write lock (IMMEDIATE transactions, a 30-second busy timeout) instead
of failing with "database is locked". Nothing here depends on how the writes interleave.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import closing

import pytest

from tests.core.test_fresh_start import embedded_env
from tests.reminders.smtp import free_port
from tests.trust.test_crash_import import write_cards

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

CARDS = 1_000
MIN_POSTS = 20
TOKEN = """
from followthrough.bootstrap import ensure_database, local_owner, setup_django
setup_django()
ensure_database()
from followthrough.services.tokens import new_api_token

print(new_api_token(owner=local_owner(), name="concurrent writers")[1])
"""


def wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, "gunicorn exited"
        try:
            urllib.request.urlopen(base + "/accounts/login/", timeout=5)  # noqa: S310 (loopback)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gunicorn did not answer")


def post_meeting(base: str, token: str, name: str) -> int:
    request = urllib.request.Request(
        base + "/api/meetings", data=json.dumps({"name": name, "new_person": True}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 (loopback)
            return int(response.status)
    except urllib.error.HTTPError as answer:
        return int(answer.code)


def test_the_web_app_and_two_commands_write_at_once_and_nothing_is_lost(tmp_path):
    # Posts continue until both imports end, however long a loaded machine takes: no rate limit.
    env = {**embedded_env(tmp_path), "FOLLOWTHROUGH_API_REQUESTS_PER_MINUTE": "1000000"}
    token = subprocess.run([sys.executable, "-c", TOKEN], env=env, check=True, timeout=300,
                           capture_output=True, text=True).stdout.strip()
    files = [write_cards(tmp_path / f"{p}.vcf", CARDS, p, area) for p, area in
             (("Alpha", 30), ("Beta", 40))]
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "followthrough.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", "2", "--threads", "2", "--timeout", "300"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base, statuses, posted = f"http://127.0.0.1:{port}", [], []
    commands: list[subprocess.Popen[str]] = []
    try:
        wait_until_up(base, server)

        def keep_posting() -> None:
            while len(posted) < MIN_POSTS or any(c.poll() is None for c in commands):
                posted.append(f"Web Person {len(posted)}")
                statuses.append(post_meeting(base, token, posted[-1]))

        commands += [subprocess.Popen([sys.executable, "-m", "followthrough", "import", str(f)],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for f in files]
        poster = threading.Thread(target=keep_posting)
        poster.start()
        outputs = [c.communicate(timeout=600) for c in commands]
        poster.join(timeout=600)
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert [c.returncode for c in commands] == [0, 0], [err for _, err in outputs]
    assert statuses == [201] * len(posted)
    with closing(sqlite3.connect(tmp_path / "data" / "followthrough.sqlite3")) as db:
        names = {r[0] for r in db.execute("SELECT full_name FROM followthrough_person")}
    for prefix in ("Alpha", "Beta"):
        assert {f"{prefix} Person {n}" for n in range(CARDS)} <= names, prefix
    assert set(posted) <= names
    assert len(names) == 2 * CARDS + len(posted)
