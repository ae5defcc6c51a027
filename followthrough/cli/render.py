"""Rich renderings shared by several commands: a plan of steps, drafts, a person's card."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from rich.panel import Panel
from rich.table import Table

from followthrough.cli.terminal import console, escape, warn
from followthrough.domain.drafts import Draft
from followthrough.domain.relative import relative
from followthrough.models import Step


def local(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%a %d %b %Y %H:%M")


def steps_table(steps: Iterable[Step], now: datetime, zone: ZoneInfo, title: str = "",
                closed: bool = False) -> Table:
    """The steps by due time; with `closed`, also when each was closed and why it was skipped."""
    table = Table(title=title or None, title_justify="left", show_edge=False)
    table.add_column("id", justify="right", style="dim")
    table.add_column("step")
    table.add_column("due")
    table.add_column("when")
    if closed:
        table.add_column("closed")
    for step in steps:
        late = step.is_open and step.due_at < now
        when = relative(step.due_at, now) if step.is_open else step.state
        row = [str(step.pk), escape(step.title), local(step.due_at, zone),
               f"[red]{when}[/]" if late else when]
        if closed:
            row.append(_closed(step, zone))
        table.add_row(*row)
    return table


def _closed(step: Step, zone: ZoneInfo) -> str:
    if step.closed_at is None:
        return ""
    said = step.closed_at.astimezone(zone).strftime("%d %b %Y")
    return f"{said}: {escape(step.skip_reason)}" if step.skip_reason else said


def show_draft(label: str, draft: Draft) -> None:
    text = (f"Subject: {draft.subject}\n\n" if draft.subject else "") + draft.body
    console.print(Panel(escape(text), title=label, title_align="left", expand=False))
    for message in draft.warnings:
        warn(message)


def show_drafts(drafts: Iterable[tuple[str, Draft]]) -> None:
    """Several drafts, then each warning once (the unsigned-drafts one is every draft's)."""
    warnings: dict[str, None] = {}
    for label, draft in drafts:
        show_draft(label, Draft(draft.body, draft.subject))
        warnings.update(dict.fromkeys(draft.warnings))
    for message in warnings:
        warn(message)
