"""`backup` and `restore`: a consistent copy of everything, and putting one back."""

from __future__ import annotations

from pathlib import Path

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.terminal import UserError, console, escape


@click.command()
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Where to write it (default: backups/ in the data folder).")
@pass_app
def backup(app: App, out: Path | None) -> None:
    """Write a consistent copy of the database, even while the app runs.

    \b
    Example:
      followthrough backup
      followthrough backup --out ~/Dropbox/followthrough.sqlite3
    """
    from followthrough.services.backup import backup_database, default_backup_path

    now = app.now()
    record = backup_database(out=out or default_backup_path(now), now=now)
    size = record.path.stat().st_size
    console.print(f"[green]✓[/] Backed up to {escape(str(record.path))} ({size:,} bytes).")


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask first (for scripts).")
@pass_app
def restore(app: App, path: Path, yes: bool) -> None:
    """Replace the database with a backup (the current one is kept as a backup first).

    \b
    Example:
      followthrough restore ~/.local/share/followthrough/backups/followthrough-20261124-2100.sqlite3
    """
    from followthrough.services.backup import check_sqlite_backup, restore_database

    check_sqlite_backup(path)
    if not yes and not click.confirm(
        f"Replace everything in Followthrough with {path}?", default=False
    ):
        raise UserError("nothing restored")
    safety = restore_database(source=path, now=app.now())
    console.print(f"[green]✓[/] Restored {escape(str(path))}. What it replaced is kept in "
                  f"{escape(str(safety.path))}.")
