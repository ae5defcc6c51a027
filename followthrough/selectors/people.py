"""Finding people: by id, email, LinkedIn URL or a unique part of the name; listing with filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import F, QuerySet

from followthrough.domain.contact_keys import match_key
from followthrough.domain.kinds import Status
from followthrough.domain.status import PersonFacts
from followthrough.errors import Ambiguous, InvalidInput, NotFound
from followthrough.models import Person
from followthrough.selectors.access import owned_people
from followthrough.selectors.search import matching_people
from followthrough.selectors.status import status_filter

# What a row of the People page shows.
PAGE_FIELDS = ("id", "full_name", "organisation", "next_due", "first_met_at", "face_to_face_due",
               "relationship_until")


def find_person(owner: AbstractBaseUser, ref: str) -> Person:
    """The one person `ref` names; an ambiguous name lists the candidates and finds no one."""
    ref = ref.strip()
    if not ref:
        raise InvalidInput("person", "name someone by id, email or a part of their name")
    people = owned_people(owner)
    if ref.isdigit():
        found = people.filter(id=int(ref)).first()
        if found:
            return found
    if "@" in ref or "linkedin.com/" in ref.lower():
        by_key = people.filter(contact_points__key=match_key("", ref)).distinct()
        if len(matches := list(by_key[:2])) == 1:
            return matches[0]
    candidates = list(people.filter(full_name__icontains=ref).order_by("full_name", "id")[:20])
    exact = [p for p in candidates if p.full_name.lower() == ref.lower()]
    if len(candidates) == 1 or len(exact) == 1:
        return exact[0] if exact else candidates[0]
    if candidates:
        raise Ambiguous(f"{ref!r} matches {len(candidates)} people; name one by id", candidates)
    raise NotFound(f"no one matches {ref!r}: try `followthrough people --search {ref}`")


# Most urgent first: lapsed and overdue (the oldest deadline first), then the soonest deadline;
# people with no deadline last. The index person_owner_next_due serves it on both databases.
URGENT_FIRST = (F("next_due").asc(nulls_last=True), "full_name", "id")


def people_for(
    owner: AbstractBaseUser, *, now: datetime, status: Status | None = None, search: str = ""
) -> QuerySet[Person]:
    """People by status and text (name, organisation, tag, email), most urgent first."""
    if search.strip():
        # The matches are the owner's own (matching_people starts from the owner): the people
        # are read by id from them, never by walking every person of the owner.
        people = Person.objects.alive().filter(matching_people(owner, search))
    else:
        people = owned_people(owner)
    if status is not None:
        people = people.filter(status_filter(status, now))
    return people.order_by(*URGENT_FIRST)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What a row of the People page shows, read without building a Person."""

    pk: int
    full_name: str
    organisation: str
    next_due: datetime | None
    facts: PersonFacts


def people_page(
    owner: AbstractBaseUser, *, now: datetime, search: str, status: Status | None, offset: int,
    limit: int,
) -> list[PersonRow]:
    """One page of `people_for`, as the People page shows it."""
    found = people_for(owner, now=now, status=status, search=search).values_list(*PAGE_FIELDS)
    return [PersonRow(pk, name, organisation, next_due, PersonFacts(
                first_met_at=first_met, face_to_face_due=f2f_due, relationship_until=until))
            for pk, name, organisation, next_due, first_met, f2f_due, until
            in found[offset:offset + limit]]


def deleted_people_of(owner: AbstractBaseUser) -> QuerySet[Person]:
    """People deleted in the last 30 days, which can still be brought back."""
    return Person.objects.filter(owner=owner, deleted_at__isnull=False).order_by("-deleted_at")


def find_deleted_person(owner: AbstractBaseUser, ref: str) -> Person:
    people = deleted_people_of(owner)
    found = list(people.filter(id=int(ref))) if ref.strip().isdigit() else list(
        people.filter(full_name__icontains=ref.strip())[:20])
    if len(found) == 1:
        return found[0]
    if found:
        raise Ambiguous(f"{ref!r} matches {len(found)} deleted people; name one by id", found)
    raise NotFound(f"no deleted person matches {ref!r}: `followthrough trash` lists them")
