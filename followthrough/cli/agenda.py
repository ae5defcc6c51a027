"""`followthrough today`: what to do now, most urgent first."""

from __future__ import annotations

import click
from rich.table import Table

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, print_json


@click.command()
@json_option
@pass_app
def today(app: App, as_json: bool) -> None:
    """Show overdue steps, steps due today and this week, and people at risk of lapsing.

    \b
    Example:
      followthrough today
      followthrough today --json | jq '.overdue[].id'
    """
    from followthrough.selectors.agenda import agenda_for

    now = app.now()
    agenda = agenda_for(app.owner, now=now, zone=app.prefs.zone, playbook=app.prefs.playbook)
    if as_json:
        from followthrough.cli import shapes

        def items(section: list) -> list:  # type: ignore[type-arg]
            return [shapes.step_shape(i.step, now, i.give_note) for i in section]

        print_json({
            "now": shapes.iso(now),
            "overdue": items(agenda.overdue),
            "today": items(agenda.today),
            "this_week": items(agenda.this_week),
            "at_risk": [shapes.person_summary(p, now) for p in agenda.at_risk],
        })
        return
    if agenda.is_empty:
        console.print("Nothing due. Met someone? [bold]followthrough met \"Their Name\" "
                      "--at \"where\" --why \"why\"[/]")
        return
    from followthrough.domain.relative import relative

    sections = (("Overdue", agenda.overdue, "red"), ("Due today", agenda.today, "yellow"),
                ("Next 7 days", agenda.this_week, "cyan"))
    for title, section, colour in sections:
        if not section:
            continue
        table = Table(title=f"[bold {colour}]{title}[/]", title_justify="left", show_edge=False)
        for column in ("id", "person", "step", "when"):
            table.add_column(column, justify="right" if column == "id" else "left")
        for item in section:
            step = item.step
            detail = escape(step.title)
            if item.give_note:
                detail += f"\n[dim]give: {escape(item.give_note)}[/]"
            for message in item.warnings:
                detail += f"\n[yellow]⚠ {escape(message)}[/]"
            table.add_row(str(step.pk), escape(step.person.full_name), detail,
                          relative(step.due_at, now))
        console.print(table)
        console.print()
    if agenda.at_risk:
        table = Table(title="[bold magenta]At risk of lapsing[/]", title_justify="left",
                      show_edge=False)
        for column in ("id", "person", "meet face to face"):
            table.add_column(column)
        for person in agenda.at_risk:
            assert person.face_to_face_due is not None
            table.add_row(str(person.pk), escape(person.full_name),
                          relative(person.face_to_face_due, now))
        console.print(table)
