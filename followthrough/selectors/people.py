"""Finding people: by id, email, LinkedIn URL or a unique part of the name; listing with filters."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q, QuerySet

from followthrough.domain.kinds import Status
from followthrough.domain.status import AT_RISK_WINDOW
from followthrough.errors import Ambiguous, InvalidInput, NotFound
from followthrough.models import ContactPoint, Person
from followthrough.services.contacts import match_key


def people_of(owner: AbstractBaseUser) -> QuerySet[Person]:
    return Person.objects.alive().filter(owner=owner)


def find_person(owner: AbstractBaseUser, ref: str) -> Person:
    """The one person `ref` names; an ambiguous name lists the candidates and finds no one."""
    ref = ref.strip()
    if not ref:
        raise InvalidInput("person", "name someone by id, email or a part of their name")
    people = people_of(owner)
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


def status_filter(status: Status, now: datetime) -> Q:
    """The query form of domain.status.classify; a test checks that the two agree."""
    soon = now + AT_RISK_WINDOW
    not_due_soon = Q(face_to_face_due__isnull=True) | Q(face_to_face_due__gt=soon)
    relationship = Q(relationship_until__gte=now)
    return {
        Status.LAPSED: Q(face_to_face_due__lt=now),
        Status.AT_RISK: Q(face_to_face_due__gte=now, face_to_face_due__lte=soon),
        Status.RELATIONSHIP: not_due_soon & relationship,
        Status.FOLLOWING_UP: not_due_soon & ~relationship & Q(first_met_at__isnull=False),
        Status.NEW: not_due_soon & ~relationship & Q(first_met_at__isnull=True),
    }[status]


def people_for(
    owner: AbstractBaseUser, *, now: datetime, status: Status | None = None, search: str = ""
) -> QuerySet[Person]:
    """People by status and text (name, organisation, tag, email), soonest deadline first."""
    people = people_of(owner)
    if status is not None:
        people = people.filter(status_filter(status, now))
    if search.strip():
        text = search.strip()
        people = people.filter(
            Q(full_name__icontains=text)
            | Q(organisation__icontains=text)
            | Q(tags__icontains=text)
            | Q(id__in=ContactPoint.objects.filter(owner=owner, key__icontains=text.lower())
                .values("person_id"))
        )
    return people.order_by("next_due", "full_name", "id")


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
