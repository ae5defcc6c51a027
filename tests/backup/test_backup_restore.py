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


def a_backup(tmp_path: Path) -> Path:
    ft(tmp_path, "met", "Jane Doe", "--give", "x", "--email", "jane@example.com",
       "--phone", "+14155550123")
    out = tmp_path / "good.sqlite3"
    assert ft(tmp_path, "backup", "--out", str(out)).returncode == 0
    return out


def copy_of(backup: Path, name: str, statement: str, *parameters: str) -> Path:
    """The backup, changed by `statement` (with the schema writable)."""
    copy = backup.with_name(name)
    copy.write_bytes(backup.read_bytes())
    db = sqlite3.connect(copy)
    db.execute("PRAGMA writable_schema = ON")
    db.execute(statement, parameters)
    db.commit()
    db.close()
    return copy


def test_a_file_with_only_the_right_table_names_is_refused_and_nothing_changes(tmp_path):
    good = a_backup(tmp_path)
    fake = tmp_path / "fake.sqlite3"
    with sqlite3.connect(fake) as db:
        db.execute("CREATE TABLE followthrough_person (x)")
        db.execute("CREATE TABLE followthrough_step (x)")
        db.execute("CREATE TABLE django_migrations (id, app, name, applied)")
        db.executemany("INSERT INTO django_migrations VALUES (?, ?, ?, ?)",
                       sqlite3.connect(good).execute("SELECT * FROM django_migrations"))
    result = ft(tmp_path, "restore", str(fake), "--yes")
    assert result.returncode == 1
    assert f"{fake} does not match its migrations: table" in result.stderr.replace("\n", "")
    assert "Traceback" not in result.stderr
    empty = tmp_path / "empty-history.sqlite3"
    with sqlite3.connect(empty) as db:
        for table in ("followthrough_person (x)", "followthrough_step (x)",
                      "django_migrations (app, name)"):
            db.execute(f"CREATE TABLE {table}")
    assert "it records no migrations" in ft(tmp_path, "restore", str(empty), "--yes").stderr
    assert names(tmp_path) == ["Jane Doe"]


def test_a_backup_missing_a_column_its_migrations_make_is_refused(tmp_path):
    good = a_backup(tmp_path)
    changed = copy_of(good, "no-notes.sqlite3",
                      "ALTER TABLE followthrough_person DROP COLUMN notes")
    result = ft(tmp_path, "restore", str(changed), "--yes")
    assert result.returncode == 1
    assert "table followthrough_person differs (notes)" in result.stderr.replace("\n", "")


def test_a_backup_that_fails_the_full_integrity_check_is_refused(tmp_path):
    """The index says (owner, key, kind) but holds (owner, kind, key): SQLite's quick check
    does not look inside indexes; the full integrity check does."""
    good = a_backup(tmp_path)
    with sqlite3.connect(good) as db:
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = "
                            "'contact_owner_kind_key'").fetchone()
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    broken = copy_of(good, "broken.sqlite3", "UPDATE sqlite_master SET sql = ? WHERE name = ?",
                     sql.replace('"kind", "key"', '"key", "kind"'), "contact_owner_kind_key")
    with sqlite3.connect(broken) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    result = ft(tmp_path, "restore", str(broken), "--yes")
    assert result.returncode == 1
    assert f"{broken} is damaged (SQLite's integrity check:" in result.stderr.replace("\n", "")
    assert names(tmp_path) == ["Jane Doe"]


def test_a_backup_from_a_newer_release_is_refused(tmp_path):
    good = a_backup(tmp_path)
    newer = copy_of(good, "newer.sqlite3", "INSERT INTO django_migrations (app, name, applied) "
                    "VALUES ('followthrough', '9999_from_the_future', '2030-01-01')")
    result = ft(tmp_path, "restore", str(newer), "--yes")
    assert result.returncode == 1
    assert "was made by a newer Followthrough (it has migration " \
           "followthrough.9999_from_the_future)" in result.stderr.replace("\n", "")


def test_restore_mends_a_database_that_is_broken(tmp_path):
    good = a_backup(tmp_path)
    ft(tmp_path, "met", "Bob Smith", "--give", "x")
    live = tmp_path / "data" / "followthrough.sqlite3"
    for leftover in tmp_path.glob("data/followthrough.sqlite3-*"):
        leftover.unlink()
    live.write_bytes(b"this is no database any more" * 500)
    assert ft(tmp_path, "people").returncode == 1  # every other command fails
    restored = ft(tmp_path, "restore", str(good), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert names(tmp_path) == ["Jane Doe"]
    kept = restored.stdout.replace("\n", "").split("What it replaced is kept in ")[1].rstrip(".")
    assert Path(kept).read_bytes().startswith(b"this is no database any more")
