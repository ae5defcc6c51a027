"""`followthrough import PATH...`: contacts (vCard, LinkedIn/Google/Outlook CSV, a backup) and
evidence of what you did (LinkedIn invitations and messages, an mbox, an .ics calendar)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from zoneinfo import ZoneInfo

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option
from followthrough.cli.terminal import UserError, console, err_console, escape, print_json

if TYPE_CHECKING:
    from followthrough.services.evidence_files import Progress
    from followthrough.services.import_run import ImportOutcome
    from followthrough.services.imports import ImportReport

PROGRESS_FROM_BYTES = 1_000_000  # smaller files are read before a bar would show
SHOWN = 20  # conflicts and suggestions listed in full; the rest are counted


@click.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=True, path_type=Path))
@click.option("--format", "chosen", default="auto", show_default=True,
              type=click.Choice(["auto", "vcard", "linkedin", "google", "outlook", "json",
                                 "invitations", "messages", "mbox", "ics"]),
              help="What the files are; auto reads it from their content.")
@click.option("--dry-run", is_flag=True, help="Report what would happen; write nothing.")
@click.option("--yes", is_flag=True, help="Save a card photo's fields without asking.")
@json_option
@pass_app
def import_(app: App, files: tuple[Path, ...], chosen: str, dry_run: bool, yes: bool,
            as_json: bool) -> None:
    """Import contacts, and evidence that completes your steps by itself.

    Contacts: same e-mail, phone or LinkedIn URL updates the person, never twins them. Reads
    vCard 2.1/3.0/4.0 (Apple, Google, Outlook, Android), LinkedIn's Connections.csv, Google and
    Outlook contacts CSV, a `followthrough export --format json` backup, and a photo of a
    business card (its vCard or MECARD QR code, else its text, read on this machine). A card
    photo's fields are shown first; at a terminal you say yes, edit or no; --yes saves without
    asking; the photo is kept on the person.

    Evidence (never creates people): LinkedIn's Invitations.csv and messages.csv, an mbox
    (Google Takeout, Thunderbird), an .ics calendar. A request, mail or meeting with someone
    you know is logged and completes the steps it satisfies; a match by name alone is only
    suggested. A folder or a .zip of an export is read whole. Importing the same evidence
    again changes nothing. All files are one transaction: an error anywhere imports nothing
    and names the file, line or card, and field.

    \b
    Example:
      followthrough import contacts.vcf Connections.csv --dry-run
      followthrough import Basic_LinkedInDataExport.zip
      followthrough import "All mail Including Spam and Trash.mbox" calendar.ics
      followthrough import followthrough-backup.json
      followthrough import card.jpg --dry-run
    """
    from followthrough.formats.records import FormatError
    from followthrough.services.import_folders import found_files
    from followthrough.services.import_run import import_files

    try:
        with found_files(files, chosen) as found:
            kinds = {f.kind for f in found.files}
            if "photo" in kinds:
                _card_photos(app, tuple(f.path for f in found.files), kinds, dry_run, yes, as_json)
                return
            if "json" in kinds:
                _restore(app, files, dry_run, as_json)
                return
            if not found.files:
                raise UserError("nothing to import: " + "; ".join(found.passed_over[:3]))
            with _progress() as progress:
                outcome = import_files(
                    owner=app.owner, files=found.files, prefs=app.prefs, now=app.now(),
                    dry_run=dry_run, opener=_opener(tuple(f.path for f in found.files)),
                    progress=progress)
            outcome.passed_over = found.passed_over
    except FormatError as error:
        raise UserError(f"{error} (nothing was imported)") from None
    if as_json:
        print_json(outcome_shape(outcome, dry_run))
    else:
        show_outcome(outcome, app.prefs.zone)


def _card_photos(app: App, files: tuple[Path, ...], kinds: set[str], dry_run: bool,
                 yes: bool, as_json: bool) -> None:
    from followthrough.cli.card_import import import_card_photos

    if kinds != {"photo"}:
        raise UserError("import card photos on their own, not together with contacts files: "
                        "each card is shown before it is saved")
    import_card_photos(app, files, dry_run, yes, as_json)


def _opener(files: tuple[Path, ...]):
    """Open files plainly, or with a progress bar on stderr for large files at a terminal."""
    show_bar = err_console.is_terminal and sum(f.stat().st_size for f in files) > PROGRESS_FROM_BYTES

    @contextmanager
    def opener(path: Path) -> Iterator[BinaryIO]:
        if not show_bar:
            with path.open("rb") as stream:
                yield stream
            return
        import rich.progress

        with rich.progress.open(path, "rb", description=path.name, console=err_console,
                                transient=True) as stream:
            yield stream

    return opener


@contextmanager
def _progress() -> Iterator[Progress | None]:
    """A Rich bar on stderr for long evidence (an mbox) when stderr is a terminal."""
    if not err_console.is_terminal:
        yield None
        return
    from followthrough.cli.progress import RichProgress

    with RichProgress(err_console) as progress:
        yield progress


def _restore(app: App, files: tuple[Path, ...], dry_run: bool, as_json: bool) -> None:
    from followthrough.services.backup_json import restore_backup

    if len(files) != 1:
        raise UserError("import a JSON backup on its own, not together with other files")
    report = restore_backup(owner=app.owner, path=files[0], prefs=app.prefs, now=app.now(),
                            dry_run=dry_run)
    if as_json:
        print_json(_report_shape(report.people) | {"restored": report.restored})
        return
    show_report(report.people)
    for line in report.notes:
        console.print(escape(line))


def outcome_shape(outcome: ImportOutcome, dry_run: bool) -> dict[str, object]:
    from followthrough.cli.evidence_report import evidence_shape
    from followthrough.services.imports import ImportReport

    shape = _report_shape(outcome.contacts or ImportReport(dry_run=dry_run))
    shape["evidence"] = evidence_shape(outcome.evidence) if outcome.evidence else None
    shape["passed_over"] = outcome.passed_over
    return shape


def show_outcome(outcome: ImportOutcome, zone: ZoneInfo) -> None:
    from followthrough.cli.evidence_report import show_evidence

    if outcome.contacts is not None:
        show_report(outcome.contacts)
    if outcome.evidence is not None:
        if outcome.contacts is not None:
            console.print()
        show_evidence(outcome.evidence, zone)
    if outcome.passed_over:
        console.print(f"\n[dim]Passed over ({len(outcome.passed_over)}):[/]")
        for line in outcome.passed_over[:SHOWN]:
            console.print(f"  [dim]{escape(line)}[/]")
        _more(len(outcome.passed_over))


def _report_shape(report: ImportReport) -> dict[str, object]:
    return {
        "dry_run": report.dry_run,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "conflicts": [{"person": c.person, "source": c.source, "field": c.conflict.field,
                       "kept": c.conflict.kept, "offered": c.conflict.offered}
                      for c in report.conflicts],
        "suggested_merges": [{"a": {"id": s.a_id, "name": s.a_name},
                              "b": {"id": s.b_id, "name": s.b_name}, "reason": s.reason}
                             for s in report.suggestions],
        "rejected": report.rejected,
    }


def show_report(report: ImportReport) -> None:
    heading = "Dry run, nothing written" if report.dry_run else "Imported"
    console.print(f"[bold]{heading}:[/] {report.created} created, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {len(report.suggestions)} suggested merges, "
                  f"{len(report.rejected)} rejected.")
    if report.conflicts:
        console.print(f"\n[yellow]Conflicts[/] ({len(report.conflicts)}: the person keeps "
                      "what they had):")
        for c in report.conflicts[:SHOWN]:
            console.print(f"  {escape(c.person)}: {c.conflict.field} stays "
                          f"{escape(_short(c.conflict.kept))!r}, {escape(c.source)} says "
                          f"{escape(_short(c.conflict.offered))!r}")
        _more(len(report.conflicts))
    if report.suggestions:
        console.print("\n[cyan]Suggested merges[/] (check, then run the command):")
        for s in report.suggestions[:SHOWN]:
            command = (f"followthrough merge {s.a_id} {s.b_id}" if not report.dry_run
                       else "followthrough merge A B")
            console.print(f"  {escape(s.a_name)} (id {s.a_id}) and {escape(s.b_name)} "
                          f"(id {s.b_id}): {escape(s.reason)}\n    {command}")
        _more(len(report.suggestions))
    if report.rejected:
        console.print("\n[red]Rejected[/]:")
        for line in report.rejected[:SHOWN]:
            console.print(f"  {escape(line)}")
        _more(len(report.rejected))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _more(count: int) -> None:
    if count > SHOWN:
        console.print(f"  … and {count - SHOWN} more (--json lists them all)")
