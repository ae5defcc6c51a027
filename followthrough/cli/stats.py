"""`followthrough stats`: relationships, not connections, and how well you keep the habits."""

from __future__ import annotations

import click
from rich.table import Table

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, print_json


@click.command()
@json_option
@pass_app
def stats(app: App, as_json: bool) -> None:
    """Count relationships against connections, and how well you keep the habits.

    \b
    Example:
      followthrough stats
      followthrough stats --json
    """
    from followthrough.selectors.habits import habit_stats_for

    figures = habit_stats_for(app.owner, now=app.now(), playbook=app.prefs.playbook)
    window = app.prefs.playbook.first_window
    rows = [
        ("people", figures.people, "everyone you have recorded"),
        ("connections_only", figures.connections_only,
         "never met face to face since you first met (or not met at all)"),
        ("relationships", figures.relationships,
         "met face to face again within their cadence"),
        ("lapsed", figures.statuses["lapsed"], "face-to-face deadline passed without a meeting"),
        ("first_window_on_time", figures.first_window,
         f"meetings whose {window} steps were all done within {window}"),
        ("calls_on_time", figures.calls, "30-day calls made by their due date"),
        ("face_to_face_on_time", figures.face_to_face,
         "face-to-face meetings held by their deadline"),
        ("offers_made", figures.offers_made, "things you offered to give"),
        ("offers_delivered", figures.offers_delivered, "offers you gave"),
    ]
    if as_json:
        from followthrough.domain.habits import Share

        def value(v: object) -> object:
            return {"hits": v.hits, "total": v.total, "ratio": v.ratio} if isinstance(
                v, Share) else v

        print_json({name: value(v) for name, v, _ in rows})
        return
    table = Table(show_edge=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("what it counts", style="dim")
    for name, v, explanation in rows:
        table.add_row(name.replace("_", " "), str(v), explanation)
    console.print(table)
    gap = figures.people - figures.relationships
    bar_width = 40
    if figures.people:
        filled = round(bar_width * figures.relationships / figures.people)
        console.print(f"\nRelationships [green]{'█' * filled}[/][dim]{'░' * (bar_width - filled)}"
                      f"[/] {figures.relationships} of {figures.people} (gap: {gap})")
