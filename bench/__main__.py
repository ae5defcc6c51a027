"""`make bench`: generate data, measure, print every figure as a ratio to a same-run baseline.

Usage: python -m bench [NAME ...]     QUICK=1 shortens every run for a smoke test.
Names: today web imports mail feed audit cards team soak workers explain (default: all). SQLite runs
every name but soak and workers; PostgreSQL (DATABASE_URL, or a throw-away local cluster) runs today,
web, soak, workers, team and explain. BENCH_EXPLAIN=FILE keeps the query plans (FILE-sqlite.txt,
FILE-postgresql.txt); BENCH_MARKDOWN=FILE writes the table as Markdown.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.missing import unavailable
from bench.results import Row
from bench.servers import WRK_MISSING, Unavailable

SQLITE_NAMES = ["today", "web", "imports", "mail", "feed", "audit", "cards", "team", "explain"]
POSTGRES_NAMES = ["today", "web", "soak", "workers", "team", "explain"]
ROOT = Path(__file__).resolve().parent.parent


def run_section(work: Path, names: list[str], env: dict[str, str], console: Console) -> list[Row]:
    """One database's rows, measured in a child process (Django configures one database)."""
    if not names:
        return []
    command = [sys.executable, "-m", "bench.section", str(work), *names]
    child = subprocess.Popen(command, env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stderr is not None
    try:
        for line in child.stderr:
            if line.startswith("done: "):
                console.log(f"measured {line[6:].strip()}")
            else:
                console.print(line.rstrip(), style="dim", markup=False, highlight=False)
        output = child.stdout.read() if child.stdout else ""
    finally:
        if child.poll() is None:  # interrupted: the section stops its servers on SIGTERM
            child.terminate()
    if child.wait() != 0 or not output.strip():
        return [Row(f"{' '.join(names)} section", "failed: see the log above", "—", None, "—",
                    False)]
    return [Row(**row) for row in json.loads(output.strip().splitlines()[-1])]


def chosen(names: list[str], available: list[str]) -> list[str]:
    return [n for n in available if not names or n in names]


def postgres_rows(work: Path, names: list[str], console: Console) -> list[Row]:
    from bench.postgres import database_url

    if not chosen(names, POSTGRES_NAMES):
        return []
    try:
        with database_url() as url:
            console.log("PostgreSQL at " + url.rsplit("@", 1)[-1])
            env = {**os.environ, "DATABASE_URL": url}
            return run_section(work / "postgresql", chosen(names, POSTGRES_NAMES), env, console)
    except Unavailable as missing:
        return [unavailable("PostgreSQL rows", "—", str(missing))]


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, " \
           f"Python {platform.python_version()}, {platform.system()} {platform.release()}"


def shown_ratio(ratio: float | None) -> str:
    """Three significant figures: 0.0012 must not print as 0.00."""
    return "—" if ratio is None else f"{ratio:.3g}"


def print_table(console: Console, rows: list[Row]) -> None:
    table = Table(title=f"Followthrough benchmarks ({datetime.now(UTC):%Y-%m-%d}; {machine()})")
    for column in ("what", "measured", "baseline", "ratio", "target", "met"):
        table.add_column(column)
    for row in rows:
        table.add_row(row.name, row.measured, row.baseline,
                      shown_ratio(row.ratio), row.target,
                      "[green]yes[/]" if row.met else "[red]no[/]")
    console.print(table)
    if os.environ.get("BENCH_MARKDOWN"):
        Path(os.environ["BENCH_MARKDOWN"]).write_text(markdown(rows))


def markdown(rows: list[Row]) -> str:
    lines = [f"Measured {datetime.now(UTC):%Y-%m-%d} on {machine()}.", "",
             "| what | measured | baseline | ratio | target | met |", "|---|---|---|---|---|---|"]
    for row in rows:
        ratio = shown_ratio(row.ratio)
        lines.append(f"| {row.name} | {row.measured} | {row.baseline} | {ratio} | {row.target} "
                     f"| {'yes' if row.met else '**no**'} |")
    return "\n".join(lines) + "\n"


def main(names: list[str]) -> None:
    # A pipe or a log file gets the full table, not 80 wrapped columns.
    console = Console(width=None if sys.stdout.isatty() else 200)
    import shutil

    if shutil.which("wrk") is None:
        console.print(f"[yellow]{WRK_MISSING}; the web rows will say so.[/]")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="followthrough-bench-") as folder:
        work = Path(folder)
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        console.log("SQLite: generating the personal data set (30,000 people) and measuring")
        rows += run_section(work / "sqlite", chosen(names, SQLITE_NAMES), env, console)
        rows += postgres_rows(work, names, console)
    print_table(console, rows)


def stop_cleanly(signum: int, frame: object) -> None:
    """SIGTERM runs the clean-ups (gunicorn, the throw-away PostgreSQL cluster) like Ctrl-C does."""
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, stop_cleanly)
    main(sys.argv[1:])
