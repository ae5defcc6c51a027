"""`followthrough import card.jpg`: a business card read from its photo, shown, then saved.

Every photo is read first (an unreadable one stops everything, nothing written); then each
card's fields are shown with how sure the reader is, and saved after a yes at a terminal, at
once with --yes, never with --dry-run. A card read from its text (not a QR code) is a guess, so
without a terminal to ask at it is saved only with --yes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table

from followthrough.cli.context import App
from followthrough.cli.terminal import UserError, console, err_console, escape, interactive, print_json

if TYPE_CHECKING:
    from followthrough.formats.card_photo import CardReading
    from followthrough.formats.records import ContactRecord
    from followthrough.services.card_photos import CardSaved

UNSURE = 0.8  # below this a field is marked for checking


def import_card_photos(app: App, files: tuple[Path, ...], dry_run: bool, yes: bool,
                       as_json: bool) -> None:
    readings = [_read(app, path) for path in files]
    shapes = []
    for reading in readings:
        if not as_json:
            show_card(reading)
        saved = _decide(app, reading, dry_run, yes, as_json)
        shapes.append(_shape(reading, saved))
        if saved is not None and not as_json:
            _show_saved(saved)
    if as_json:
        print_json(shapes)


def _read(app: App, path: Path) -> CardReading:
    from followthrough.formats.records import FormatError
    from followthrough.services.card_photos import read_card

    with err_console.status(f"Reading {escape(path.name)}…"):
        try:
            return read_card(data=path.read_bytes(), filename=path.name, prefs=app.prefs)
        except FormatError as error:
            raise UserError(f"{error} (nothing was imported)") from None


def show_card(reading: CardReading) -> None:
    from followthrough.formats.card_photo import FIELD_LABELS, SHOWN_FIELDS

    table = Table(title=f"{reading.filename}: read from its {reading.via}", title_justify="left")
    for column in ("field", "value", "sure"):
        table.add_column(column)
    for name in SHOWN_FIELDS:
        found = reading.fields.get(name)
        if found is None:
            continue
        sure = f"{found.confidence:.0%}"
        if found.confidence < UNSURE:
            sure = f"[yellow]{sure} check[/]"
        table.add_row(FIELD_LABELS[name], escape(found.value), sure)
    for phone in reading.other_phones:
        table.add_row("Phone", escape(phone), "")
    console.print(table)


def _decide(app: App, reading: CardReading, dry_run: bool, yes: bool,
            as_json: bool) -> CardSaved | None:
    from followthrough.formats.card_photo import QR, card_record

    edits: dict[str, str] = {}
    if dry_run:
        if not as_json:
            console.print("Dry run: nothing saved.")
        return None
    if not yes:
        if not interactive():
            if reading.via != QR:
                raise UserError(f"{reading.filename}: not saved: a card read from its text is a "
                                "guess, so check it at a terminal, or add --yes to save it as shown")
        else:
            answer = click.prompt("Save this card? (y = yes, e = edit first, n = no)",
                                  type=click.Choice(["y", "e", "n"]), default="y",
                                  show_choices=False)
            if answer == "n":
                console.print("Not saved.")
                return None
            if answer == "e":
                edits = _edits(reading)
    return _save(app, card_record(reading, edits), reading.photo)


def _edits(reading: CardReading) -> dict[str, str]:
    from followthrough.formats.card_photo import FIELD_LABELS, SHOWN_FIELDS

    console.print("Press Enter to keep a value; type a single - to clear it.")
    edits = {}
    for name in SHOWN_FIELDS:
        known = reading.value(name)
        value = click.prompt(FIELD_LABELS[name], default=known, show_default=bool(known))
        edits[name] = "" if value.strip() == "-" else value
    return edits


def _save(app: App, record: ContactRecord, photo: bytes) -> CardSaved:
    from followthrough.errors import FollowthroughError
    from followthrough.formats.records import FormatError
    from followthrough.services.card_photos import save_card

    try:
        return save_card(owner=app.owner, record=record, photo=photo, prefs=app.prefs,
                         now=app.now())
    except (FormatError, FollowthroughError) as error:
        raise UserError(f"{error} (the card was not saved)") from None


def _show_saved(saved: CardSaved) -> None:
    from followthrough.cli.imports import show_report

    person = saved.person
    if person is None:
        return
    how = "new person" if saved.report.created else "updated"
    console.print(f"[green]Saved[/] {escape(person.full_name)} (id {person.pk}, {how}); "
                  "the photo is kept on them.")
    for title in saved.steps_done:
        console.print(f"  done: {escape(title)}")
    if saved.report.conflicts or saved.report.suggestions:
        show_report(saved.report)


def _shape(reading: CardReading, saved: CardSaved | None) -> dict[str, object]:
    shape: dict[str, object] = {
        "file": reading.filename, "read_from": reading.via,
        "fields": {name: {"value": f.value, "confidence": round(f.confidence, 3)}
                   for name, f in reading.fields.items()},
        "other_phones": reading.other_phones, "saved": saved is not None and saved.person is not None,
    }
    if saved is not None and saved.person is not None:
        shape["person"] = {"id": saved.person.pk, "name": saved.person.full_name,
                           "created": bool(saved.report.created)}
        shape["steps_done"] = saved.steps_done
        shape["conflicts"] = [{"field": c.conflict.field, "kept": c.conflict.kept,
                               "offered": c.conflict.offered} for c in saved.report.conflicts]
    return shape
