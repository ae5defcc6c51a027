"""Backups while the app runs, and putting one back, on the embedded database (real processes)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out


def ft(tmp_path: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "followthrough", *args],
                          env=embedded_env(tmp_path), capture_output=True, text=True,
                          timeout=120, input=input)


def names(tmp_path: Path) -> list[str]:
    return sorted(p["name"] for p in json.loads(ft(tmp_path, "people", "--json").stdout))


def test_a_backup_can_be_restored_after_changes(tmp_path):
    assert ft(tmp_path, "met", "Jane Doe", "--at", "Mixer", "--give", "intro").returncode == 0
    out = tmp_path / "jane.sqlite3"
    result = ft(tmp_path, "backup", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Backed up to {out}" in result.stdout.replace("\n", "")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    ft(tmp_path, "met", "Bob Smith", "--at", "PyCon", "--give", "intro")
    assert names(tmp_path) == ["Bob Smith", "Jane Doe"]

    refused = ft(tmp_path, "restore", str(out), input="n\n")
    assert refused.returncode == 1 and names(tmp_path) == ["Bob Smith", "Jane Doe"]
    restored = ft(tmp_path, "restore", str(out), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert names(tmp_path) == ["Jane Doe"]
    assert "What it replaced is kept in" in restored.stdout


def test_a_backup_taken_during_writes_is_consistent(tmp_path):
    ft(tmp_path, "today")
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import subprocess,sys\n"
         "for n in range(8):\n"
         "    subprocess.run([sys.executable,'-m','followthrough','met',f'P {n}','--give','x'],"
         "check=True, capture_output=True)"],
        env=embedded_env(tmp_path))
    out = tmp_path / "during.sqlite3"
    assert ft(tmp_path, "backup", "--out", str(out)).returncode == 0
    assert writer.wait(timeout=300) == 0
    with sqlite3.connect(out) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        people = db.execute("SELECT id FROM followthrough_person").fetchall()
        steps = db.execute("SELECT DISTINCT person_id FROM followthrough_step").fetchall()
    # whole meetings only: every person in the copy has their steps, none half-written
    assert sorted(people) == sorted(steps)


def test_restore_refuses_what_is_not_a_followthrough_backup(tmp_path):
    ft(tmp_path, "met", "Jane Doe", "--give", "x")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    result = ft(tmp_path, "restore", str(junk), "--yes")
    assert result.returncode == 1
    assert "is not an SQLite database" in result.stderr
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert "is not a Followthrough backup" in ft(tmp_path, "restore", str(other), "--yes").stderr
    assert names(tmp_path) == ["Jane Doe"]


def test_backup_never_overwrites_a_file(tmp_path):
    ft(tmp_path, "today")
    out = tmp_path / "exists.sqlite3"
    out.write_text("precious")
    result = ft(tmp_path, "backup", "--out", str(out))
    assert result.returncode == 1 and "exists already" in result.stderr
    assert out.read_text() == "precious"
