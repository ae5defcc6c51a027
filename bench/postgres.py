"""A throw-away PostgreSQL cluster for `make bench` when DATABASE_URL is not set.

initdb in a temporary folder, listening on a free port on 127.0.0.1 only, removed afterwards.
As root, the cluster runs as the `postgres` system user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.servers import Unavailable, free_port

USER = "followthrough"
_SCRATCH_NUMBERS = itertools.count()


def _binaries() -> Path:
    found = shutil.which("initdb")
    if found and Path(found).resolve().parent.joinpath("pg_ctl").exists():
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not candidates:
        raise Unavailable("PostgreSQL is not installed: `sudo apt-get install postgresql` "
                          "or set DATABASE_URL")
    return Path(candidates[-1]).parent


def _as_cluster_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A new database on the server `server_url` names, dropped afterwards: never its data."""
    name = f"followthrough_bench_{os.getpid()}_{next(_SCRATCH_NUMBERS)}"
    _run(server_url, f'CREATE DATABASE "{name}"')
    try:
        yield server_url.rsplit("/", 1)[0] + "/" + name
    finally:
        _run(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(url: str, statement: str) -> None:
    """One statement outside a transaction (CREATE DATABASE refuses to run inside one)."""
    import psycopg2

    connection = psycopg2.connect(url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


@contextmanager
def database_url() -> Iterator[str]:
    """DATABASE_URL if set; otherwise a fresh local cluster's URL for as long as the block runs."""
    if os.environ.get("DATABASE_URL"):
        with scratch_database(os.environ["DATABASE_URL"]) as url:
            yield url
        return
    binaries = _binaries()
    folder = tempfile.mkdtemp(prefix="followthrough-bench-pg-")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = os.path.join(folder, "data"), free_port()
    run = _as_cluster_user
    subprocess.run(run([str(binaries / "initdb"), "-D", data, "-U", USER, "--auth=trust",
                        "-E", "UTF8", "--no-sync"]), check=True, capture_output=True)
    # Benchmark cluster: durability off, so figures measure the queries, not this disk's fsync.
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    subprocess.run(run([str(binaries / "pg_ctl"), "-D", data, "-o", options, "-w", "-l",
                        os.path.join(folder, "log"), "start"]), check=True, capture_output=True)
    try:
        subprocess.run(run([str(binaries / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                            "-U", USER, "followthrough"]), check=True, capture_output=True)
        yield f"postgres://{USER}@127.0.0.1:{port}/followthrough"
    finally:
        subprocess.run(run([str(binaries / "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"]),
                       capture_output=True)
        time.sleep(0.2)
        shutil.rmtree(folder, ignore_errors=True)
