"""Evidence waiting for the user: suggestions to confirm, events still to come."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.models import EvidenceItem, Person
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
