"""`followthrough export`: vCard, Outlook/Google CSV, iCalendar of open steps, JSON backup."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.terminal import UserError, err_console, escape


@click.command()
@click.option("--format", "kind", type=click.Choice(["vcard", "csv", "ics", "json"]),
              default="vcard", show_default=True)
@click.option("--person", "person_ref", default=None, metavar="PERSON",
              help="Only this person (vcard, csv, ics).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output.")
@click.option("--vcard-version", type=click.Choice(["3.0", "4.0"]), default="3.0",
              show_default=True)
@click.option("--csv-dialect", type=click.Choice(["outlook", "google"]), default="outlook",
              show_default=True, help="Whose import headers the CSV uses.")
@click.option("--outlook-folder", type=click.Path(path_type=Path), default=None,
              help="Also write one .vcf per person into this folder, or this .zip "
                   "(Outlook reads only the first card of a file).")
@click.option("--vtodo", is_flag=True, help="ICS: add a VTODO per step, for task apps.")
@pass_app
def export(app: App, kind: str, person_ref: str | None, out: Path | None, vcard_version: str,
           csv_dialect: str, outlook_folder: Path | None, vtodo: bool) -> None:
    """Export people as vCard or CSV, open steps as iCalendar, or everything as JSON.

    vCards carry every field, the photo and a stable UID: importing them again updates the
    same people. The JSON backup holds people, meetings, steps, interactions, offers and
    the playbook; `followthrough import backup.json` restores it.

    \b
    Example:
      followthrough export --out contacts.vcf --outlook-folder contacts.zip
      followthrough export --person "Jane Doe" --out jane.vcf
      followthrough export --format csv --csv-dialect google --out google.csv
      followthrough export --format ics --vtodo --out followups.ics
      followthrough export --format json --out followthrough-backup.json
    """
    from followthrough.selectors.people import find_person
    from followthrough.services import exports

    person = find_person(app.owner, person_ref) if person_ref else None
    if kind == "json" and person is not None:
        raise UserError("the JSON backup is of everything: leave out --person")
    if outlook_folder is not None and kind != "vcard":
        raise UserError("--outlook-folder goes with --format vcard")
    writers = {
        "vcard": lambda: exports.vcards(app.owner, person, vcard_version),
        "csv": lambda: exports.contacts_csv(app.owner, person, csv_dialect),
        "ics": lambda: exports.steps_calendar(app.owner, person, app.prefs, app.now(), vtodo),
        "json": lambda: exports.backup(app.owner, app.now()),
    }
    _write(writers[kind](), out)
    if outlook_folder is not None:
        count = exports.one_vcard_per_person(app.owner, person, vcard_version, outlook_folder)
        err_console.print(f"Wrote {count} cards, one per file, to {escape(str(outlook_folder))}.")


def _write(payload: bytes, out: Path | None) -> None:
    if out is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(payload)
    err_console.print(f"Wrote {escape(str(out))} ({len(payload):,} bytes).")
