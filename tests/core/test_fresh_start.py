"""The embedded database needs no set-up: the first command creates and migrates it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out


def embedded_env(tmp_path: Path) -> dict[str, str]:
    """A new user's environment: the embedded SQLite default, whatever the suite runs on."""
    env = {
        **os.environ,
        "FOLLOWTHROUGH_DATA_DIR": str(tmp_path / "data"),
        "FOLLOWTHROUGH_CONFIG_DIR": str(tmp_path / "config"),
        "DJANGO_SETTINGS_MODULE": "followthrough.settings",
        "COLUMNS": "200",
    }
    env.pop("DATABASE_URL", None)
    return env


def followthrough(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followthrough", *args],
        env=embedded_env(tmp_path), capture_output=True, text=True, timeout=120,
    )


def test_the_first_command_creates_the_database_in_the_data_directory(tmp_path):
    result = followthrough(tmp_path, "today")
    assert result.returncode == 0, result.stderr
    assert "Nothing due. Met someone?" in result.stdout
    assert (tmp_path / "data" / "followthrough.sqlite3").exists()


def test_two_commands_writing_at_the_same_moment_both_succeed(tmp_path):
    assert followthrough(tmp_path, "today").returncode == 0
    env = embedded_env(tmp_path)
    procs = [
        subprocess.Popen([sys.executable, "-m", "followthrough", "met", f"Person {n}",
                          "--at", "Mixer", "--give", "an intro"],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(6)
    ]
    outcomes = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, outcomes
    listed = followthrough(tmp_path, "people", "--json")
    assert sorted(p["name"] for p in json.loads(listed.stdout)) == [
        f"Person {n}" for n in range(6)]


def test_a_broken_config_file_is_one_clear_line(tmp_path):
    (tmp_path / "config").mkdir(parents=True)
    (tmp_path / "config" / "config.toml").write_text("[time]\nzone = 'Mars/Olympus'\n")
    result = followthrough(tmp_path, "today")
    assert result.returncode == 1
    assert "time.zone 'Mars/Olympus' is not a time zone" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_migration_counts_towards_whether_the_database_is_migrated():
    """A command migrates when the code's migrations differ from the last run's; a migration the
    fingerprint did not see would leave an upgraded database unmigrated."""
    from followthrough import bootstrap

    package = Path(bootstrap.__file__).parent
    every = {str(p.relative_to(package)) for p in package.rglob("migrations/[0-9]*.py")}
    seen = {str(p.relative_to(package)) for pattern in bootstrap.MIGRATIONS
            for p in package.glob(pattern)}
    assert seen == every and len(every) > 16
