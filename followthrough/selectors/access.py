"""May this owner reach this row? One answer for every door and service: the row, or NotFound.

A row is the owner's when it carries their id and its person is not in the trash. Another
owner's id and an id that does not exist get the same NotFound, so no door can tell them apart
(the web and the API answer 404, the command line prints the message).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet

from followthrough.errors import NotFound
from followthrough.models import EvidenceItem, Interaction, Meeting, Offer, Person, Step


def check_person(owner: AbstractBaseUser, person: Person) -> None:
    """For a service handed a Person: NotFound unless it is the owner's and not deleted."""
    if person.owner_id != owner.pk or person.deleted_at is not None:
        raise NotFound("person: not found")


def owned_people(owner: AbstractBaseUser) -> QuerySet[Person]:
    return Person.objects.alive().filter(owner=owner)


def owned_meetings(owner: AbstractBaseUser) -> QuerySet[Meeting]:
    return Meeting.objects.filter(owner=owner, person__deleted_at__isnull=True)


def owned_steps(owner: AbstractBaseUser) -> QuerySet[Step]:
    return Step.objects.filter(owner=owner, person__deleted_at__isnull=True)


def owned_interactions(owner: AbstractBaseUser) -> QuerySet[Interaction]:
    return Interaction.objects.filter(owner=owner, person__deleted_at__isnull=True)


def owned_offers(owner: AbstractBaseUser) -> QuerySet[Offer]:
    return Offer.objects.filter(owner=owner, person__deleted_at__isnull=True)


def owned_evidence(owner: AbstractBaseUser) -> QuerySet[EvidenceItem]:
    return EvidenceItem.objects.filter(owner=owner, person__deleted_at__isnull=True)


def access_person(owner: AbstractBaseUser, person_id: int) -> Person:
    return _one(owned_people(owner), "person", person_id)


def access_meeting(owner: AbstractBaseUser, meeting_id: int) -> Meeting:
    return _one(owned_meetings(owner).select_related("person"), "meeting", meeting_id)


def access_step(owner: AbstractBaseUser, step_id: int, *, for_update: bool = False) -> Step:
    """`for_update`: locked until the transaction ends (a service about to change it)."""
    steps = owned_steps(owner).select_related("person")
    return _one(steps.select_for_update() if for_update else steps, "step", step_id)


def access_interaction(owner: AbstractBaseUser, interaction_id: int) -> Interaction:
    return _one(owned_interactions(owner), "interaction", interaction_id)


def access_offer(owner: AbstractBaseUser, offer_id: int, *, person: Person | None = None) -> Offer:
    """`person`: the offer must also be theirs (a person's page acting on one of its offers)."""
    offers = owned_offers(owner)
    return _one(offers if person is None else offers.filter(person=person), "offer", offer_id)


def access_evidence(owner: AbstractBaseUser, evidence_id: int) -> EvidenceItem:
    return _one(owned_evidence(owner), "evidence item", evidence_id)


def _one(rows: QuerySet[Any], noun: str, row_id: int) -> Any:
    found = rows.filter(id=row_id).first()
    if found is None:
        raise NotFound(f"there is no {noun} {row_id}")
    return found
