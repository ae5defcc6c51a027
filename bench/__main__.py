"""`make bench`: generate data, measure, print every figure as a ratio to a same-run baseline.

Usage: python -m bench [NAME ...]   (names: today; default all)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime

from rich.console import Console
from rich.table import Table

from bench.results import Row


def prepare_personal(data_dir: str) -> dict[str, str]:
    """A data directory holding the personal data set; returns the environment that uses it."""
    env = {**os.environ, "FOLLOWTHROUGH_DATA_DIR": data_dir,
           "FOLLOWTHROUGH_CONFIG_DIR": os.path.join(data_dir, "config"),
           "DJANGO_SETTINGS_MODULE": "followthrough.settings"}
    os.environ.update(env)
    from followthrough.bootstrap import ensure_database, local_owner, setup_django

    setup_django()
    ensure_database()
    from bench import datasets

    datasets.personal(local_owner(), datetime.now(UTC))
    from django.db import connections

    connections.close_all()
    return env


def main(names: list[str]) -> None:
    console = Console()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="followthrough-bench-") as data_dir:
        with console.status("Generating the personal data set (30,000 people)…"):
            env = prepare_personal(data_dir)
        if not names or "today" in names:
            from bench import cli_today

            with console.status("Timing `followthrough today`…"):
                rows += cli_today.run(env)
    table = Table(title=f"Followthrough benchmarks ({datetime.now(UTC):%Y-%m-%d}, "
                        f"{os.cpu_count()} cores)")
    for column in ("what", "measured", "baseline", "ratio", "target", "met"):
        table.add_column(column)
    for row in rows:
        table.add_row(row.name, row.measured, row.baseline,
                      f"{row.ratio:.2f}" if row.ratio is not None else "—", row.target,
                      "[green]yes[/]" if row.met else "[red]no[/]")
    console.print(table)


if __name__ == "__main__":
    main(sys.argv[1:])
