"""Importing contact records: one transaction, merged onto the people already known.

The owner's merge keys (e-mail, LinkedIn URL, phone in E.164, card UID) are loaded once into
a dict; records are then planned against it in memory and written in batches with
bulk_create / bulk_update, so the cost per record is a few dict look-ups, not queries.
A record that shares a key with someone updates them (blank fields filled, new contact points
added beside the old, differing values reported as conflicts); a name alone never merges, it
is reported as a suggested `followthrough merge`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from followthrough.formats.records import ContactRecord, FormatError, SourceRef
from followthrough.models import ContactPoint, Person
from followthrough.models.person import new_uid
from followthrough.planner_statistics import after_bulk_write
from followthrough.preferences import Preferences, import_max_records
from followthrough.services.bulk_rows import RowInserter
from followthrough.services.card_fields import Card, Point, card_from_record
from followthrough.services.merging import FieldConflict, likely_duplicates, merge_card
from followthrough.services.search_index import indexed_for_search_at_once
from followthrough.services.versions import note_change

BATCH = 1000
# Person fields a card merges by adding to them rather than filling a blank.
LONG_FIELDS = ("notes", "tags", "card_extra")


@dataclass(frozen=True)
class Suggestion:
    """Two people who are probably one: `followthrough merge A B` acts on it."""

    a_id: int | None
    a_name: str
    b_id: int | None
    b_name: str
    reason: str


@dataclass(frozen=True)
class ReportedConflict:
    person: str
    source: str
    conflict: FieldConflict


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[ReportedConflict] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    dry_run: bool = False
    # Who the last record was written to (the card photo service keeps the photo there).
    person_id: int | None = None

    @property
    def records(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(eq=False, slots=True)
class _Target:
    """A person the import writes to: known (`pk`) or planned in this batch (`card`)."""

    pk: int | None
    name: str
    card: Card | None = None
    created: bool = False


class MergeKeys:
    """The owner's people by merge key and UID, loaded once, kept current as records arrive."""

    def __init__(self, owner: AbstractBaseUser) -> None:
        people = Person.objects.filter(owner=owner).values_list("id", "uid", "full_name",
                                                                "deleted_at")
        self.known: dict[int, _Target] = {}
        self.by_uid: dict[str, _Target] = {}
        self.in_trash: dict[str, _Target] = {}  # deleted people, by UID: a backup merges on it
        self.taken_uids: set[str] = set()
        for pk, uid, name, deleted_at in people.iterator(chunk_size=5000):
            self.taken_uids.add(uid)
            if deleted_at is None:
                self.known[pk] = self.by_uid[uid] = _Target(pk, name)
            else:
                self.in_trash[uid] = _Target(pk, name)
        self.by_key: dict[tuple[str, str], _Target] = {}
        # No join with people: a join planned on stale statistics (a table that just grew
        # inside this transaction) can turn into a nested loop costing a minute.
        points = ContactPoint.objects.filter(owner=owner).exclude(key="")
        for kind, key, pk in points.values_list("kind", "key", "person_id").iterator(5000):
            if pk in self.known:  # the living only
                self.by_key.setdefault((kind, key), self.known[pk])

    def matches(self, card: Card) -> list[_Target]:
        return self._sharing(card.uid, card.keys)

    def known_pks(self, uid: str, keys: Iterable[tuple[str, str]]) -> list[int]:
        """The people already written that share the UID or a key, strongest first."""
        return [t.pk for t in self._sharing(uid, keys) if t.pk is not None]

    def _sharing(self, uid: str, keys: Iterable[tuple[str, str]]) -> list[_Target]:
        found = [self.by_uid[uid]] if uid in self.by_uid else []
        found += [self.by_key[k] for k in keys if k in self.by_key]
        return list(dict.fromkeys(found))

    def add_restored(self, pk: int, name: str, uid: str) -> None:
        """Someone a restore wrote: a second copy in the same file merges into them."""
        self.by_uid.setdefault(uid, _Target(pk, name))

    def backup_target(self, uid: str, keys: Iterable[tuple[str, str]], alive: bool
                      ) -> _Target | None:
        """Who a backup's person merges into: whoever has their UID, in the trash too, else
        (for someone not deleted in the backup) a living person sharing a key."""
        found = self.by_uid.get(uid) or self.in_trash.get(uid)
        if found is None and alive:
            found = next((self.by_key[k] for k in keys if k in self.by_key), None)
        return found

    def remember(self, target: _Target, card: Card) -> None:
        if card.uid:
            self.by_uid.setdefault(card.uid, target)
        for key in card.keys:
            self.by_key.setdefault(key, target)


def import_contacts(
    *,
    owner: AbstractBaseUser,
    records: Iterable[ContactRecord],
    prefs: Preferences,
    now: datetime,
    dry_run: bool = False,
    on_batch: Callable[[int], None] | None = None,
    max_records: int | None = None,
    into: int | None = None,
) -> ImportReport:
    """Import every record or none: any error rolls the whole import back.

    `dry_run` does the same work and rolls it back, so its report is exactly what a real
    import would say. More than `max_records` contacts (default: the configured
    import.max_records) is an error naming the first one over the limit. `into` merges every
    record onto that person (a door where the user already chose them) instead of matching.
    """
    report = ImportReport(dry_run=dry_run)
    limit = max_records if max_records is not None else import_max_records()
    with transaction.atomic():
        run = ImportRun(owner, prefs, now, report, into)
        for batch in _batches(_at_most(records, limit), BATCH):
            run.batch(batch)
            if on_batch:
                on_batch(len(batch))
        run.suggest_name_matches()
        note_change(owner.pk)
        transaction.on_commit(lambda: after_bulk_write(
            (Person._meta.db_table, ContactPoint._meta.db_table), report.records))
        if dry_run:
            transaction.set_rollback(True)
    return report


def _at_most(records: Iterable[ContactRecord], limit: int) -> Iterator[ContactRecord]:
    for number, record in enumerate(records, 1):
        if number > limit:
            raise FormatError.at(
                record.source or SourceRef(""),
                f"is contact number {number:,}: one import takes at most {limit:,} "
                "(import.max_records in config.toml or FOLLOWTHROUGH_IMPORT_MAX_RECORDS)",
            )
        yield record


def _batches(records: Iterable[ContactRecord], size: int) -> Iterator[list[ContactRecord]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


class ImportRun:
    """One import: records planned against the owner's merge keys, written in batches. A
    backup restore merges the people already known through `update`."""

    def __init__(
        self, owner: AbstractBaseUser, prefs: Preferences, now: datetime, report: ImportReport,
        into: int | None = None,
    ) -> None:
        self.owner, self.prefs, self.now, self.report = owner, prefs, now, report
        self.into = into
        self.index = MergeKeys(owner)
        self.created: list[_Target] = []
        self.person_rows, self.point_rows = RowInserter(Person), RowInserter(ContactPoint)

    def batch(self, records: list[ContactRecord]) -> None:
        planned: list[_Target] = []
        updates: list[tuple[_Target, Card]] = []
        for record in records:
            card = card_from_record(record, self.prefs.phone_region)
            self.report.rejected += [f"{card.source}: {why}" for why in card.rejected]
            matches = self._matches(card)
            self._suggest_key_collisions(matches, card)
            if not matches:
                target = _Target(None, card.name, card=card, created=True)
                planned.append(target)
                self.report.created += 1
            elif (target := matches[0]).pk is None:
                self._count(self._merge_planned(target, card))
            else:
                updates.append((target, card))
            self.index.remember(target, card)
        self._create(planned)
        self.update(updates)
        if records:
            self.report.person_id = target.pk

    def _matches(self, card: Card) -> list[_Target]:
        if self.into is None:
            return self.index.matches(card)
        if self.into not in self.index.known:
            raise FormatError(f"there is no person {self.into} to save the card to")
        return [self.index.known[self.into]]

    # -- planning ----------------------------------------------------------------------------

    def _count(self, changed: bool) -> None:
        if changed:
            self.report.updated += 1
        else:
            self.report.unchanged += 1

    def _conflicts(self, name: str, card: Card, conflicts: list[FieldConflict]) -> None:
        self.report.conflicts += [ReportedConflict(name, card.source, c) for c in conflicts]

    def _merge_planned(self, target: _Target, card: Card) -> bool:
        planned = target.card
        if planned is None:
            raise RuntimeError("merging into a person that is not planned")
        current = {**planned.fields, "notes": planned.notes, "tags": ", ".join(planned.tags),
                   "card_extra": {"lines": planned.extra_lines}}
        changes, conflicts, fresh = merge_card(
            current, (p.identity for p in planned.points), card)
        self._conflicts(target.name, card, conflicts)
        changed = bool(changes or fresh)
        planned.notes = str(changes.pop("notes", planned.notes))
        if "tags" in changes:
            planned.tags = str(changes.pop("tags")).split(", ")
        if "card_extra" in changes:
            planned.extra_lines = list(changes.pop("card_extra")["lines"])  # type: ignore[index]  # card_extra is JSON: a dict
        planned.fields.update(changes)
        planned.points += fresh
        return changed

    def _suggest_key_collisions(self, matches: list[_Target], card: Card) -> None:
        if not matches:
            return
        first = matches[0]
        for other in matches[1:]:
            self.report.suggestions.append(Suggestion(
                first.pk, first.name, other.pk, other.name,
                f"{card.source} shares an e-mail, phone or LinkedIn URL with both",
            ))

    # -- writing -----------------------------------------------------------------------------

    def _create(self, planned: list[_Target]) -> None:
        if not planned:
            return
        cadence = self.prefs.playbook.default_cadence_days
        rows = [self._person_row(t.card, cadence) for t in planned]
        with indexed_for_search_at_once():
            self.person_rows.insert(rows)
        uids = [row["uid"] for row in rows]
        ids = dict(Person.objects.filter(owner=self.owner, uid__in=uids).values_list("uid", "id"))
        points = []
        for target, row in zip(planned, rows, strict=True):
            target.pk = ids[row["uid"]]
            if target.card is None:
                raise RuntimeError("creating a person that is not planned")
            points += [_point_row(target.pk, self.owner.pk, p) for p in target.card.points]
            target.card = None  # planned no more: later records update the row
            self.created.append(target)
        self.point_rows.insert(points)

    def _person_row(self, card: Card | None, cadence: int | None) -> dict[str, object]:
        if card is None:
            raise RuntimeError("creating a person that is not planned")
        if card.uid and card.uid not in self.index.taken_uids:
            uid = card.uid
            self.index.taken_uids.add(uid)
        else:  # a random UUID is never taken: remembering 30,000 of them would cost 5 MB
            uid = new_uid()
        return {
            "owner_id": self.owner.pk, **card.fields, "notes": card.notes,
            "tags": ", ".join(card.tags), "uid": uid, "cadence_days": cadence,
            "card_extra": {"lines": card.extra_lines} if card.extra_lines else {},
            "created_at": self.now, "updated_at": self.now,
        }

    def update(self, updates: list[tuple[_Target, Card]]) -> None:
        if not updates:
            return
        pks = {t.pk for t, _ in updates}
        people = {p.pk: p for p in Person.objects.filter(owner=self.owner, pk__in=pks)}
        have: dict[int, set[tuple[str, str]]] = defaultdict(set)
        for pk, kind, key, value in ContactPoint.objects.filter(person_id__in=pks).values_list(
            "person_id", "kind", "key", "value"
        ):
            have[pk].add(Point(kind, value, key).identity)
        changed_fields: set[str] = set()
        touched: dict[int, Person] = {}
        new_rows: list[dict[str, object]] = []
        for target, card in updates:
            person = people[target.pk]
            changed, fresh = self._merge_known(person, card, have[person.pk])
            if changed:
                changed_fields |= changed
                touched[person.pk] = person
                person.updated_at = self.now
            new_rows += [_point_row(person.pk, self.owner.pk, p) for p in fresh]
            self._count(bool(changed or fresh))
        if touched:
            Person.objects.bulk_update(
                list(touched.values()), [*changed_fields, "updated_at"], batch_size=500
            )
        self.point_rows.insert(new_rows)

    def _merge_known(
        self, person: Person, card: Card, have: set[tuple[str, str]]
    ) -> tuple[set[str], list[Point]]:
        current = {name: getattr(person, name) for name in (*card.fields, *LONG_FIELDS)}
        changes, conflicts, fresh = merge_card(current, have, card)
        self._conflicts(person.full_name, card, conflicts)
        for name, value in changes.items():
            setattr(person, name, value)
        kinds = {kind for kind, _ in have}
        for point in fresh:  # a new value beside old ones is not the preferred one
            point.preferred = point.preferred and point.kind not in kinds
        have.update(p.identity for p in fresh)
        return set(changes), fresh

    # -- suggestions by name -----------------------------------------------------------------

    def suggest_name_matches(self) -> None:
        created = {id(t) for t in self.created}
        known = [t for t in self.index.known.values() if id(t) not in created]
        pairs = likely_duplicates(_NamedList(self.created), _NamedList(known))
        for new, other, score in pairs:
            if not (isinstance(new, _Target) and isinstance(other, _Target)):
                raise TypeError("name matches pair import targets")
            self.report.suggestions.append(Suggestion(
                other.pk, other.name, new.pk, new.name, f"names alike ({score}%)"
            ))


class _NamedList(Sequence[tuple[object, str]]):
    """Targets seen as (target, name) pairs without building a list of 30,000 tuples."""

    def __init__(self, targets: list[_Target]) -> None:
        self.targets = targets

    def __len__(self) -> int:
        return len(self.targets)

    def __getitem__(self, index: int) -> tuple[object, str]:  # type: ignore[override]  # a sequence of pairs, not of the targets it wraps
        target = self.targets[index]
        return target, target.name


def _point_row(person_id: int | None, owner_id: object, point: Point) -> dict[str, object]:
    return {
        "owner_id": owner_id, "person_id": person_id, "kind": point.kind, "value": point.value,
        "key": point.key, "label": point.label, "preferred": point.preferred,
        "types": point.types, "extension": point.extension, "address": point.address,
    }
