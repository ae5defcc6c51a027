"""The worker's nightly backup: switched on by configuration, once a night, the newest N kept."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from followthrough.services import backup
from tests.helpers import BERLIN


@pytest.fixture
def database_file(db, tmp_path, monkeypatch, settings) -> Path:  # type: ignore[no-untyped-def]
    """The test database lives in memory: the backups copy a real SQLite file instead."""
    path = tmp_path / "live.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE followthrough_person (id INTEGER PRIMARY KEY, full_name TEXT)")
        db.execute("INSERT INTO followthrough_person (full_name) VALUES ('Jane Doe')")
    monkeypatch.setattr(backup, "_is_sqlite", lambda: True)
    monkeypatch.setattr(backup, "_database_path", lambda: path)
    settings.DATA_DIR = str(tmp_path / "data")
    (tmp_path / "data").mkdir()
    return path


def switch_on(config: Path, backups: Path, keep: int = 3) -> None:
    with (config / "config.toml").open("a") as toml:
        toml.write(f'\n[backup]\nnightly = true\nkeep = {keep}\ndirectory = "{backups}"\n')


def nightly(backups: Path) -> list[str]:
    return [p.name for p in backup.nightly_backups(backups)]


def test_no_backup_is_made_unless_switched_on(clock, worker, database_file, tmp_path):
    result = worker.run_pass()
    assert not any("backed up" in chore for chore in result.chores)
    assert backup.last_backup() is None


def test_the_first_pass_catches_up_then_one_backup_a_night_keeping_the_newest(
    clock, worker, database_file, config_email, tmp_path
):
    backups = tmp_path / "backups"
    switch_on(config_email, backups, keep=3)
    backups.mkdir()
    (backups / "followthrough-by-hand.sqlite3").write_bytes(b"mine")
    worker.run_pass()  # 19:00; tonight's 03:00 has passed: caught up now
    worker.run_pass()
    assert nightly(backups) == ["nightly-20260304-180000.sqlite3"]
    for night in range(5, 10):  # each following night at 03:30 Berlin, twice
        clock.move_to(datetime(2026, 3, night, 3, 30, tzinfo=BERLIN))
        worker.run_pass()
        worker.run_pass()
    assert nightly(backups) == [f"nightly-2026030{n}-023000.sqlite3" for n in (7, 8, 9)]
    assert (backups / "followthrough-by-hand.sqlite3").read_bytes() == b"mine"  # never rotated
    with sqlite3.connect(backups / nightly(backups)[-1]) as copy:
        assert copy.execute("SELECT full_name FROM followthrough_person").fetchall() == [
            ("Jane Doe",)]
    last = backup.last_backup()
    assert last is not None and last.at == datetime(2026, 3, 9, 3, 30, tzinfo=BERLIN)


def test_the_backup_waits_for_its_hour(clock, worker, database_file, config_email, tmp_path):
    backups = tmp_path / "backups"
    switch_on(config_email, backups)
    worker.run_pass()
    clock.move_to(datetime(2026, 3, 5, 2, 59, tzinfo=BERLIN))
    worker.run_pass()
    assert len(nightly(backups)) == 1
    clock.move_to(datetime(2026, 3, 5, 3, 0, tzinfo=BERLIN))
    worker.run_pass()
    assert len(nightly(backups)) == 2


def test_several_workers_make_one_backup_a_night(clock, database_file, config_email, tmp_path):
    from followthrough.reminders.worker import Worker

    backups = tmp_path / "backups"
    switch_on(config_email, backups)
    workers = [Worker(name=f"w{n}", clock=timezone.now, sleep=lambda s: None) for n in range(3)]
    for worker in workers * 2:
        worker.run_pass()
    clock.shift(timedelta(days=1))
    for worker in workers * 2:
        worker.run_pass()
    assert len(nightly(backups)) == 2


def test_variables_override_config_toml(clock, worker, database_file, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWTHROUGH_BACKUP_NIGHTLY", "true")
    monkeypatch.setenv("FOLLOWTHROUGH_BACKUP_KEEP", "1")
    monkeypatch.setenv("FOLLOWTHROUGH_BACKUP_DIR", str(tmp_path / "elsewhere"))
    for _ in range(3):
        worker.run_pass()
        clock.shift(timedelta(days=1))
    assert nightly(tmp_path / "elsewhere") == ["nightly-20260306-180000.sqlite3"]


def test_a_bad_backup_setting_is_one_clear_error(config_email):
    from followthrough.envvars import ConfigurationError
    from followthrough.preferences import backup_plan

    (config_email / "config.toml").write_text("[backup]\nnightly = true\nkeep = 0\n")
    with pytest.raises(ConfigurationError, match="backup.keep"):
        backup_plan()
    (config_email / "config.toml").write_text('[backup]\nnightly = "yes"\n')
    with pytest.raises(ConfigurationError, match="backup.nightly must be true or false"):
        backup_plan()


def test_on_postgresql_without_pg_dump_the_worker_says_so_and_tries_again_later(
    clock, worker, database_file, config_email, tmp_path, monkeypatch, caplog
):
    from followthrough.reminders.chores import LEASE

    switch_on(config_email, tmp_path / "backups")
    monkeypatch.setattr(backup, "_is_sqlite", lambda: False)
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    with caplog.at_level(logging.WARNING):
        assert not any("backed up" in c for c in worker.run_pass().chores)
    assert "needs pg_dump (apt install postgresql-client)" in caplog.text
    assert not list((tmp_path / "backups").iterdir())  # no partial file left behind
    monkeypatch.setattr(backup.shutil, "which", lambda name: "/usr/bin/pg_dump")
    monkeypatch.setattr(backup, "_pg_dump", lambda out: out.write_text("-- dump"))
    worker.run_pass()
    assert nightly(tmp_path / "backups") == []  # not before the lease has passed
    clock.shift(LEASE)
    worker.run_pass()
    assert nightly(tmp_path / "backups") == ["nightly-20260304-190000.sql"]


def test_doctor_shows_the_last_backup_and_warns_when_the_nightly_one_is_late(
    clock, worker, database_file, config_email, tmp_path
):
    from followthrough.reminders.doctor import OK, WARN, backup_check

    assert backup_check(timezone.now()).status == WARN
    assert "no backup yet (nightly backups are off)" in backup_check(timezone.now()).message
    switch_on(config_email, tmp_path / "backups")
    worker.run_pass()
    check = backup_check(timezone.now())
    assert check.status == OK
    assert check.message.startswith("last 2026-03-04 18:00 UTC (")
    assert check.message.endswith("nightly at 03:00, keeping 3")
    clock.shift(timedelta(days=2))  # no worker ran
    late = backup_check(timezone.now())
    assert late.status == WARN and "the nightly backup is late" in late.message


def test_a_failing_backup_does_not_stop_the_reminders(
    clock, met, worker, database_file, config_email, tmp_path, caplog
):
    from tests.reminders.helpers import overdue_notes

    (tmp_path / "not-a-folder").write_text("a file where the backups should go")
    switch_on(config_email, tmp_path / "not-a-folder")
    overdue_notes(met, clock)
    with caplog.at_level(logging.ERROR):
        result = worker.run_pass()
    assert result.sent == 4 + 1  # the four overdue notes and today's digest
    assert "the backup chore failed" in caplog.text


def test_on_postgresql_the_nightly_backup_is_a_pg_dump(db, clock, worker, config_email, tmp_path,
                                                       settings):
    import shutil

    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL run of the suite tests pg_dump")
    if shutil.which("pg_dump") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs the PostgreSQL suite with pg_dump installed (.ci/run)")
        pytest.skip("pg_dump is not installed")
    settings.DATA_DIR = str(tmp_path / "data")
    (tmp_path / "data").mkdir()
    switch_on(config_email, tmp_path / "backups")
    worker.run_pass()
    [dump] = backup.nightly_backups(tmp_path / "backups")
    text = dump.read_text()
    assert "PostgreSQL database dump" in text and "followthrough_person" in text
    assert oct(dump.stat().st_mode & 0o777) == "0o600"
