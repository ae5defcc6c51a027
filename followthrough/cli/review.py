"""`followthrough review`: the week looked back on, and the next one looked at, on one page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import UserError, console, escape, print_json

if TYPE_CHECKING:
    from followthrough.domain.charts import Bar
    from followthrough.selectors.review_sheet import HabitLine, Part


@click.command()
@click.option("--week", default=None, metavar="YYYY-Www",
              help="The ISO week to review, e.g. 2026-W49 (default: this week).")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, metavar="FILE",
              help="Also write the review as one printable, self-contained HTML page.")
@json_option
@pass_app
def review(app: App, week: str | None, html_file: Path | None, as_json: bool) -> None:
    """What slipped, who is due, who is lapsing, which offers are open, relationships gained and
    lost, and the habits against the four weeks before.

    Weeks run Monday to Sunday in your time zone. A week gone by is shown as it stood at its end.

    \b
    Example:
      followthrough review
      followthrough review --week 2026-W49 --html week49.html
      followthrough review --json | jq '.slipped[].title'
    """
    from followthrough.selectors.review import review_for, review_json
    from followthrough.selectors.review_sheet import sheet, standalone_html

    now = app.now()
    looked = review_for(app.owner, now=now, zone=app.prefs.zone, playbook=app.prefs.playbook,
                        week=week)
    if html_file is not None:
        _write(html_file, standalone_html(looked, zone=app.prefs.zone))
    if as_json:
        print_json(review_json(looked))
        return
    page = sheet(looked, zone=app.prefs.zone, cap=None, clip=None)
    console.print(f"[bold]Weekly review: {page.title}[/] ({page.span})", highlight=False)
    if html_file is not None:
        console.print(f"[dim]Written to {escape(str(html_file))}: open it and print it "
                      "(one page).[/]")
    if page.empty:
        console.print(page.empty_line)
        return
    console.print(f"[dim]{page.summary}[/]\n")
    for _, title, part, nothing in page.parts:
        _print_part(title, part, nothing)
    _print_habits(page.habits)


def _write(path: Path, html: str) -> None:
    """Whole or not at all: written beside the target, then renamed over it."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(html, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write the review ({exc.strerror or exc})") from None


def _print_part(title: str, part: Part, nothing: str) -> None:
    from rich.table import Table
    from rich.text import Text

    if not part.lines:
        console.print(f"[bold]{title}[/]: [dim]{nothing}[/]\n")
        return
    table = Table(title=f"[bold]{title} ({part.total})[/]", title_justify="left", show_edge=False)
    for column in ("person", "what", "when"):
        table.add_column(column)
    # Cells as Text, not markup: a name like "[bold]Eve" is printed as typed.
    for line in part.lines:
        what = Text(line.text)
        if line.note:
            what.append("\n").append(f"give: {line.note}", style="dim")
        if line.warning:
            what.append("\n").append(f"⚠ {line.warning}", style="yellow")
        table.add_row(Text(line.person), what,
                      Text(line.when, style="red" if line.late else ""))
    console.print(table)
    console.print()


def _print_habits(habits: list[HabitLine]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="[bold]Habits: steps done on time[/]", title_justify="left",
                  show_edge=False)
    for column in ("habit", "five weeks", "this week", "the four before"):
        table.add_column(column)
    for habit in habits:
        table.add_row(Text(habit.label), Text(_blocks(habit.bars), style="cyan"),
                      habit.this_week, habit.before)
    console.print(table)


def _blocks(bars: list[tuple[Bar, bool]]) -> str:
    """The five weeks as block characters, highest a full block; a week with nothing due '·'."""
    marks = " ▁▂▃▄▅▆▇█"
    return "".join("·" if not bar.text or bar.text == "–" else
                   marks[max(1, round(bar.value * (len(marks) - 1)))] for bar, _ in bars)
