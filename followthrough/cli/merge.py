"""`followthrough merge A B`: two records of one person become one (A stays, B is absorbed)."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, print_json


@click.command()
@click.argument("keep_ref", metavar="A")
@click.argument("absorb_ref", metavar="B")
@json_option
@pass_app
def merge(app: App, keep_ref: str, absorb_ref: str, as_json: bool) -> None:
    """Merge person B into person A: A keeps its fields and takes B's where A has none.

    B's e-mails, phones, URLs, meetings, steps, interactions and offers move to A, and B is
    deleted (softly). `followthrough import` suggests these commands for likely duplicates.

    \b
    Example:
      followthrough merge 6 8
      followthrough merge "Hiroshi Tanabe" h.tanabe@example.com
    """
    from followthrough.selectors.people import find_person
    from followthrough.services.merging import merge_people

    keep, absorb = find_person(app.owner, keep_ref), find_person(app.owner, absorb_ref)
    result = merge_people(owner=app.owner, keep=keep, absorb=absorb, now=app.now(),
                          zone=app.prefs.zone)
    if as_json:
        print_json({
            "person": {"id": result.person.pk, "name": result.person.full_name},
            "absorbed": {"id": result.absorbed.pk, "name": result.absorbed.full_name},
            "filled": result.filled, "moved": result.moved,
            "conflicts": [{"field": c.field, "kept": c.kept, "offered": c.offered}
                          for c in result.conflicts],
        })
        return
    console.print(f"[green]✓[/] Merged {escape(result.absorbed.full_name)} (id "
                  f"{result.absorbed.pk}) into {escape(result.person.full_name)} (id "
                  f"{result.person.pk}).")
    moved = ", ".join(f"{count} {label}" for label, count in result.moved.items() if count)
    if moved:
        console.print(f"  moved: {moved}")
    if result.filled:
        console.print(f"  filled from B: {', '.join(result.filled)}")
    for conflict in result.conflicts:
        console.print(f"  [yellow]kept[/] {conflict.field} {escape(conflict.kept)!r}, not "
                      f"{escape(conflict.offered)!r}")
