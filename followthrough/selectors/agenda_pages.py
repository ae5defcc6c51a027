"""All of one part of Today: a numbered page at a time ("Show all" on the web), or everything
in chunks (`followthrough today --all`, streamed). Both cost the same few queries whatever the
part holds: a page reads a count and its own rows, a chunk its own rows.

A page's rows are found in two steps: the ids of the page from the (owner, state, due) index
alone, then those rows with their people. Reading whole rows, joined to their people, only to
skip them was what a deep page would otherwise pay for every row before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q, QuerySet

from followthrough.domain.playbook import Playbook
from followthrough.models import Person, Step
from followthrough.selectors.agenda import (
    AgendaItem,
    agenda_item,
    give_note_kinds_of,
    open_steps_of,
    prefetch_people,
    section_bounds,
)
from followthrough.selectors.status import people_at_risk

STEP_SECTIONS = ("overdue", "today", "this_week")
AT_RISK = "at_risk"
SECTIONS = (*STEP_SECTIONS, AT_RISK)
PER_PAGE = 50
CHUNK = 500

Item = TypeVar("Item", AgendaItem, Person)


@dataclass(frozen=True)
class AgendaPage(Generic[Item]):
    """One numbered page of a part of Today, and where it lies among the others."""

    section: str
    items: list[Item]
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first(self) -> int:
        """The position of the page's first item, counting from 1."""
        return (self.number - 1) * self.per_page + 1

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def agenda_page(
    owner: AbstractBaseUser, *, section: str, number: int, now: datetime, zone: ZoneInfo,
    playbook: Playbook, per_page: int = PER_PAGE,
) -> AgendaPage[AgendaItem] | AgendaPage[Person]:
    """Page `number` of `section` (one of SECTIONS); a number past the end is the last page."""
    total = section_total(owner, section=section, now=now, zone=zone)
    number = _within(number, total, per_page)
    start = (number - 1) * per_page
    if section == AT_RISK:
        people = people_at_risk(owner, now)[start:start + per_page]
        return AgendaPage(section, list(people), number, per_page, total)
    steps = open_steps_of(owner).filter(section_bounds(now, zone)[section])
    ids = list(steps.order_by("due_at", "id").values_list("id", flat=True)[start:start + per_page])
    return AgendaPage(section, _items(Step.objects.filter(id__in=ids), playbook), number,
                      per_page, total)


def section_total(owner: AbstractBaseUser, *, section: str, now: datetime, zone: ZoneInfo
                  ) -> int:
    """How many items `section` holds: one count, from an index."""
    if section == AT_RISK:
        return people_at_risk(owner, now).count()
    return open_steps_of(owner).filter(section_bounds(now, zone)[section]).count()


def _within(number: int, total: int, per_page: int) -> int:
    return min(max(number, 1), max(1, -(-total // per_page)))


def agenda_chunks(
    owner: AbstractBaseUser, *, section: str, now: datetime, zone: ZoneInfo,
    playbook: Playbook, size: int = CHUNK,
) -> Iterator[list[AgendaItem]] | Iterator[list[Person]]:
    """Every item of `section`, most urgent first, `size` at a time: each chunk starts where
    the last one ended (by due time and id), so memory and each query stay the same size."""
    if section == AT_RISK:
        return _people_chunks(people_at_risk(owner, now), size)
    return _step_chunks(open_steps_of(owner).filter(section_bounds(now, zone)[section]),
                        playbook, size)


def _step_chunks(steps: QuerySet[Step], playbook: Playbook, size: int
                 ) -> Iterator[list[AgendaItem]]:
    after = Q()
    while chunk := _items(steps.filter(after), playbook, size):
        yield chunk
        if len(chunk) < size:  # that was the last
            return
        last = chunk[-1].step
        after = Q(due_at__gt=last.due_at) | Q(due_at=last.due_at, id__gt=last.pk)


def _people_chunks(people: QuerySet[Person], size: int) -> Iterator[list[Person]]:
    after = Q()
    while chunk := list(people.filter(after)[:size]):
        yield chunk
        if len(chunk) < size:
            return
        last = chunk[-1]
        after = (Q(face_to_face_due__gt=last.face_to_face_due)
                 | Q(face_to_face_due=last.face_to_face_due, id__gt=last.pk))


def _items(steps: QuerySet[Step], playbook: Playbook, limit: int | None = None
           ) -> list[AgendaItem]:
    """Steps with their people, meetings, contact points and open offers, most urgent first."""
    ordered = steps.select_related("person", "meeting").order_by("due_at", "id")
    rows = list(ordered[:limit] if limit else ordered)
    prefetch_people(rows)
    kinds = give_note_kinds_of(playbook)
    return [agenda_item(step, kinds) for step in rows]
