"""Evidence waiting for the user: suggestions to confirm, events still to come."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.models import EvidenceItem, Person

State = EvidenceItem.State
LIMIT = 200


def suggestions_for(owner: AbstractBaseUser, person: Person | None = None) -> list[EvidenceItem]:
    found = EvidenceItem.objects.filter(owner=owner, state=State.SUGGESTED,
                                        person__deleted_at__isnull=True)
    if person is not None:
        found = found.filter(person=person)
    return list(found.select_related("person").order_by("at", "id")[:LIMIT])


def scheduled_for(owner: AbstractBaseUser, person: Person, now: datetime) -> list[EvidenceItem]:
    """The person's calendar events still to come."""
    return list(EvidenceItem.objects.filter(owner=owner, person=person, state=State.SCHEDULED,
                                            at__gt=now).order_by("at", "id")[:LIMIT])
