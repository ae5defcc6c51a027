"""A 30,000-person JSON backup restored, against the LinkedIn CSV import of as many people.

The personal data set (30,000 people with their meetings, steps and interactions) is exported
with `followthrough export --format json`; the backup is then restored with
`followthrough import`, and a 30,000-row Connections.csv imported, each as its own process into
an empty account (a fresh data directory on SQLite, a new user on PostgreSQL), two rounds
alternating, the best of each kept.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.import_rows import fresh_env, run_import, write_linkedin
from bench.results import Row

PEOPLE = 30_000
ROUNDS = 2


def run(work: Path, env: dict[str, str], label: str) -> Row:
    backup = work / "personal-backup.json"
    subprocess.run([sys.executable, "-m", "followthrough", "export", "--format", "json",
                    "--out", str(backup)], env=env, check=True, capture_output=True)
    people = len(json.loads(backup.read_bytes())["people"])
    connections = write_linkedin(work / "Connections-restore-row.csv", PEOPLE)
    restored, imported = float("inf"), float("inf")
    for n in range(ROUNDS):
        restored = min(restored, run_import(backup, _empty(work, env, f"restore-{n}"),
                                            "json").seconds)
        imported = min(imported, run_import(connections, _empty(work, env, f"linkedin-{n}"),
                                            "linkedin").seconds)
    ratio = restored / imported
    return Row(f"JSON backup of {people:,} people (with their history) restored into empty"
               f"{label}", f"{restored:.2f} s ({backup.stat().st_size / 1e6:.0f} MB)",
               f"LinkedIn CSV, {PEOPLE:,} rows: {imported:.2f} s", ratio,
               "< 30 s; ≤ 3 × the LinkedIn CSV import", restored < 30 and ratio <= 3)


def _empty(work: Path, env: dict[str, str], name: str) -> dict[str, str]:
    """An empty account: its own data directory, and on PostgreSQL its own user."""
    return {**fresh_env(work / name, env), "FOLLOWTHROUGH_USER": f"bench-{name}"}
