"""Real processes: a write by the command line shows at once on the Today page of every web worker.

The page cache lives in each gunicorn worker's memory; its key holds the owner's data version
read from the database, so a `followthrough done` in another process changes every worker's key.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env
from tests.reminders.smtp import free_port
from tests.trust.test_concurrent_writers import wait_until_up

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

REPO = Path(__file__).resolve().parents[2]
SESSION = """
from followthrough.bootstrap import setup_django
setup_django()
from bench.web_pages import session_cookie

print(session_cookie())
"""
LOADS = 12  # enough for both workers to answer, and cache, the page


def followthrough(env: dict[str, str], *args: str) -> str:
    return subprocess.run([sys.executable, "-m", "followthrough", *args], env=env, check=True,
                          capture_output=True, text=True, timeout=300).stdout


def today_pages(base: str, cookie: str, etag: str = "") -> list[tuple[int, str, str]]:
    pages = []
    for _ in range(LOADS):
        headers = {"Cookie": cookie, **({"If-None-Match": etag} if etag else {})}
        request = urllib.request.Request(base + "/", headers=headers)
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (loopback)
            pages.append((response.status, response.headers["ETag"], response.read().decode()))
    return pages


def test_a_step_done_on_the_command_line_leaves_every_web_workers_page_at_once(tmp_path):
    env = embedded_env(tmp_path)
    met = json.loads(followthrough(env, "met", "Jane Doe", "--at", "Chamber mixer", "--json"))
    step = next(s["id"] for s in met["steps"] if s["kind"] == "linkedin")
    cookie = subprocess.run([sys.executable, "-c", SESSION], env=env, cwd=REPO, check=True,
                            capture_output=True, text=True, timeout=300).stdout.strip()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "followthrough.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", "2", "--threads", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, server)
        before = today_pages(base, cookie)
        followthrough(env, "done", str(step))
        after = today_pages(base, cookie, etag=before[-1][1])
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert all(f'id="step-{step}"' in page for _, _, page in before)
    assert all(status == 200 and f'id="step-{step}"' not in page for status, _, page in after)
