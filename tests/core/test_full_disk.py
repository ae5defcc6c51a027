"""A full disk is one clear line, and the write it stopped is not half done. SQLite reports a
full disk as "database or disk is full" (SQLITE_FULL); `PRAGMA max_page_count` makes the
database full at its present size, so the next write that needs a new page meets it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env

# `followthrough ARGS...` on a database that may not grow any more.
NO_ROOM_TO_GROW = """
import runpy, sys
from django.db.backends.signals import connection_created

def no_room(sender, connection, **kwargs):
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA max_page_count = 1")  # raised to the database's present size

connection_created.connect(no_room)
sys.argv[0] = "followthrough"
runpy.run_module("followthrough", run_name="__main__")
"""


def ft(tmp_path: Path, *args: str, full: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", NO_ROOM_TO_GROW] if full else [
        sys.executable, "-m", "followthrough"]
    return subprocess.run([*command, *args], env=embedded_env(tmp_path), capture_output=True,
                          text=True, timeout=120)


def people(tmp_path: Path) -> int:
    return len(json.loads(ft(tmp_path, "people", "--json").stdout))


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_a_full_disk_is_one_line_and_leaves_nothing_half_written(tmp_path):
    assert ft(tmp_path, "met", "First Person", "--give", "x").returncode == 0
    for number in range(40):  # the free room inside the file's pages runs out after a few
        result = ft(tmp_path, "met", f"Person {number}", "--why", "w" * 900, "--give", "x",
                    full=True)
        if result.returncode != 0:
            break
    else:
        raise AssertionError("the database never filled up")
    assert result.stderr.strip() == (
        "Error: the disk is full: free some space and try again")
    assert people(tmp_path) == number + 1  # the one that failed is not there, not even in part
