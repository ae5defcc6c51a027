"""Evidence waiting for the user: suggestions to confirm, events still to come."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.playbook import Playbook
from followthrough.models import EvidenceItem, Person, Step
from followthrough.selectors.access import owned_evidence

State = EvidenceItem.State
LIMIT = 200


def suggestions_for(owner: AbstractBaseUser, person: Person | None = None) -> list[EvidenceItem]:
    found = owned_evidence(owner).filter(state=State.SUGGESTED)
    if person is not None:
        found = found.filter(person=person)
    return list(found.select_related("person").order_by("at", "id")[:LIMIT])


def scheduled_for(owner: AbstractBaseUser, person: Person, now: datetime) -> list[EvidenceItem]:
    """The person's calendar events still to come."""
    return list(owned_evidence(owner).filter(person=person, state=State.SCHEDULED, at__gt=now)
                .order_by("at", "id")[:LIMIT])


def linkedin_step_kinds(playbook: Playbook) -> list[str]:
    """The steps a LinkedIn connection or request completes."""
    return [t.kind for t in playbook.steps if InteractionKind.LINKEDIN in t.completed_by]


def linkedin_steps_open(owner: AbstractBaseUser, playbook: Playbook) -> QuerySet[Step]:
    """The LinkedIn steps still open: all a Connections.csv can complete (evidence never opens
    a step). Read from the agenda's index, which carries the kind."""
    return Step.objects.filter(owner=owner, state=StepState.OPEN,
                               kind__in=linkedin_step_kinds(playbook))
