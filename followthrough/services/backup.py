"""Whole-database backups: a consistent copy while the app runs, and putting one back.

SQLite uses its online backup API (consistent even while other processes write). PostgreSQL is
backed up with pg_dump, which is the right tool there; we run it when it is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

from followthrough.errors import FollowthroughError, InvalidInput
from followthrough.services.restore_check import check_sqlite_backup

NIGHTLY = "nightly-"


@dataclass(frozen=True)
class BackupRecord:
    path: Path
    at: datetime


def _is_sqlite() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")


def _database_path() -> Path:
    return Path(settings.DATABASES["default"]["NAME"])


def _record_path() -> Path:
    return Path(settings.DATA_DIR) / "last-backup.json"


def default_backup_path(now: datetime) -> Path:
    suffix = "sqlite3" if _is_sqlite() else "sql"
    return Path(settings.DATA_DIR) / "backups" / f"followthrough-{now:%Y%m%d-%H%M%S}.{suffix}"


def backup_database(*, out: Path, now: datetime) -> BackupRecord:
    """A consistent copy at `out`, which appears only once complete (a killed backup leaves
    no file that looks whole)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise InvalidInput("out", f"{out} exists already: choose another path")
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # everyone's notes
    try:
        if _is_sqlite():
            _sqlite_copy(_database_path(), partial)
        else:
            _pg_dump(partial)
        partial.chmod(0o600)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    record = BackupRecord(out, now)
    _record_path().write_text(json.dumps({"path": str(out), "at": now.isoformat()}))
    return record


def nightly_backup(*, directory: Path | None, keep: int, now: datetime) -> BackupRecord:
    """The worker's nightly copy in `directory` (default: backups in the data folder); then only
    the newest `keep` nightly copies stay. Backups made by hand are never removed."""
    folder = directory or Path(settings.DATA_DIR) / "backups"
    suffix = "sqlite3" if _is_sqlite() else "sql"
    record = backup_database(out=folder / f"{NIGHTLY}{now:%Y%m%d-%H%M%S}.{suffix}", now=now)
    for old in nightly_backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
    return record


def nightly_backups(folder: Path) -> list[Path]:
    """The nightly copies in `folder`, oldest first (their names sort by time)."""
    return sorted(p for p in folder.glob(f"{NIGHTLY}*") if p.suffix in {".sqlite3", ".sql"})


def last_backup() -> BackupRecord | None:
    try:
        raw = json.loads(_record_path().read_text())
        return BackupRecord(Path(raw["path"]), datetime.fromisoformat(raw["at"]))
    except (FileNotFoundError, ValueError, KeyError):
        return None


def restore_database(*, source: Path, now: datetime) -> BackupRecord:
    """Put a backup back; the database it replaces is kept as a backup first.

    Nothing reads the live database first (it may be the broken thing being replaced), and
    nothing is replaced before the backup passed every check (services/restore_check.py).
    """
    if not _is_sqlite():
        raise FollowthroughError(
            "restore works on the embedded SQLite database; on PostgreSQL use "
            "`pg_restore` or `psql -f BACKUP.sql` (docs/security.md)"
        )
    check_sqlite_backup(source)
    connections.close_all()
    safety = _keep_current(default_backup_path(now).with_suffix(".before-restore.sqlite3"), now)
    live = _database_path()
    try:
        _sqlite_copy(source, live)  # SQLite's own copy: safe beside the WAL and other readers
    except sqlite3.DatabaseError:  # the live file is no database any more: replace the file
        _replace_file(source, live)
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)  # an older backup catches up
    return safety


def _keep_current(out: Path, now: datetime) -> BackupRecord:
    """The live database as a backup, or its files as they are when SQLite cannot read it."""
    try:
        return backup_database(out=out, now=now)
    except sqlite3.DatabaseError:
        live = _database_path()
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(live, out)
        out.chmod(0o600)
        for suffix in ("-wal", "-shm"):
            if Path(f"{live}{suffix}").exists():
                shutil.copyfile(f"{live}{suffix}", f"{out}{suffix}")
        return BackupRecord(out, now)


def _replace_file(source: Path, live: Path) -> None:
    """A copy of `source` takes the live file's place whole; the old WAL goes with it (its
    pages belong to the old file and would be applied to the new one)."""
    fresh = live.with_name(live.name + ".restoring")
    fresh.unlink(missing_ok=True)
    _sqlite_copy(source, fresh)
    fresh.chmod(0o600)
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    fresh.replace(live)


def _sqlite_copy(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target, timeout=30)) as dst:
        src.backup(dst)


def _pg_dump(out: Path) -> None:
    if shutil.which("pg_dump") is None:
        raise FollowthroughError(
            "backing up PostgreSQL needs pg_dump (apt install postgresql-client): "
            "pg_dump --format=custom \"$DATABASE_URL\" > followthrough.dump"
        )
    db = settings.DATABASES["default"]
    env = {"PGPASSWORD": str(db.get("PASSWORD", ""))}
    args = ["pg_dump", "--no-owner", "-h", str(db.get("HOST") or "localhost"),
            "-p", str(db.get("PORT") or 5432), "-U", str(db.get("USER", "")), "-f", str(out),
            str(db["NAME"])]
    result = subprocess.run(args, env={**os.environ, **env},
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise FollowthroughError(f"pg_dump failed: {result.stderr.strip()[:300]}")
