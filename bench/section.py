"""One database's share of `make bench`, run in its own process (Django is configured once per
process): `python -m bench.section WORK_DIR NAME...`; prints the rows as JSON on the last line.

The environment says which database: DATABASE_URL for PostgreSQL, otherwise SQLite in WORK_DIR.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from bench.missing import absent, not_built, unavailable
from bench.results import Row
from bench.servers import Unavailable

QUICK = os.environ.get("QUICK") == "1"
WEB_SECONDS = 3 if QUICK else 10
SOAK_SECONDS = 10 if QUICK else 60


def prepare(work: Path) -> tuple[dict[str, str], object]:
    """The personal data set in a fresh data directory; the environment that serves it."""
    data = work / "personal"
    data.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "FOLLOWTHROUGH_DATA_DIR": str(data),
           "FOLLOWTHROUGH_CONFIG_DIR": str(data / "config"),
           "DJANGO_SETTINGS_MODULE": "followthrough.settings"}
    os.environ.update(env)
    from followthrough.bootstrap import ensure_database, local_owner, setup_django

    setup_django()
    ensure_database()
    from bench import datasets

    owner = local_owner()
    datasets.personal(owner, datetime.now(UTC))
    analyze()
    _close_connections()
    return env, owner


def analyze() -> None:
    """PostgreSQL's autovacuum would vacuum and gather statistics within a minute; measure after it has.

    VACUUM too, not only ANALYZE: it sets the visibility map that lets index-only scans skip the table.
    """
    from django.db import DatabaseError, connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
            # Write the fresh data out now, not during the first measurement (a web row run
            # seconds after generating measured half the throughput of the same row minutes later).
            try:
                cursor.execute("CHECKPOINT")
            except DatabaseError:  # a role without pg_checkpoint: the data settles on its own
                pass


def _close_connections() -> None:
    from django.db import connections

    connections.close_all()


def label() -> str:
    from django.db import connection

    return ", PostgreSQL" if connection.vendor == "postgresql" else ", SQLite"


def rows_for(name: str, work: Path, env: dict[str, str], owner: object) -> list[Row]:
    from bench import audit_row, calendar_feed, cli_today, import_rows, team, web_pages

    db = label()
    if name == "today":
        return [_labelled(row, db) for row in cli_today.run(env)]
    if name == "web":
        return web_pages.run(env, WEB_SECONDS, db)
    if name == "soak":
        return [web_pages.soak(env, SOAK_SECONDS, db)]
    if name == "workers":
        from bench import workers

        return [workers.run(env)]
    if name == "imports":
        personal_db = Path(env["FOLLOWTHROUGH_DATA_DIR"]) / "followthrough.sqlite3"
        megabytes = 50  # smaller files measure the interpreter, not the import (~60 MB)
        rows = [import_rows.linkedin_into_empty(work, env),
                import_rows.fifty_megabytes(work, env, megabytes)]
        if "DATABASE_URL" not in env:
            rows.insert(0, import_rows.vcard_into_personal(work, personal_db, env))
        return [_labelled(row, db) for row in rows]
    if name == "mail":
        from bench import mail_row

        personal_db = Path(env["FOLLOWTHROUGH_DATA_DIR"]) / "followthrough.sqlite3"
        return [mail_row.run(work, env, personal_db, 20_000 if QUICK else 200_000)]
    if name == "feed":
        return calendar_feed.run(env, db)
    if name == "audit":
        if absent("bench.audit_speed"):
            return [not_built("audit of 100,000 posts", "< 1 × better-profanity, and < 5 s",
                              "bench.audit_speed")]
        return [*audit_row.run(20_000 if QUICK else 100_000, 100 if QUICK else 500),
                *audit_row.quality_rows()]
    if name == "cards":
        from bench import card_rows

        return card_rows.run(count=10 if QUICK else 40, timed=3 if QUICK else 5)
    if name == "explain":
        from bench.explain import explain

        target = Path(os.environ.get("BENCH_EXPLAIN", work / "explain.txt"))
        target.with_name(target.stem + db.replace(", ", "-").lower() + target.suffix).write_text(
            explain(owner, datetime.now(UTC)))
        return []
    if name == "scale":
        return at_scale(work, env, db)
    if name == "restore":
        from bench import restore_row

        return [restore_row.run(work, env, db)]
    if name == "team":
        now = datetime.now(UTC)
        team.make_team(now, owners=100 if QUICK else 1_000)
        analyze()
        return [team.sweep_row(now, db), team.digests_row(now, db)]
    raise SystemExit(f"unknown benchmark {name!r}")


def at_scale(work: Path, env: dict[str, str], db: str) -> list[Row]:
    """bench/at_scale.py in a process and a database of its own: it grows its own data set."""
    import subprocess
    from contextlib import nullcontext

    from bench.postgres import scratch_database

    own = {**env, "FOLLOWTHROUGH_DATA_DIR": str(work / "at-scale"),
           "FOLLOWTHROUGH_CONFIG_DIR": str(work / "at-scale" / "config")}
    server = env.get("DATABASE_URL")
    with scratch_database(server) if server else nullcontext(None) as url:
        if url:
            own["DATABASE_URL"] = url
        child = subprocess.run([sys.executable, "-m", "bench.at_scale", db], env=own,
                               capture_output=True, text=True, check=False)
    if child.returncode:
        raise RuntimeError(f"bench.at_scale failed: {child.stderr[-3000:]}")
    return [Row(**row) for row in json.loads(child.stdout.strip().splitlines()[-1])]


def _labelled(row: Row, db: str) -> Row:
    return Row(row.name + db, row.measured, row.baseline, row.ratio, row.target, row.met)


def main(work: Path, names: list[str]) -> None:
    env, owner = prepare(work)
    rows: list[Row] = []
    for name in names:
        try:
            rows += rows_for(name, work, env, owner)
        except Unavailable as missing:
            rows.append(unavailable(name, "—", str(missing)))
        _close_connections()
        print(f"done: {name}", file=sys.stderr, flush=True)
    print(json.dumps([asdict(row) for row in rows]))


def stop_cleanly(signum: int, frame: object) -> None:
    """SIGTERM runs the clean-ups (gunicorn, the throw-away PostgreSQL cluster) like Ctrl-C does."""
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, stop_cleanly)
    main(Path(sys.argv[1]), sys.argv[2:])
