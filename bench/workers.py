"""The team deployment's worker check: several worker processes on one PostgreSQL send each
reminder exactly once. It runs the test suite's own multi-worker test against the benchmark's
database server, so `make bench` proves the deployment docs/deploy.md describes."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

from bench.results import Row

TEST = "tests/reminders/test_workers_on_postgres.py::test_four_workers_send_each_reminder_exactly_once"
ROOT = Path(__file__).resolve().parent.parent


def run(env: dict[str, str]) -> Row:
    """The test makes a database of its own on the server of DATABASE_URL, and drops it after."""
    started = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", TEST],
        env={**env, "FOLLOWTHROUGH_TEST_POSTGRES_URL": env["DATABASE_URL"], "CI": "true"},
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    seconds = time.perf_counter() - started
    summary = re.findall(r"\d+ (?:passed|failed|errors?)", finished.stdout)
    outcome = ", ".join(summary) or "no result: " + (finished.stdout + finished.stderr)[-300:]
    return Row("4 workers on one PostgreSQL, 25 people's 100 reminders", f"{outcome} ({seconds:.0f} s)",
               "—", None, "each sent exactly once", finished.returncode == 0)
