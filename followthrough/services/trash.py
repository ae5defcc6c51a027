"""Deleted people: undo within 30 days, then gone for good (the worker purges them)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from followthrough.errors import Conflict
from followthrough.models import Person
from followthrough.services.refresh import refresh_person

KEPT_FOR = timedelta(days=30)


@transaction.atomic
def undelete_person(*, owner: AbstractBaseUser, person: Person, now: datetime) -> Person:
    if person.owner_id != owner.pk:
        raise Conflict("not found")
    if person.deleted_at is None:
        raise Conflict(f"{person.full_name} is not deleted")
    person.deleted_at = None
    person.save(update_fields=["deleted_at", "updated_at"])
    return refresh_person(person, now)


@transaction.atomic
def purge_deleted(*, now: datetime) -> int:
    """Remove, for every owner, the people deleted more than 30 days ago; returns how many."""
    expired = Person.objects.filter(deleted_at__lt=now - KEPT_FOR)
    count = expired.count()
    expired.delete()  # their contact points, meetings, steps, interactions, offers cascade
    return count
