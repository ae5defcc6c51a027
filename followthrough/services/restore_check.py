"""Is this file a Followthrough database we may restore? Checked before anything is replaced.

A file with the right table names is not enough: a restore of one left every command failing,
`restore` included. The candidate is opened read-only and must pass SQLite's full integrity
check; every migration it records must be one this release knows (an export of a newer release
is refused); and its tables, columns and indexes must be those its migrations make. What they
make is learnt by applying the same migrations to an empty database in a process of its own
(the data migrations use the default database, so that must not be the live one).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from followthrough.errors import InvalidInput

REQUIRED_TABLES = {"followthrough_person", "followthrough_step", "django_migrations"}
# Column: (name, declared type, not null, primary key); a table's columns as a sorted tuple.
Schema = dict[str, tuple[tuple[str, str, int, int], ...]]

_MIGRATE_TO = """
import json, sys
from followthrough.bootstrap import setup_django
setup_django()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
MigrationExecutor(connection).migrate([tuple(t) for t in json.loads(sys.argv[1])])
"""


def check_sqlite_backup(source: Path) -> None:
    """Raise InvalidInput, naming what is wrong, unless `source` may replace the database."""
    _regular_file(source)
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as db:
            problems = [row[0] for row in db.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise InvalidInput("backup", f"{source} is damaged (SQLite's integrity check: "
                                             f"{problems[0]})")
            tables = {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not REQUIRED_TABLES <= tables:
                raise InvalidInput("backup", f"{source} is not a Followthrough backup")
            applied = {(app, name) for app, name in db.execute(
                "SELECT app, name FROM django_migrations")}
            found = schema_of(db)
    except sqlite3.DatabaseError as error:
        raise InvalidInput("backup", f"{source} is not an SQLite database ({error})") from None
    _check_migrations(source, applied)
    _compare(source, expected_schema(applied), found)


def _regular_file(source: Path) -> None:
    try:
        if stat.S_ISREG(source.stat().st_mode):
            return
    except OSError:
        pass
    raise InvalidInput("backup", f"{source} is not a file")


def _check_migrations(source: Path, applied: set[tuple[str, str]]) -> None:
    from django.db.migrations.loader import MigrationLoader

    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    if not applied:
        raise InvalidInput("backup", f"{source} is not a Followthrough backup (it records no "
                                     "migrations)")
    unknown = sorted(applied - known)
    if unknown:
        app, name = unknown[0]
        raise InvalidInput("backup", f"{source} was made by a newer Followthrough (it has "
                                     f"migration {app}.{name}): upgrade, then restore it")


def schema_of(db: sqlite3.Connection) -> Schema:
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    schema: Schema = {}
    for table in tables:
        columns = db.execute("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)",
                             (table,)).fetchall()
        schema[table] = tuple(sorted((n, t.upper(), nn, pk) for n, t, nn, pk in columns))
    for (index, table) in db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = "
                                     "'index' AND name NOT LIKE 'sqlite_autoindex_%'"):
        schema[f"index {index}"] = ((table, "", 0, 0),)
    return schema


def expected_schema(applied: set[tuple[str, str]]) -> Schema:
    """The schema the migrations in `applied` make, from an empty database."""
    from django.db.migrations.loader import MigrationLoader

    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    latest = [key for key in applied
              if not any(child.key in applied and child.key[0] == key[0]
                         for child in graph.node_map[key].children)]
    with tempfile.TemporaryDirectory(prefix="followthrough-restore-") as folder:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(FOLLOWTHROUGH_DATA_DIR=folder, DJANGO_SETTINGS_MODULE="followthrough.settings",
                   FOLLOWTHROUGH_AUTO_MIGRATE="false")
        result = subprocess.run([sys.executable, "-c", _MIGRATE_TO, json.dumps(sorted(latest))],
                                env=env, capture_output=True, text=True, timeout=600,
                                check=False)
        if result.returncode != 0:
            reason = (result.stderr.strip().splitlines() or ["no reason given"])[-1]
            raise InvalidInput("backup", f"its migrations could not be replayed ({reason})")
        with closing(sqlite3.connect(Path(folder) / "followthrough.sqlite3")) as db:
            return schema_of(db)


def _compare(source: Path, expected: Schema, found: Schema) -> None:
    for name, shape in expected.items():
        if name not in found:
            raise InvalidInput("backup", f"{source} does not match its migrations: it has no "
                                         f"{name if name.startswith('index') else 'table ' + name}")
        if found[name] != shape:
            missing = sorted({c[0] for c in shape} ^ {c[0] for c in found[name]}) or ["types"]
            raise InvalidInput("backup", f"{source} does not match its migrations: table {name} "
                                         f"differs ({', '.join(missing[:3])})")
