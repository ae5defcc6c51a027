"""Merging two descriptions of one person: new values beside old ones, never overwriting.

The rules are plain functions of plain values (the import and `followthrough merge` share
them); `merge_people` is the one service here that writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain.kinds import StepState
from followthrough.domain.search_words import fold
from followthrough.errors import InvalidInput
from followthrough.models import CardPhoto, ContactPoint, Interaction, Meeting, Offer, Person, Step
from followthrough.models.person import NOTE_MAX
from followthrough.selectors.access import check_person
from followthrough.services.card_fields import CARD_FIELDS, TAGS_MAX, Card, Point
from followthrough.services.refresh import refresh_person
from followthrough.services.versions import changes_owner_data

_GROUP = re.compile(r"^[A-Za-z0-9-]+\.")
NAME_MATCH_SCORE = 88  # rapidfuzz token_sort_ratio on folded names; 100 is identical


@dataclass(frozen=True)
class FieldConflict:
    """Two sources disagree on a field: the person keeps `kept`; `offered` was not taken."""

    field: str
    kept: str
    offered: str


def _blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, bytes | memoryview) and not value)


def _same(old: object, new: object) -> bool:
    if isinstance(old, memoryview | bytes) and isinstance(new, memoryview | bytes):
        return bytes(old) == bytes(new)
    if isinstance(old, str) and isinstance(new, str):
        return " ".join(old.casefold().split()) == " ".join(new.casefold().split())
    return old == new


def _show(value: object) -> str:
    if isinstance(value, bytes | memoryview):
        return f"<{len(bytes(value)):,} bytes>"
    return str(value)


def merge_fields(
    current: Mapping[str, object], incoming: Mapping[str, object]
) -> tuple[dict[str, object], list[FieldConflict]]:
    """Blank fields take the incoming value; a different non-blank value is a conflict."""
    changes: dict[str, object] = {}
    conflicts: list[FieldConflict] = []
    for name in CARD_FIELDS:
        new, old = incoming.get(name), current.get(name)
        if _blank(new):
            continue
        if _blank(old):
            changes[name] = new
            if name == "photo":
                changes["photo_mime"] = incoming.get("photo_mime", "")
        elif not _same(old, new):
            conflicts.append(FieldConflict(name, _show(old), _show(new)))
    return changes, conflicts


def merged_notes(current: str, incoming: str) -> str | None:
    """Notes from another source are added below, once; None when there is nothing to add."""
    if not incoming.strip() or incoming.strip() in current:
        return None
    combined = f"{current.rstrip()}\n\n{incoming.strip()}" if current.strip() else incoming
    return combined if len(combined) <= NOTE_MAX else None


def merged_tags(current: str, incoming: Iterable[str]) -> str | None:
    tags = [t.strip() for t in current.split(",") if t.strip()]
    known = {t.casefold() for t in tags}
    added = []
    for tag in (t.strip() for t in incoming):
        if tag and tag.casefold() not in known:
            known.add(tag.casefold())
            added.append(tag)
    combined = ", ".join(tags + added)
    return combined if added and len(combined) <= TAGS_MAX else None


def merged_extra(current: Mapping[str, object], lines: list[str]) -> dict[str, object] | None:
    """The card's unmodelled vCard lines: the union, in order of arrival."""
    have = list(current.get("lines", []) or [])  # type: ignore[call-overload]  # card_extra is JSON: "lines" is a list
    # An export renumbers `itemN.` groups, so a line comes back as `item3.X-ABADR:us`.
    seen = {_GROUP.sub("", line) for line in have}
    added = [line for line in lines if _GROUP.sub("", line) not in seen]
    return {**current, "lines": have + added} if added else None


def new_points(have: Iterable[tuple[str, str]], incoming: Iterable[Point]) -> list[Point]:
    """The incoming points the person does not have yet (by kind and merge key or value)."""
    seen = set(have)
    fresh = []
    for point in incoming:
        if point.identity not in seen:
            seen.add(point.identity)
            fresh.append(point)
    return fresh


def merge_card(
    current: Mapping[str, object], have: Iterable[tuple[str, str]], card: Card
) -> tuple[dict[str, object], list[FieldConflict], list[Point]]:
    """What a card adds to a person: changed attributes, conflicts, and new contact points.

    `current` holds the person's card fields plus notes, tags (comma text) and card_extra.
    """
    changes, conflicts = merge_fields(current, card.fields)
    for name, value in (
        ("notes", merged_notes(str(current["notes"]), card.notes)),
        ("tags", merged_tags(str(current["tags"]), card.tags)),
        ("card_extra", merged_extra(current["card_extra"] or {}, card.extra_lines)),  # type: ignore[arg-type]  # card_extra is JSON: a dict
    ):
        if value is not None:
            changes[name] = value
    return changes, conflicts, new_points(have, card.points)


# -- likely duplicates by name ---------------------------------------------------------------

def likely_duplicates(
    new: Sequence[tuple[object, str]], known: Sequence[tuple[object, str]]
) -> list[tuple[object, object, int]]:
    """Pairs (new, known, score) whose names are alike enough to be one person.

    Names are compared only within the block of their rarest word, so ten thousand new names
    against thirty thousand known ones is thousands of comparisons, not hundreds of millions.
    Memory stays flat: a first pass notes, in fixed-size bit sets, which words occur in two
    names or more; only those words get a block, because a name with a word no earlier name
    has is compared with no one (its rarest block is empty).
    """
    from rapidfuzz import fuzz

    wanted, repeated = _words_seen_twice(new, known)
    blocks: dict[str, list[int]] = defaultdict(list)
    refs: list[object] = []
    texts: list[str] = []

    def remember(ref: object, folded: str, words: Iterable[str]) -> None:
        shared = [w for w in words if w in repeated]
        if shared:
            refs.append(ref)
            texts.append(folded)
            for word in shared:
                blocks[word].append(len(refs) - 1)

    for ref, name in known:  # only the words a new name has can ever be compared
        folded = fold(name)
        remember(ref, folded, (w for w in set(folded.split()) if w in wanted))
    pairs = []
    for ref, name in new:
        folded = fold(name)
        words = [w for w in set(folded.split()) if len(w) > 1] or folded.split()
        if not words:
            continue
        if all(w in repeated for w in words):
            candidates = min((blocks.get(w, []) for w in words), key=len)
            best = max(
                ((refs[i], int(fuzz.token_sort_ratio(folded, texts[i]))) for i in candidates
                 if refs[i] != ref),
                key=lambda pair: pair[1], default=None,
            )
            if best and best[1] >= NAME_MATCH_SCORE:
                pairs.append((ref, best[0], best[1]))
        remember(ref, folded, set(folded.split()))
    return pairs


def _words_seen_twice(
    new: Sequence[tuple[object, str]], known: Sequence[tuple[object, str]]
) -> tuple[WordBits, WordBits]:
    """The words of the new names, and the words in two names or more (theirs or known ones).

    Bit sets answer "maybe" for a few words they never saw, which only gives those words a
    block; they never miss a word they saw, which is what keeps the pairs exact.
    """
    wanted, once, twice = WordBits(), WordBits(), WordBits()

    def count(word: str) -> None:
        if word in once:
            twice.add(word)
        else:
            once.add(word)

    for _, name in new:
        for word in set(fold(name).split()):
            wanted.add(word)
            count(word)
    for _, name in known:
        for word in set(fold(name).split()):
            if word in wanted:
                count(word)
    return wanted, twice


class WordBits:
    """A Bloom filter of words: 512 KB whatever the number of names, two bits a word."""

    BITS = 22
    MASK = (1 << BITS) - 1

    def __init__(self) -> None:
        self.bits = bytearray(1 << (self.BITS - 3))

    def add(self, word: str) -> None:
        code = hash(word)
        first, second = code & self.MASK, (code >> self.BITS) & self.MASK
        self.bits[first >> 3] |= 1 << (first & 7)
        self.bits[second >> 3] |= 1 << (second & 7)

    def __contains__(self, word: object) -> bool:
        code = hash(word)
        first, second = code & self.MASK, (code >> self.BITS) & self.MASK
        return bool(self.bits[first >> 3] >> (first & 7) & 1
                    and self.bits[second >> 3] >> (second & 7) & 1)


# -- followthrough merge A B ------------------------------------------------------------------

@dataclass(frozen=True)
class MergeResult:
    person: Person
    absorbed: Person
    filled: list[str]
    conflicts: list[FieldConflict]
    moved: dict[str, int]


@changes_owner_data
def merge_people(
    *, owner: AbstractBaseUser, keep: Person, absorb: Person, now: datetime, zone: ZoneInfo
) -> MergeResult:
    """Move everything of `absorb` onto `keep`, fill `keep`'s blanks, and soft-delete `absorb`."""
    if keep.pk == absorb.pk:
        raise InvalidInput("person", "cannot merge someone with themselves")
    for person in (keep, absorb):
        check_person(owner, person)
    changes, conflicts = merge_fields(_values(keep), _values(absorb))
    notes = merged_notes(keep.notes, absorb.notes)
    tags = merged_tags(keep.tags, absorb.tag_list)
    extra = merged_extra(keep.card_extra or {}, list((absorb.card_extra or {}).get("lines", [])))
    merged: dict[str, object] = {"notes": notes, "tags": tags, "card_extra": extra}
    changes.update((name, value) for name, value in merged.items() if value is not None)
    for name, value in changes.items():
        setattr(keep, name, value)
    keep.save()
    moved = _move_rows(owner, keep, absorb, now)
    absorb.deleted_at, absorb.merged_into = now, keep
    absorb.save(update_fields=["deleted_at", "merged_into", "updated_at"])
    refresh_person(keep, zone=zone)
    return MergeResult(keep, absorb, sorted(changes), conflicts, moved)


def _values(person: Person) -> dict[str, object]:
    return {name: getattr(person, name) for name in (*CARD_FIELDS, "photo_mime")}


def _move_rows(
    owner: AbstractBaseUser, keep: Person, absorb: Person, now: datetime
) -> dict[str, int]:
    def identity(point: ContactPoint) -> tuple[str, str]:
        return Point(point.kind, point.value, point.key).identity

    have = {identity(p) for p in ContactPoint.objects.filter(person=keep)}
    duplicates = [p.pk for p in ContactPoint.objects.filter(person=absorb) if identity(p) in have]
    ContactPoint.objects.filter(pk__in=duplicates).delete()
    moved = {"contact points": ContactPoint.objects.filter(person=absorb).update(person=keep)}
    for label, model in (("meetings", Meeting), ("steps", Step), ("interactions", Interaction),
                         ("offers", Offer), ("card photos", CardPhoto)):
        moved[label] = model.objects.filter(owner=owner, person=absorb).update(person=keep)
    _one_open_cadence_step(keep, now)
    return moved


def _one_open_cadence_step(person: Person, now: datetime) -> None:
    """Two people each had a face-to-face deadline: the earlier one stands for both."""
    open_cadence = Step.objects.filter(person=person, cadence=True, state=StepState.OPEN)
    later = list(open_cadence.order_by("due_at", "id").values_list("pk", flat=True))[1:]
    Step.objects.filter(pk__in=later).update(
        state=StepState.SKIPPED, closed_at=now, skip_reason="merged: the earlier deadline stands"
    )
