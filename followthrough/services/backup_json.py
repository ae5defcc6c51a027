"""The JSON backup: everything an owner has, written out and read back.

Restoring into an empty database gives back the same people, contact points, meetings,
steps, interactions and offers. Someone the database already knows (same UID, e-mail,
LinkedIn URL or phone) is merged like an imported card, and their history in the file is
left out rather than doubled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction

from followthrough.domain.playbook import DEFAULT_PLAYBOOK_TOML, parse_playbook
from followthrough.formats.records import FormatError
from followthrough.models import (
    CardPhoto,
    ContactPoint,
    Interaction,
    Meeting,
    Offer,
    Person,
    Step,
)
from followthrough.preferences import Preferences, playbook_path
from followthrough.services import backup_shape as shape
from followthrough.services.card_fields import CARD_FIELDS, Card, Point
from followthrough.services.imports import LONG_FIELDS, ImportReport, MergeKeys, ReportedConflict
from followthrough.services.merging import merge_card
from followthrough.services.trash import set_aside_open_steps
from followthrough.services.versions import note_change

MODELS: dict[str, type[models.Model]] = {
    "contact_points": ContactPoint, "meetings": Meeting, "steps": Step,
    "interactions": Interaction, "offers": Offer, "card_photos": CardPhoto,
}


def backup_for(*, owner: AbstractBaseUser, now: datetime) -> str:
    people = (
        Person.objects.filter(owner=owner).order_by("id")
        .prefetch_related("contact_points", "meetings", "steps", "interactions", "offers",
                          "card_photos")
    )
    documents = []
    for person in people:
        document = shape.encode(shape.PERSON, _values(person, shape.PERSON))
        for name, spec in shape.CHILDREN.items():
            rows = getattr(person, name).all().order_by("id")
            document[name] = [shape.encode(spec, _values(row, spec)) for row in rows]
        documents.append(document)
    path = playbook_path()
    playbook = path.read_text(encoding="utf-8") if path.exists() else DEFAULT_PLAYBOOK_TOML
    return shape.document(documents, playbook, now)


def _values(row: models.Model, spec: dict[str, str]) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in spec if name not in ("ref", "meeting")}
    if "ref" in spec:
        values["ref"] = row.pk
    if "meeting" in spec:
        values["meeting"] = row.meeting_id
    return values


@dataclass
class RestoreReport:
    people: ImportReport
    restored: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def restore_backup(
    *, owner: AbstractBaseUser, path: Path, prefs: Preferences, now: datetime,
    dry_run: bool = False,
) -> RestoreReport:
    people, playbook = shape.parse(path.read_bytes(), path.name)
    report = RestoreReport(ImportReport(dry_run=dry_run), dict.fromkeys(MODELS, 0))
    with transaction.atomic():
        keys = MergeKeys(owner)
        for number, person in enumerate(people):
            _check_lengths(person, f"people[{number}]", path.name)
            _restore_person(owner, person, keys, report, now)
        note_change(owner.pk)
        if dry_run:
            transaction.set_rollback(True)
    report.notes += _restore_playbook(playbook, path.name, dry_run)
    return report


def _restore_person(owner: AbstractBaseUser, values: dict[str, Any], keys: MergeKeys,
                    report: RestoreReport, now: datetime) -> None:
    points = [Point(**p) for p in values["contact_points"]]
    matches = [] if values["deleted_at"] else keys.known_pks(
        values["uid"], [(p.kind, p.key) for p in points if p.key])
    if matches:
        _merge_into(matches[0], values, points, report)
        return
    person = _create_person(owner, values, now)
    for name, rows in _children(owner, person, values).items():
        report.restored[name] += len(rows)
    report.people.created += 1
    if person.deleted_at is not None:
        set_aside_open_steps(person)  # a backup from before the rule may hold them open
    else:
        keys.add_person(person.pk, person.full_name, person.uid,
                        [(p.kind, p.key) for p in points if p.key])


def _merge_into(pk: int, values: dict[str, Any], points: list[Point],
                report: RestoreReport) -> None:
    person = Person.objects.get(pk=pk)
    card = Card(
        fields={name: values[name] for name in (*CARD_FIELDS, "photo_mime")},
        notes=values["notes"], tags=[t.strip() for t in values["tags"].split(",")],
        extra_lines=list((values["card_extra"] or {}).get("lines", [])), points=points,
    )
    current = {name: getattr(person, name) for name in (*card.fields, *LONG_FIELDS)}
    have = [Point(p.kind, p.value, p.key).identity for p in person.contact_points.all()]
    changes, conflicts, fresh = merge_card(current, have, card)
    for name, value in changes.items():
        setattr(person, name, value)
    person.save()
    ContactPoint.objects.bulk_create(
        ContactPoint(owner_id=person.owner_id, person=person, **vars(p)) for p in fresh
    )
    report.people.conflicts += [ReportedConflict(person.full_name, "backup", c)
                                for c in conflicts]
    if changes or fresh:
        report.people.updated += 1
    else:
        report.people.unchanged += 1
    history = sum(len(values[name]) for name in ("meetings", "steps", "interactions", "offers"))
    if history:
        report.notes.append(f"{person.full_name} was already here: their {history} meetings, "
                            "steps, interactions and offers in the backup were left out")


def _create_person(owner: AbstractBaseUser, values: dict[str, Any], now: datetime) -> Person:
    fields = {k: v for k, v in values.items() if k in shape.PERSON}
    person = Person(owner=owner, **fields)
    Person.objects.bulk_create([person])
    _keep_times([person], fields)
    return person


def _keep_times(rows: list[Any], *values: dict[str, Any]) -> None:
    """bulk_create stamps created_at/updated_at with now; the backup's times win."""
    names = [n for n in ("created_at", "updated_at") if n in values[0] and values[0][n]]
    if not names:
        return
    for row, given in zip(rows, values, strict=True):
        for name in names:
            setattr(row, name, given[name] or getattr(row, name))
    type(rows[0]).objects.bulk_update(rows, names)


def _children(owner: AbstractBaseUser, person: Person, values: dict[str, Any]
              ) -> dict[str, list[Any]]:
    made: dict[str, list[Any]] = {}
    meetings: dict[int | None, Meeting | None] = {None: None}
    for name, model in MODELS.items():
        given = values[name]
        rows = [model(owner=owner, person=person, **_columns(row, meetings)) for row in given]
        model.objects.bulk_create(rows)
        if given and "created_at" in given[0]:
            _keep_times(rows, *given)
        if name == "meetings":
            meetings.update({g["ref"]: row for g, row in zip(given, rows, strict=True)})
        made[name] = rows
    return made


def _columns(row: dict[str, Any], meetings: dict[int | None, Meeting | None]) -> dict[str, Any]:
    columns = {k: v for k, v in row.items() if k not in ("ref", "meeting")}
    if "meeting" in row:
        columns["meeting"] = meetings.get(row["meeting"])
    return columns


def _check_lengths(person: dict[str, Any], where: str, filename: str) -> None:
    _check(Person, person, where, filename)
    for name, model in MODELS.items():
        for number, row in enumerate(person[name]):
            _check(model, row, f"{where}.{name}[{number}]", filename)


def _check(model: type[models.Model], row: dict[str, Any], where: str, filename: str) -> None:
    limits = {f.name: f.max_length for f in model._meta.concrete_fields}
    for name, value in row.items():
        limit = limits.get(name)
        if isinstance(value, str) and limit and len(value) > limit:
            raise FormatError(f"is {len(value):,} characters long; the limit is {limit:,}",
                              file=filename, field=f"{where}.{name}")


def _restore_playbook(toml: str, filename: str, dry_run: bool) -> list[str]:
    """A customised playbook comes back too, unless the user already has their own."""
    if not toml.strip() or toml == DEFAULT_PLAYBOOK_TOML:
        return []
    parse_playbook(toml, source=f"{filename}: playbook_toml")
    path = playbook_path()
    if path.exists():
        if path.read_text(encoding="utf-8") == toml:
            return []
        return [f"The backup's playbook differs from {path}; yours was kept."]
    if not dry_run:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(toml, encoding="utf-8")
    return [f"Restored the backup's playbook to {path}."]
