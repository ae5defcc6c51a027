"""`followthrough playbook`: show the active playbook, or write an editable copy."""

from __future__ import annotations

import click
from rich.table import Table

from followthrough.cli.options import json_option
from followthrough.cli.terminal import UserError, console, escape, print_json


@click.group(invoke_without_command=True)
@json_option
@click.pass_context
def playbook(ctx: click.Context, as_json: bool) -> None:
    """Show the steps a meeting starts, and when each is due.

    \b
    Example:
      followthrough playbook          # the active playbook
      followthrough playbook edit     # write playbook.toml to change it
    """
    if ctx.invoked_subcommand is not None:
        return
    from followthrough.preferences import preferences_for

    active = preferences_for().playbook
    if as_json:
        print_json({"source": active.source, "steps": [
            {"kind": s.kind, "title": s.title, "after": str(s.after),
             "completed_by": sorted(s.completed_by), "cadence": s.cadence,
             "give_note": s.needs_give_note, "draft": s.draft or None, "starts": s.starts}
            for s in active.steps]})
        return
    table = Table(title=f"Playbook ({escape(active.source)})", title_justify="left",
                  show_edge=False)
    for column in ("after", "kind", "step", "completed by"):
        table.add_column(column)
    for step in active.steps:
        extra = " [dim](lapses if missed)[/]" if step.cadence else ""
        extra += " [dim](carries what you can give)[/]" if step.needs_give_note else ""
        extra += " [dim](every meeting)[/]" if step.starts == "every-meeting" else ""
        table.add_row(str(step.after), step.kind, escape(step.title) + extra,
                      ", ".join(sorted(step.completed_by)) or "done by hand")
    console.print(table)


@playbook.command()
def edit() -> None:
    """Write the default playbook to playbook.toml in the config folder, to edit it."""
    from followthrough.domain.playbook import DEFAULT_PLAYBOOK_TOML
    from followthrough.preferences import playbook_path

    path = playbook_path()
    if path.exists():
        raise UserError(f"{path} exists already: edit it there")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DEFAULT_PLAYBOOK_TOML, encoding="utf-8")
    console.print(f"Wrote {escape(str(path))}: edit it, then `followthrough playbook` checks it.")
