"""An import killed with SIGKILL part-way leaves the database exactly as it was (real processes).

The kill points are progress, not time: the import's transaction grows the SQLite write-ahead
log as it goes, so "killed once the log holds N bytes" lands at the same place in the work on a
fast or a loaded machine. Every point is well before the commit (10,000 cards write ~10 MB).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

CARDS = 10_000
KILL_AT_WAL_BYTES = [64 * 1024, *sorted(random.Random(20261126).sample(range(256 * 1024, 3 * 2**20), 3))]


def write_cards(path: Path, count: int, prefix: str, area: int) -> Path:
    """COUNT cards of distinct people (no shared name, address or phone with another PREFIX)."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{prefix} Person {n}\r\n"
                      f"N:Person {n};{prefix};;;\r\nEMAIL;TYPE=INTERNET:{prefix.lower()}{n}@example.com\r\n"
                      f"TEL:+49{area}{n:07d}\r\nORG:Company {n % 97}\r\nNOTE:met at the fair\r\n"
                      "END:VCARD\r\n")
    return path


def ft(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "followthrough", *args], env=embedded_env(tmp_path),
                          capture_output=True, text=True, timeout=600)


def snapshot(database: Path) -> tuple[dict[str, int], str]:
    """Row counts per table and one hash of every row, after truncating the write-ahead log."""
    digest, counts = hashlib.sha256(), {}
    with closing(sqlite3.connect(database)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            rows = sorted(map(repr, db.execute(f'SELECT * FROM "{table}"')))  # noqa: S608
            counts[table] = len(rows)
            digest.update(f"{table}:{len(rows)}".encode())
            for row in rows:
                digest.update(row.encode())
    return counts, digest.hexdigest()


def kill_when_wal_holds(process: subprocess.Popen[bytes], wal: Path, size: int) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the import ended (code {process.returncode}) before its log "
                                 f"reached {size} bytes")
        if wal.exists() and wal.stat().st_size >= size:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
            return
        time.sleep(0.005)
    process.kill()
    raise AssertionError(f"the import's log never reached {size} bytes")


def test_an_import_killed_part_way_changes_nothing(tmp_path):
    first = ft(tmp_path, "import", str(write_cards(tmp_path / "known.vcf", 30, "Known", 40)))
    assert first.returncode == 0, first.stderr
    big = write_cards(tmp_path / "big.vcf", CARDS, "Crash", 30)
    database = tmp_path / "data" / "followthrough.sqlite3"
    wal = database.with_name(database.name + "-wal")
    before = snapshot(database)
    for size in KILL_AT_WAL_BYTES:
        process = subprocess.Popen([sys.executable, "-m", "followthrough", "import", str(big)],
                                   env=embedded_env(tmp_path), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        kill_when_wal_holds(process, wal, size)
        assert process.returncode == -signal.SIGKILL
        assert snapshot(database) == before, f"killed at {size} bytes of log"
    finished = ft(tmp_path, "import", str(big))  # the same file still imports, whole
    assert finished.returncode == 0, finished.stderr
    counts, _ = snapshot(database)
    assert counts["followthrough_person"] == before[0]["followthrough_person"] + CARDS
