"""`followthrough evidence`: suggestions to confirm or dismiss, and the live sources."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import console, escape, print_json


@click.group()
def evidence() -> None:
    """Evidence of what you did: suggestions matched by name alone wait here for you to say
    whether it is them; `sync` reads your live mail and calendar now.

    \b
    Example:
      followthrough evidence suggestions
      followthrough evidence confirm 12
      followthrough evidence sync --dry-run
    """


@evidence.command()
@json_option
@pass_app
def suggestions(app: App, as_json: bool) -> None:
    """List evidence matched by name alone, oldest first.

    \b
    Example:
      followthrough evidence suggestions --json | jq '.[].id'
    """
    from followthrough.cli.shapes import iso
    from followthrough.selectors.evidence import suggestions_for

    found = suggestions_for(app.owner)
    if as_json:
        print_json([{"id": s.pk, "person": {"id": s.person_id, "name": s.person.full_name},
                     "kind": s.kind, "at": iso(s.at), "summary": s.summary,
                     "address": s.address, "source": s.source} for s in found])
        return
    if not found:
        console.print("No suggestions waiting.")
    for s in found:
        local = s.at.astimezone(app.prefs.zone)
        console.print(f"{s.pk}: {escape(s.person.full_name)}? {s.kind} {local:%Y-%m-%d %H:%M} "
                      f"{escape(s.summary)} ({escape(s.address or 'name only')})")


@evidence.command()
@click.argument("suggestion_id", type=int)
@pass_app
def confirm(app: App, suggestion_id: int) -> None:
    """It is them: log it, complete what it satisfies, and add the address to them.

    \b
    Example:
      followthrough evidence confirm 12
    """
    from followthrough.services.evidence_suggestions import confirm_suggestion

    report = confirm_suggestion(owner=app.owner, evidence_id=suggestion_id, prefs=app.prefs,
                                now=app.now())
    for item in report.logged:
        console.print(f"[green]✓[/] Logged {item.kind} with {escape(item.person)}: "
                      f"{escape(item.summary)}")
    for step in report.completed:
        console.print(f"  [green]✓[/] completes step {step.step_id}: {escape(step.title)}")
    if not report.logged:
        console.print("[green]✓[/] Confirmed: it is still to come, and shows on their page.")


@evidence.command()
@click.argument("suggestion_id", type=int)
@pass_app
def dismiss(app: App, suggestion_id: int) -> None:
    """Not them: forget the suggestion (it stays forgotten when imported again).

    \b
    Example:
      followthrough evidence dismiss 13
    """
    from followthrough.services.evidence_suggestions import dismiss_suggestion

    dismiss_suggestion(owner=app.owner, evidence_id=suggestion_id, now=app.now())
    console.print("[green]✓[/] Dismissed.")


@evidence.command()
@click.option("--dry-run", is_flag=True, help="Report what would happen; write nothing.")
@json_option
@pass_app
def sync(app: App, dry_run: bool, as_json: bool) -> None:
    """Read your mail (IMAP_HOST...) and calendar (CALDAV_URL...) now, as the worker does
    every 15 minutes: new mail and events complete the steps they satisfy.

    \b
    Example:
      followthrough evidence sync --dry-run
    """
    from followthrough.cli.evidence_report import evidence_shape, show_evidence
    from followthrough.cli.terminal import UserError
    from followthrough.reminders.evidence_chore import read_sources

    result = read_sources(owner=app.owner, prefs=app.prefs, now=app.now(), dry_run=dry_run)
    if as_json:
        print_json({"sources": result.read, "failed": result.failed,
                    "evidence": evidence_shape(result.report)})
    else:
        if not (result.read or result.failed):
            console.print("No live source set up: set IMAP_HOST (and IMAP_USERNAME, "
                          "IMAP_PASSWORD) or CALDAV_URL (docs/configuration.md).")
        for line in result.read:
            console.print(escape(line))
        if result.read:
            show_evidence(result.report, app.prefs.zone)
    if result.failed:
        raise UserError("; ".join(result.failed))
