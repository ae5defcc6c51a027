"""The evidence part of an import's report, as text and as JSON (docs/cli.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from followthrough.cli.shapes import iso
from followthrough.cli.terminal import console, escape
from followthrough.services.evidence import CompletedStep, EvidenceReport, Happened

SHOWN = 20


def evidence_shape(report: EvidenceReport) -> dict[str, Any]:
    return {
        "dry_run": report.dry_run,
        "read": report.read,
        "you_are": report.identity,
        "steps_completed": [_completed(c) for c in report.completed],
        "interactions_logged": [_happened(h) for h in report.logged],
        "scheduled": [_happened(h) for h in report.scheduled],
        "suggestions": [_happened(h, with_id=not report.dry_run) for h in report.suggestions],
        "skipped": report.skipped,
        "ignored": report.ignored,
        "unmatched": report.unmatched,
        "already_imported": report.already,
    }


def _completed(step: CompletedStep) -> dict[str, Any]:
    return {"person": {"id": step.person_id, "name": step.person},
            "step": {"id": step.step_id, "title": step.title}, "at": iso(step.at),
            "due_at": iso(step.due_at), "late": step.late, "with_note": step.with_note}


def _happened(item: Happened, with_id: bool = False) -> dict[str, Any]:
    shape: dict[str, Any] = {"person": {"id": item.person_id, "name": item.person},
                             "kind": item.kind, "at": iso(item.at), "summary": item.summary,
                             "source": item.source, "incoming": item.incoming}
    if with_id:
        shape = {"id": item.evidence_id, **shape}
    return shape


def show_evidence(report: EvidenceReport, zone: ZoneInfo) -> None:
    heading = "Dry run, nothing written" if report.dry_run else "Evidence"
    console.print(
        f"[bold]{heading}:[/] {report.read:,} items read, {len(report.completed)} steps "
        f"completed, {len(report.logged)} interactions logged, {len(report.scheduled)} "
        f"scheduled, {len(report.suggestions)} suggestions, {len(report.skipped)} skipped "
        f"({report.already:,} imported before or with nothing left to do, "
        f"{report.unmatched:,} about no one you know, "
        f"{report.ignored:,} ignored: cancelled, declined or neither meeting nor call).")
    if report.identity:
        console.print(f"[dim]You are {escape(report.identity)}.[/]")
    _section("[green]Steps completed[/]", [_done_line(c, zone) for c in report.completed])
    _section("Interactions logged", [_line(h, zone) for h in report.logged])
    _section("[cyan]Scheduled[/] (still to come)", [_line(h, zone) for h in report.scheduled])
    _section("[cyan]Suggestions[/] (matched by name alone: confirm if it is them)",
             [_line(h, zone) + ("" if report.dry_run else
                          f"\n    followthrough evidence confirm {h.evidence_id}")
              for h in report.suggestions])
    _section("[red]Skipped[/]", [escape(line) for line in report.skipped])


def _section(title: str, lines: list[str]) -> None:
    if not lines:
        return
    console.print(f"\n{title}:")
    for line in lines[:SHOWN]:
        console.print(f"  {line}")
    if len(lines) > SHOWN:
        console.print(f"  … and {len(lines) - SHOWN} more (--json lists them all)")


def _done_line(step: CompletedStep, zone: ZoneInfo) -> str:
    late = f" [yellow](late: due {_when(step.due_at, zone)})[/]" if step.late else ""
    note = ""
    if step.with_note is False:
        note = " [yellow](the request had no note saying where you met and why)[/]"
    return (f"✓ {escape(step.person)}: {escape(step.title)}, done {_when(step.at, zone)}"
            f"{late}{note}")


def _line(item: Happened, zone: ZoneInfo) -> str:
    way = " (theirs)" if item.incoming else ""
    return (f"{escape(item.person)}: {item.kind}{way} {_when(item.at, zone)}: "
            f"{escape(item.summary)}")


def _when(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M}"
