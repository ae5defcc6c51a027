"""The caller's own rows, or NotFound (a 404) — the API never tells another owner's ids apart."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.utils import timezone

from followthrough.errors import NotFound
from followthrough.models import Interaction, Meeting, Offer, Person, Step
from followthrough.preferences import Preferences, preferences_for
from followthrough.selectors.people import people_of


def now() -> datetime:
    return timezone.now()


def prefs(request: HttpRequest) -> Preferences:
    return preferences_for(request.user)


def person(request: HttpRequest, person_id: int) -> Person:
    found = people_of(request.user).filter(id=person_id).first()
    if found is None:
        raise NotFound(f"there is no person {person_id}")
    return found


def meetings(request: HttpRequest):  # type: ignore[no-untyped-def]
    return Meeting.objects.filter(owner=request.user, person__deleted_at__isnull=True)


def steps(request: HttpRequest):  # type: ignore[no-untyped-def]
    return Step.objects.filter(owner=request.user, person__deleted_at__isnull=True)


def interactions(request: HttpRequest):  # type: ignore[no-untyped-def]
    return Interaction.objects.filter(owner=request.user, person__deleted_at__isnull=True)


def offers(request: HttpRequest):  # type: ignore[no-untyped-def]
    return Offer.objects.filter(owner=request.user, person__deleted_at__isnull=True)


def one(queryset, noun: str, object_id: int):  # type: ignore[no-untyped-def]
    found = queryset.filter(id=object_id).first()
    if found is None:
        raise NotFound(f"there is no {noun} {object_id}")
    return found
