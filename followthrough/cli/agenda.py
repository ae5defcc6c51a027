"""`followthrough today`: what to do now, most urgent first."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, paged, print_json, warn

if TYPE_CHECKING:
    from rich.console import Console

    from followthrough.models import Person
    from followthrough.selectors.agenda import Agenda, AgendaItem, Section

SECTIONS = (("overdue", "Overdue", "red"), ("today", "Due today", "yellow"),
            ("this_week", "Next 7 days", "cyan"))
AT_RISK_TITLE = "[bold magenta]At risk of lapsing ({total:,})[/]"


@click.command()
@click.option("--all", "show_all", is_flag=True,
              help="List every item, not the 20 most urgent (through your pager at a terminal).")
@json_option
@pass_app
def today(app: App, show_all: bool, as_json: bool) -> None:
    """Show overdue steps, steps due today and this week, and people at risk of lapsing.

    \b
    Example:
      followthrough today
      followthrough today --all
      followthrough today --json | jq '.overdue[].id'
    """
    now = app.now()
    if show_all:
        _everything(app, now, as_json)
    else:
        _most_urgent(app, now, as_json)
    if as_json:
        return
    from followthrough.reminders.health import health_warnings

    # Reminders that cannot arrive are worse than none: say so where the person looks.
    for message in health_warnings(app.owner, now):
        warn(message)


def _most_urgent(app: App, now: datetime, as_json: bool) -> None:
    from followthrough.selectors.agenda import agenda_for

    agenda = agenda_for(app.owner, now=now, zone=app.prefs.zone, playbook=app.prefs.playbook)
    if as_json:
        _print_json(agenda, now)
        return
    if agenda.is_empty:
        _say_nothing_is_due(console)
    for key, title, colour in SECTIONS:
        section: Section = getattr(agenda, key)
        if section.total:
            console.print(f"[bold {colour}]{title} ({section.total:,})[/]")
            console.print(_steps_table(section.items, now))
            if section.more:
                console.print(f"[dim]… and {section.more:,} more: followthrough today --all[/]")
            console.print()
    if agenda.at_risk_total:
        console.print(AT_RISK_TITLE.format(total=agenda.at_risk_total))
        console.print(_people_table(agenda.at_risk, now))
        if agenda.at_risk_total > len(agenda.at_risk):
            console.print(f"[dim]… and {agenda.at_risk_total - len(agenda.at_risk):,} more: "
                          "followthrough today --all[/]")


def _everything(app: App, now: datetime, as_json: bool) -> None:
    """Every item, read and printed a chunk at a time (through the pager at a terminal): memory
    and the wait before the first line stay the same however long the agenda is."""
    from followthrough.selectors.agenda_pages import AT_RISK, agenda_chunks, section_total

    def chunks(section: str) -> Iterator[list[Any]]:
        return agenda_chunks(app.owner, section=section, now=now, zone=app.prefs.zone,
                             playbook=app.prefs.playbook)

    totals = {section: section_total(app.owner, section=section, now=now, zone=app.prefs.zone)
              for section in (*(key for key, _, _ in SECTIONS), AT_RISK)}
    if as_json:
        _stream_json(now, totals, chunks)
        return
    with paged() as out:
        widths = _widths(out.width)  # the same for every chunk: their tables line up as one
        if not any(totals.values()):
            _say_nothing_is_due(out)
        for key, title, colour in SECTIONS:
            if totals[key]:
                out.print(f"[bold {colour}]{title} ({totals[key]:,})[/]")
                for number, items in enumerate(chunks(key)):
                    out.print(_steps_table(items, now, header=number == 0, widths=widths))
                out.print()
        if totals[AT_RISK]:
            out.print(AT_RISK_TITLE.format(total=totals[AT_RISK]))
            for number, people in enumerate(chunks(AT_RISK)):
                out.print(_people_table(people, now, header=number == 0, widths=widths))


def _widths(width: int) -> dict[str, int]:
    """Columns for a terminal `width` wide: the step's text takes what the others leave."""
    person = max(14, (width - 30) // 3)
    return {"id": 7, "when": 14, "person": person, "step": max(16, width - 7 - 14 - person - 9)}


def _say_nothing_is_due(out: Console) -> None:
    out.print("Nothing due. Met someone? [bold]followthrough met \"Their Name\" "
              "--at \"where\" --why \"why\"[/]")


def _steps_table(items: Iterable[AgendaItem], now: datetime, header: bool = True,
                 widths: dict[str, int] | None = None) -> Any:
    from rich.table import Table
    from rich.text import Text

    from followthrough.domain.relative import relative

    table = Table(show_edge=False, show_header=header)
    for column in ("id", "person", "step", "when"):
        table.add_column(column, justify="right" if column == "id" else "left",
                         width=widths[column] if widths else None)
    # Cells as Text, not markup: nothing to parse or escape, and a name with colons in it
    # (":fire:") is printed as typed rather than turned into an emoji.
    for item in items:
        detail = Text(item.step.title)
        if item.give_note:
            detail.append("\n").append(f"give: {item.give_note}", style="dim")
        for message in item.warnings:
            detail.append("\n").append(f"⚠ {message}", style="yellow")
        table.add_row(Text(str(item.step.pk)), Text(item.person.full_name), detail,
                      Text(relative(item.step.due_at, now)))
    return table


def _people_table(people: Iterable[Person], now: datetime, header: bool = True,
                  widths: dict[str, int] | None = None) -> Any:
    from rich.table import Table

    from followthrough.domain.relative import relative

    table = Table(show_edge=False, show_header=header)
    for column, key in (("id", "id"), ("person", "person"), ("meet face to face", "step")):
        table.add_column(column, width=widths[key] if widths else None)
    for person in people:
        due = person.face_to_face_due
        table.add_row(str(person.pk), escape(person.full_name), relative(due, now) if due else "")
    return table


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


def _stream_json(now: datetime, totals: dict[str, int], chunks: Any) -> None:
    """The shape `today --json` prints, every item in it, written as it is read."""
    import json
    import sys

    from followthrough.cli import shapes

    def shaped(section: str) -> Iterator[dict[str, Any]]:
        for chunk in chunks(section):
            for item in chunk:
                yield (shapes.person_summary(item, now) if section == "at_risk"
                       else shapes.step_shape(item.step, now, item.give_note))

    out = sys.stdout
    out.write("{\n" + f'  "now": {json.dumps(shapes.iso(now))},\n')
    for section in ("overdue", "today", "this_week", "at_risk"):
        out.write(f'  "{section}": [')
        written = 0
        for written, shape in enumerate(shaped(section), 1):
            text = json.dumps(shape, indent=2, ensure_ascii=False, default=str)
            out.write(("," if written > 1 else "") + "\n    " + text.replace("\n", "\n    "))
        out.write("\n  ],\n" if written else "],\n")
    out.write('  "totals": ' + json.dumps(totals, indent=2).replace("\n", "\n  ") + "\n}\n")
