"""`backup` and `restore`: a consistent copy of everything, and putting one back."""

from __future__ import annotations

from pathlib import Path

import click

from followthrough.cli.context import App, pass_app, wall_clock
from followthrough.cli.terminal import UserError, confirm, console, escape


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
@click.pass_context
def restore(ctx: click.Context, path: Path, yes: bool) -> None:
    """Replace the database with a backup (the current one is kept as a backup first).

    The backup is checked whole first (SQLite's integrity check, and its tables against the
    migrations it records). Works when the current database is broken: nothing reads it first.

    \b
    Example:
      followthrough restore ~/.local/share/followthrough/backups/followthrough-20261124-2100.sqlite3
    """
    from followthrough.bootstrap import setup_django

    setup_django()  # no migration and no owner: the database may be the broken thing
    from followthrough.services.backup import restore_database
    from followthrough.services.restore_check import check_sqlite_backup

    app = ctx.find_root().obj
    now = app.now() if isinstance(app, App) else wall_clock()
    check_sqlite_backup(path)
    if not yes and not confirm(f"Replace everything in Followthrough with {path}?", default=False):
        raise UserError("nothing restored")
    safety = restore_database(source=path, now=now)
    console.print(f"[green]✓[/] Restored {escape(str(path))}. What it replaced is kept in "
                  f"{escape(str(safety.path))}.")
