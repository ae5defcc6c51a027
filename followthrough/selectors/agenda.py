"""Today's agenda: overdue steps, steps due today and this week, people at risk of lapsing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Prefetch, Q, QuerySet, prefetch_related_objects

from followthrough.domain.kinds import StepState
from followthrough.domain.playbook import Playbook
from followthrough.models import ContactPoint, Offer, Person, Step
from followthrough.selectors.status import people_at_risk

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class AgendaItem:
    step: Step
    give_note: str
    warnings: tuple[str, ...]

    @property
    def person(self) -> Person:
        return self.step.person


@dataclass
class Section:
    """The most urgent items of one part of the agenda, and how many there are in all."""

    items: list[AgendaItem] = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.items)


@dataclass
class Agenda:
    now: datetime
    overdue: Section
    today: Section
    this_week: Section
    at_risk: list[Person]
    at_risk_total: int

    @property
    def is_empty(self) -> bool:
        return not (self.overdue.total or self.today.total or self.this_week.total
                    or self.at_risk_total)


def end_of_local_day(now: datetime, zone: ZoneInfo) -> datetime:
    local = now.astimezone(zone)
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)


@dataclass(frozen=True)
class PersonSteps:
    """One person's open steps on Today, most urgent first."""

    person: Person
    items: list[AgendaItem]

    @property
    def first_due(self) -> datetime:
        return self.items[0].step.due_at


def by_person(agenda: Agenda) -> list[PersonSteps]:
    """Today's steps, one group per person: the person with the most urgent step first, and
    each person's steps most urgent first. No query: the sections are already in due order
    (overdue, then today, then this week), so a person's place is where their first step is."""
    groups: dict[int, list[AgendaItem]] = {}
    for section in (agenda.overdue, agenda.today, agenda.this_week):
        for item in section.items:
            groups.setdefault(item.step.person_id, []).append(item)
    return [PersonSteps(items[0].person, items) for items in groups.values()]


def agenda_for(
    owner: AbstractBaseUser, *, now: datetime, zone: ZoneInfo, playbook: Playbook,
    limit: int | None = 20,
) -> Agenda:
    """At most a fixed number of queries whatever the data: one count, one page per section
    that has steps, two prefetches for the people on the pages, at-risk (and their count when
    there are more than the page shows)."""
    bounds = section_bounds(now, zone)
    open_steps = open_steps_of(owner)
    # Bounded by the end of the week and counting due_at (in the index, never null), the count
    # reads step_owner_state_due alone: PostgreSQL read every open step from the table (5 ms
    # for 10,000 open steps), now an index-only range (1.4 ms).
    totals = open_steps.filter(due_at__lt=end_of_local_day(now, zone) + WEEK).aggregate(
        **{name: Count("due_at", filter=q) for name, q in bounds.items()})
    give_note_kinds = give_note_kinds_of(playbook)
    # A section the count found empty (nothing left today, say) needs no page query.
    pages = {name: _page(open_steps.filter(q), limit) if totals[name] else []
             for name, q in bounds.items()}
    prefetch_people([step for steps in pages.values() for step in steps])
    sections = {
        name: Section([agenda_item(step, give_note_kinds) for step in steps], totals[name])
        for name, steps in pages.items()
    }
    at_risk = people_at_risk(owner, now)
    at_risk_page = list(at_risk[:limit] if limit else at_risk)
    # A page shorter than the limit is everyone: counting them again would be one more query.
    at_risk_total = (len(at_risk_page) if limit is None or len(at_risk_page) < limit
                     else at_risk.count())
    return Agenda(now=now, **sections, at_risk=at_risk_page, at_risk_total=at_risk_total)


def section_bounds(now: datetime, zone: ZoneInfo) -> dict[str, Q]:
    """The open steps of each step section, by due time."""
    end_today = end_of_local_day(now, zone)
    return {
        "overdue": Q(due_at__lt=now),
        "today": Q(due_at__gte=now, due_at__lt=end_today),
        "this_week": Q(due_at__gte=end_today, due_at__lt=end_today + WEEK),
    }


def open_steps_of(owner: AbstractBaseUser) -> QuerySet[Step]:
    # No join to Person: a deleted person's open steps are set aside (services/trash.py).
    return Step.objects.filter(owner=owner, state=StepState.OPEN)


def give_note_kinds_of(playbook: Playbook) -> set[str]:
    return {t.kind for t in playbook.steps if t.needs_give_note}


def _page(steps: QuerySet[Step], limit: int | None) -> list[Step]:
    page = steps.select_related("person", "meeting").order_by("due_at", "id")
    return list(page[:limit] if limit else page)


def prefetch_people(steps: list[Step]) -> None:
    """Contact points and open offers of everyone on the agenda: two queries for all sections."""
    prefetch_related_objects(
        [step.person for step in steps],
        Prefetch("contact_points", queryset=ContactPoint.objects.all()),
        Prefetch("offers", queryset=Offer.objects.filter(delivered_at__isnull=True)),
    )


def reopened_item(step: Step, playbook: Playbook) -> AgendaItem:
    """One step as Today shows it (a step reopened by Undo comes back in place)."""
    prefetch_people([step])
    return agenda_item(step, give_note_kinds_of(playbook))


def agenda_item(step: Step, give_note_kinds: set[str]) -> AgendaItem:
    if step.kind not in give_note_kinds:
        return AgendaItem(step=step, give_note="", warnings=())
    give_note = "; ".join(o.text for o in step.person.offers.all())
    warnings = () if give_note else ("no note of what you can give them",)
    return AgendaItem(step=step, give_note=give_note, warnings=warnings)
