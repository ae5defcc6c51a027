"""Today's agenda: overdue steps, steps due today and this week, people at risk of lapsing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Prefetch

from followthrough.domain.kinds import StepState
from followthrough.domain.playbook import Playbook
from followthrough.domain.status import AT_RISK_WINDOW
from followthrough.models import ContactPoint, Offer, Person, Step

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
class Agenda:
    now: datetime
    overdue: list[AgendaItem] = field(default_factory=list)
    today: list[AgendaItem] = field(default_factory=list)
    this_week: list[AgendaItem] = field(default_factory=list)
    at_risk: list[Person] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.today or self.this_week or self.at_risk)


def end_of_local_day(now: datetime, zone: ZoneInfo) -> datetime:
    local = now.astimezone(zone)
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)


def agenda_for(
    owner: AbstractBaseUser, *, now: datetime, zone: ZoneInfo, playbook: Playbook
) -> Agenda:
    """One query for the steps (with people, contact points and open offers), one for the at-risk."""
    end_today = end_of_local_day(now, zone)
    steps = (
        Step.objects.filter(
            owner=owner, state=StepState.OPEN, due_at__lt=end_today + WEEK,
            person__deleted_at__isnull=True,
        )
        .select_related("person", "meeting")
        .prefetch_related(
            Prefetch("person__contact_points", queryset=ContactPoint.objects.all()),
            Prefetch("person__offers", queryset=Offer.objects.filter(delivered_at__isnull=True)),
        )
        .order_by("due_at", "id")
    )
    agenda = Agenda(now=now)
    give_note_kinds = {t.kind for t in playbook.steps if t.needs_give_note}
    for step in steps:
        item = _item(step, give_note_kinds)
        if step.due_at < now:
            agenda.overdue.append(item)
        elif step.due_at < end_today:
            agenda.today.append(item)
        else:
            agenda.this_week.append(item)
    agenda.at_risk = list(
        Person.objects.alive()
        .filter(owner=owner, face_to_face_due__gte=now, face_to_face_due__lte=now + AT_RISK_WINDOW)
        .order_by("face_to_face_due", "id")
    )
    return agenda


def _item(step: Step, give_note_kinds: set[str]) -> AgendaItem:
    if step.kind not in give_note_kinds:
        return AgendaItem(step=step, give_note="", warnings=())
    give_note = "; ".join(o.text for o in step.person.offers.all())
    warnings = () if give_note else ("no note of what you can give them",)
    return AgendaItem(step=step, give_note=give_note, warnings=warnings)
