"""Restoring a JSON backup: everyone in it comes back, in one transaction, written in bulk.

The backup's people are planned against the owner's merge keys in memory, as an import's
records are (services/imports.py). Someone already here is merged like an imported card,
through the importers' own bulk `ImportRun.update`, and their history in the file is left out
rather than doubled: the same UID (a person in the trash too), or, for someone the backup does
not hold as deleted, the same e-mail, LinkedIn URL or phone of a living person. Everyone else
is written whole, history included, in batches of plain rows (services/bulk_rows.py): a few
statements per thousand people, not a dozen per person. A deleted person comes back deleted,
their open steps set aside as deleting does (services/trash.py). Deadlines are recomputed
from the rows restored, by the rules `refresh_person` applies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.playbook import DEFAULT_PLAYBOOK_TOML, PlaybookError, parse_playbook
from followthrough.domain.schedule import is_same_meeting, relationship_until
from followthrough.formats.records import FormatError
from followthrough.models import Meeting, Person
from followthrough.planner_statistics import after_bulk_write
from followthrough.preferences import Preferences, playbook_path
from followthrough.services import backup_shape as shape
from followthrough.services.backup_checks import CHILDREN, check_person
from followthrough.services.bulk_rows import RowInserter
from followthrough.services.card_fields import CARD_FIELDS, Card, Point
from followthrough.services.evidence_files import Progress
from followthrough.services.imports import ImportReport, ImportRun
from followthrough.services.search_index import indexed_for_search_at_once
from followthrough.services.versions import note_change

BATCH = 1000
WRITTEN: tuple[type[models.Model], ...] = (Person, *CHILDREN.values())
TABLES = tuple(m._meta.db_table for m in WRITTEN)
NAMED = 3  # people named in the note about those already here


@dataclass
class RestoreReport:
    people: ImportReport
    restored: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def restore_backup(
    *, owner: AbstractBaseUser, path: Path, prefs: Preferences, now: datetime,
    dry_run: bool = False, progress: Progress | None = None,
) -> RestoreReport:
    """Restore every person of the backup or none: any error rolls the whole restore back.

    `dry_run` does the same work and rolls it back, so its report is what a restore would say.
    """
    backup = shape.parse(path.read_bytes(), path.name)
    _check_playbook(backup.playbook_toml, path.name)
    report = RestoreReport(ImportReport(dry_run=dry_run), dict.fromkeys(CHILDREN, 0))
    if progress is not None:
        progress.begin("Restoring people", backup.count)
    with transaction.atomic():
        restore = _Restore(owner, prefs, now, report, path.name)
        for batch in _batches(backup.people(), BATCH):
            restore.batch(batch)
            if progress is not None:
                for _ in batch:
                    progress.advance()
        note_change(owner.pk)
        rows = report.people.records + sum(report.restored.values())
        transaction.on_commit(lambda: after_bulk_write(TABLES, rows))
        if dry_run:
            transaction.set_rollback(True)
    report.notes += restore.notes()
    report.notes += _restore_playbook(backup.playbook_toml, path.name, dry_run)
    return report


def _batches(people: Iterator[tuple[str, dict[str, Any]]], size: int
             ) -> Iterator[list[tuple[str, dict[str, Any]]]]:
    while batch := list(islice(people, size)):
        yield batch


class _Restore:
    def __init__(self, owner: AbstractBaseUser, prefs: Preferences, now: datetime,
                 report: RestoreReport, filename: str) -> None:
        self.owner, self.now, self.report, self.filename = owner, now, report, filename
        self.run = ImportRun(owner, prefs, now, report.people)
        self.keys = self.run.index
        self.inserters = {model: RowInserter(model) for model in WRITTEN}
        self.left_out: list[tuple[str, int]] = []  # (name, history rows) of people already here
        self.into_trash = 0

    def batch(self, people: list[tuple[str, dict[str, Any]]]) -> None:
        new: list[dict[str, Any]] = []
        merges: list[tuple[Any, Card]] = []
        planned_uids: set[str] = set()
        for where, values in people:
            check_person(values, where, self.filename)
            if values["uid"] in planned_uids:  # twice in the file: write the first, then merge
                self._create(new)
                new, planned_uids = [], set()
            card = _card(values, self.filename)
            target = self.keys.backup_target(card.uid, card.keys,
                                             alive=values["deleted_at"] is None)
            if target is None:
                new.append(values)
                planned_uids.add(card.uid)
                continue
            merges.append((target, card))
            self._left_out(target.name, values)
            self.into_trash += self.keys.in_trash.get(card.uid) is target
        self._create(new)
        self.run.update(merges)

    def _left_out(self, name: str, values: dict[str, Any]) -> None:
        history = sum(len(values[rows]) for rows in ("meetings", "steps", "interactions",
                                                      "offers"))
        if history:
            self.left_out.append((name, history))

    def notes(self) -> list[str]:
        notes = []
        if self.left_out:
            history = sum(count for _, count in self.left_out)
            names = ", ".join(name for name, _ in self.left_out[:NAMED])
            more = ", …" if len(self.left_out) > NAMED else ""
            who = (f"{names} was already here:" if len(self.left_out) == 1
                   else f"{len(self.left_out):,} people were already here ({names}{more}):")
            notes.append(f"{who} their {history:,} meetings, steps, interactions and offers "
                         "in the backup were left out")
        if self.into_trash:
            are = "is" if self.into_trash == 1 else "are"
            notes.append(f"{self.into_trash:,} of the people already here {are} in the trash: "
                         "the backup was merged into them there (`followthrough trash` lists "
                         "them)")
        return notes

    # -- writing -------------------------------------------------------------------------------

    def _create(self, people: list[dict[str, Any]]) -> None:
        if not people:
            return
        rows = [self._person_row(values) for values in people]
        with indexed_for_search_at_once():
            self.inserters[Person].insert(rows)
        ids = dict(Person.objects.filter(owner=self.owner, uid__in=[r["uid"] for r in rows])
                   .values_list("uid", "id"))
        pks = [ids[row["uid"]] for row in rows]
        for row, pk in zip(rows, pks, strict=True):
            self.keys.add_restored(pk, row["full_name"], row["uid"])
        self._children(people, pks)
        self.report.people.created += len(people)

    def _person_row(self, values: dict[str, Any]) -> dict[str, Any]:
        row = {name: values[name] for name in shape.PERSON}
        deleted = values["deleted_at"] is not None
        open_steps = [s for s in values["steps"] if _is_open(s, deleted)]
        row["next_due"] = min((s["due_at"] for s in open_steps), default=None)
        row["face_to_face_due"] = min((s["due_at"] for s in open_steps if s["cadence"]),
                                      default=None)
        first_met = row["first_met_at"] = min((m["at"] for m in values["meetings"]),
                                              default=None)
        row["last_face_to_face_at"] = max(
            (i["at"] for i in values["interactions"] if i["kind"] == InteractionKind.FACE_TO_FACE
             and not is_same_meeting(first_met, i["at"])),
            default=None)
        row["relationship_until"] = relationship_until(row["last_face_to_face_at"],
                                                       row["cadence_days"], self.run.prefs.zone)
        row["card_extra"] = row["card_extra"] or {}
        row["created_at"] = row["created_at"] or self.now
        row["updated_at"] = row["updated_at"] or self.now
        return {**row, "owner_id": self.owner.pk}

    def _children(self, people: list[dict[str, Any]], pks: list[int]) -> None:
        owner_id, now = self.owner.pk, self.now
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for values, pk in zip(people, pks, strict=True):
            mine = {"owner_id": owner_id, "person_id": pk}
            rows["contact_points"] += [{**point, **mine} for point in values["contact_points"]]
            rows["meetings"] += [{**_without(meeting, "ref"), **mine,
                                  "created_at": meeting["created_at"] or now}
                                 for meeting in values["meetings"]]
            rows["interactions"] += [{**row, **mine, "created_at": row["created_at"] or now}
                                     for row in values["interactions"]]
            rows["card_photos"] += [{**row, **mine, "created_at": row["created_at"] or now}
                                    for row in values["card_photos"]]
        self._insert("contact_points", rows["contact_points"])
        self._insert("meetings", rows["meetings"])
        self._insert("interactions", rows["interactions"])
        self._insert("card_photos", rows["card_photos"])
        meeting_ids = self._meeting_ids(people, pks)
        for values, pk in zip(people, pks, strict=True):
            mine, refs = {"owner_id": owner_id, "person_id": pk}, meeting_ids[pk]
            deleted = values["deleted_at"] is not None
            rows["steps"] += [{**_without(step, "meeting"), **mine,
                               "meeting_id": refs.get(step["meeting"]),
                               "state": _stored_state(step, deleted),
                               "created_at": step["created_at"] or now}
                              for step in values["steps"]]
            rows["offers"] += [{**_without(offer, "meeting"), **mine,
                                "meeting_id": refs.get(offer["meeting"]),
                                "created_at": offer["created_at"] or now}
                               for offer in values["offers"]]
        self._insert("steps", rows["steps"])
        self._insert("offers", rows["offers"])

    def _insert(self, name: str, rows: list[dict[str, Any]]) -> None:
        self.inserters[CHILDREN[name]].insert(rows)
        self.report.restored[name] += len(rows)

    def _meeting_ids(self, people: list[dict[str, Any]], pks: list[int]
                     ) -> dict[int, dict[int, int]]:
        """Each new person's meeting refs in the file -> the ids their meetings got. A person's
        meetings were inserted in the file's order, so their ids rise in that order."""
        ids: dict[int, list[int]] = defaultdict(list)
        written = Meeting.objects.filter(person_id__in=pks).order_by("person_id", "id")
        for person_id, meeting_id in written.values_list("person_id", "id"):
            ids[person_id].append(meeting_id)
        return {pk: {meeting["ref"]: meeting_id
                     for meeting, meeting_id in zip(values["meetings"], ids[pk], strict=True)
                     if meeting["ref"] is not None}
                for values, pk in zip(people, pks, strict=True)}


def _card(values: dict[str, Any], filename: str) -> Card:
    """The backup's person as an imported card: what a merge into someone known reads."""
    return Card(
        fields={name: values[name] for name in (*CARD_FIELDS, "photo_mime")},
        notes=values["notes"], tags=[t.strip() for t in values["tags"].split(",") if t.strip()],
        extra_lines=list((values["card_extra"] or {}).get("lines", [])),
        points=[Point(**point) for point in values["contact_points"]],
        uid=values["uid"], source=filename,
    )


def _is_open(step: dict[str, Any], deleted: bool) -> bool:
    """Open, for a person's deadlines: a deleted person's set-aside steps were open when they
    were deleted, and their deadlines were kept from then."""
    state = step["state"] or StepState.OPEN
    return state == StepState.OPEN or (deleted and state == StepState.TRASHED)


def _stored_state(step: dict[str, Any], deleted: bool) -> str:
    state = step["state"] or StepState.OPEN
    return StepState.TRASHED if deleted and state == StepState.OPEN else state


def _without(row: dict[str, Any], name: str) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != name}


def _custom(toml: str) -> bool:
    return bool(toml.strip()) and toml != DEFAULT_PLAYBOOK_TOML


def _check_playbook(toml: str, filename: str) -> None:
    """Before anything is written: a broken playbook would otherwise stop a restore half done."""
    if not _custom(toml):
        return
    try:
        parse_playbook(toml, source="the backup's playbook")
    except PlaybookError as error:
        raise FormatError(str(error), file=filename, field="playbook_toml") from None


def _restore_playbook(toml: str, filename: str, dry_run: bool) -> list[str]:
    """A customised playbook comes back too, unless the user already has their own."""
    if not _custom(toml):
        return []
    path = playbook_path()
    if path.exists():
        if path.read_text(encoding="utf-8") == toml:
            return []
        return [f"The backup's playbook differs from {path}; yours was kept."]
    if not dry_run:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(toml, encoding="utf-8")
    return [f"Restored the backup's playbook to {path}."]


