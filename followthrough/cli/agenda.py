"""`followthrough today`: what to do now, most urgent first."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, print_json, warn

if TYPE_CHECKING:
    from followthrough.selectors.agenda import Agenda, Section

SECTIONS = (("overdue", "Overdue", "red"), ("today", "Due today", "yellow"),
            ("this_week", "Next 7 days", "cyan"))


@click.command()
@click.option("--all", "show_all", is_flag=True, help="List every item, not the 20 most urgent.")
@json_option
@pass_app
def today(app: App, show_all: bool, as_json: bool) -> None:
    """Show overdue steps, steps due today and this week, and people at risk of lapsing.

    \b
    Example:
      followthrough today
      followthrough today --json | jq '.overdue[].id'
    """
    from followthrough.selectors.agenda import agenda_for

    now = app.now()
    agenda = agenda_for(app.owner, now=now, zone=app.prefs.zone, playbook=app.prefs.playbook,
                        limit=None if show_all else 20)
    if as_json:
        _print_json(agenda, now)
        return
    if agenda.is_empty:
        console.print("Nothing due. Met someone? [bold]followthrough met \"Their Name\" "
                      "--at \"where\" --why \"why\"[/]")
    for key, title, colour in SECTIONS:
        section = getattr(agenda, key)
        if section.total:
            _print_section(section, f"[bold {colour}]{title} ({section.total})[/]", now)
    if agenda.at_risk_total:
        _print_at_risk(agenda, now)
    from followthrough.reminders.health import health_warnings

    # Reminders that cannot arrive are worse than none: say so where the person looks.
    for message in health_warnings(app.owner, now):
        warn(message)


def _print_section(section: Section, title: str, now: datetime) -> None:
    from rich.table import Table
    from rich.text import Text

    from followthrough.domain.relative import relative

    table = Table(title=title, title_justify="left", show_edge=False)
    for column in ("id", "person", "step", "when"):
        table.add_column(column, justify="right" if column == "id" else "left")
    # Cells as Text, not markup: nothing to parse or escape, and a name with colons in it
    # (":fire:") is printed as typed rather than turned into an emoji.
    for item in section.items:
        detail = Text(item.step.title)
        if item.give_note:
            detail.append("\n").append(f"give: {item.give_note}", style="dim")
        for message in item.warnings:
            detail.append("\n").append(f"⚠ {message}", style="yellow")
        table.add_row(Text(str(item.step.pk)), Text(item.person.full_name), detail,
                      Text(relative(item.step.due_at, now)))
    console.print(table)
    if section.more:
        console.print(f"[dim]… and {section.more:,} more: followthrough today --all[/]")
    console.print()


def _print_at_risk(agenda: Agenda, now: datetime) -> None:
    from rich.table import Table

    from followthrough.domain.relative import relative

    table = Table(title=f"[bold magenta]At risk of lapsing ({agenda.at_risk_total})[/]",
                  title_justify="left", show_edge=False)
    for column in ("id", "person", "meet face to face"):
        table.add_column(column)
    for person in agenda.at_risk:
        due = person.face_to_face_due
        table.add_row(str(person.pk), escape(person.full_name), relative(due, now) if due else "")
    console.print(table)
    if agenda.at_risk_total > len(agenda.at_risk):
        console.print(f"[dim]… and {agenda.at_risk_total - len(agenda.at_risk):,} more[/]")


def _print_json(agenda: Agenda, now: datetime) -> None:
    from followthrough.cli import shapes

    def items(section: Section) -> list[dict[str, object]]:
        return [shapes.step_shape(i.step, now, i.give_note) for i in section.items]

    print_json({
        "now": shapes.iso(now),
        "overdue": items(agenda.overdue),
        "today": items(agenda.today),
        "this_week": items(agenda.this_week),
        "at_risk": [shapes.person_summary(p, now) for p in agenda.at_risk],
        "totals": {"overdue": agenda.overdue.total, "today": agenda.today.total,
                   "this_week": agenda.this_week.total, "at_risk": agenda.at_risk_total},
    })
