"""A command ends without the interpreter's teardown (cli.leave), and loses nothing by it: the
database is closed as before, atexit handlers run, output and exit status are what they were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env, followthrough

pytestmark = pytest.mark.slow  # starts processes (docs/testing.md)


def test_a_write_closes_the_database_so_no_journal_is_left_behind(tmp_path):
    assert followthrough(tmp_path, "met", "Jane Doe", "--at", "PyCon", "--why", "x").returncode == 0
    data = tmp_path / "data"
    assert (data / "followthrough.sqlite3").exists()
    # SQLite removes its write-ahead log when the last connection closes; a process that just
    # vanished leaves it for the next one to replay.
    assert not (data / "followthrough.sqlite3-wal").exists()
    assert "Jane Doe" in followthrough(tmp_path, "people").stdout


def test_atexit_handlers_still_run_and_the_status_is_kept(tmp_path):
    script = ("import atexit, sys; atexit.register(print, 'handler ran'); "
              "sys.argv = ['followthrough'] + sys.argv[1:]; "
              "from followthrough.cli import main; main()")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", script, *args], env=embedded_env(tmp_path),
                              capture_output=True, text=True, timeout=120)

    shown = run("--version")
    assert shown.returncode == 0 and "followthrough, version" in shown.stdout
    assert shown.stdout.rstrip().endswith("handler ran")
    helped = run("people", "--help")
    assert helped.returncode == 0 and helped.stderr == "" and "--limit" in helped.stdout
    refused = run("show", "12345")
    assert refused.returncode == 1 and "handler ran" in refused.stdout
    assert refused.stderr.startswith("Error: no one matches '12345'")


def test_output_larger_than_a_pipe_arrives_whole(tmp_path: Path):
    cards = tmp_path / "contacts.vcf"
    cards.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n:04}\r\n"
                             f"NOTE:{'w' * 200}\r\nEND:VCARD\r\n" for n in range(1000)))
    assert followthrough(tmp_path, "import", str(cards)).returncode == 0
    listed = followthrough(tmp_path, "people", "--json", "--limit", "1000")
    assert listed.returncode == 0 and len(listed.stdout) > 65_536  # more than a pipe holds
    assert listed.stdout.rstrip().endswith("]") and listed.stdout.count('"name": "Person') == 1000
