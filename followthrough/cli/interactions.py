"""`followthrough log`: record what happened between you."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option, person_argument, resolve_when, when_option
from followthrough.cli.terminal import console, escape, print_json
from followthrough.domain.kinds import InteractionKind


@click.command()
@person_argument
@click.option("--kind", required=True, type=click.Choice([k.value for k in InteractionKind]))
@when_option
@click.option("--note", default="", help="What you talked about.")
@json_option
@pass_app
def log(app: App, person_ref: str, kind: str, when: str | None, note: str, as_json: bool) -> None:
    """Log an interaction; it completes the open steps it satisfies.

    \b
    Example:
      followthrough log "Jane Doe" --kind call --note "intro to Priya agreed"
      followthrough log 12 --kind face-to-face --when "yesterday 1pm" --note "lunch"
    """
    from followthrough.cli import shapes
    from followthrough.selectors.people import find_person
    from followthrough.services.interactions import log_interaction

    now = app.now()
    person = find_person(app.owner, person_ref)
    logged = log_interaction(
        owner=app.owner, person=person, kind=kind, at=resolve_when(app, when, now), note=note,
        now=now, prefs=app.prefs,
    )
    if as_json:
        print_json({**shapes.interaction_shape(logged.interaction),
                    "completed_steps": [shapes.step_shape(s, now) for s in logged.completed],
                    "notes": logged.notes})
        return
    console.print(f"[green]✓[/] Logged {kind} with {escape(person.full_name)}.")
    for step in logged.completed:
        console.print(f"  [green]✓[/] completes step {step.pk}: {escape(step.title)}")
    for message in logged.notes:
        console.print(f"  {escape(message[0].upper() + message[1:])}.")
