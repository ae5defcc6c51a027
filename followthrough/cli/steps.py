"""`done`, `skip` and `reopen`: closing the loop on a step, and opening it again."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.terminal import console, escape


@click.command()
@click.argument("step_id", type=int)
@pass_app
def done(app: App, step_id: int) -> None:
    """Mark a step done (ids are in `followthrough today`).

    \b
    Example:
      followthrough done 42
    """
    from followthrough.services.steps import complete_step

    step = complete_step(owner=app.owner, step_id=step_id, now=app.now(), prefs=app.prefs)
    console.print(f"[green]✓[/] Done: {escape(step.title)} ({escape(step.person.full_name)}).")


@click.command()
@click.argument("step_id", type=int)
@click.option("--reason", required=True, help="Why you are skipping it.")
@pass_app
def skip(app: App, step_id: int, reason: str) -> None:
    """Skip a step, saying why.

    \b
    Example:
      followthrough skip 43 --reason "not on LinkedIn"
    """
    from followthrough.services.steps import skip_step

    step = skip_step(owner=app.owner, step_id=step_id, reason=reason, now=app.now())
    console.print(f"[green]✓[/] Skipped: {escape(step.title)} ({escape(step.person.full_name)}).")


@click.command()
@click.argument("step_id", type=int)
@pass_app
def reopen(app: App, step_id: int) -> None:
    """Open a done or skipped step again (ids are in `followthrough show PERSON`).

    Reopening a face-to-face step puts its deadline back as it was.

    \b
    Example:
      followthrough reopen 42
    """
    from followthrough.cli.render import local
    from followthrough.services.steps import reopen_step

    step = reopen_step(owner=app.owner, step_id=step_id, now=app.now(), prefs=app.prefs)
    console.print(f"[green]✓[/] Open again: {escape(step.title)} "
                  f"({escape(step.person.full_name)}), due {local(step.due_at, app.prefs.zone)}.")
