"""Deleted people: undo within 30 days, then gone for good (the worker purges them).

A deleted person's open steps are set aside (state `trashed`) and reopened on undelete, so
every reader of open steps (agenda, feed, worker) can trust `state = open` without a join.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from followthrough.domain.kinds import StepState
from followthrough.errors import Conflict
from followthrough.models import Person, Step
from followthrough.services.refresh import refresh_person
from followthrough.services.versions import changes_owner_data, note_change

KEPT_FOR = timedelta(days=30)


def set_aside_open_steps(person: Person) -> int:
    """Called when `person` goes to the trash, inside the deleting transaction."""
    return Step.objects.filter(person=person, state=StepState.OPEN).update(state=StepState.TRASHED)


@changes_owner_data
def undelete_person(*, owner: AbstractBaseUser, person: Person, now: datetime) -> Person:
    if person.owner_id != owner.pk:
        raise Conflict("not found")
    if person.deleted_at is None:
        raise Conflict(f"{person.full_name} is not deleted")
    if person.merged_into is not None:
        raise Conflict(merged_away(person) + ": nothing of theirs is left here to bring back")
    person.deleted_at = None
    person.save(update_fields=["deleted_at", "updated_at"])
    Step.objects.filter(person=person, state=StepState.TRASHED).update(state=StepState.OPEN)
    return refresh_person(person)


def merged_away(person: Person) -> str:
    """What became of a person `followthrough merge` absorbed, in words."""
    keep, when = person.merged_into, person.deleted_at
    if keep is None or when is None:
        return f"{person.full_name} (id {person.pk}) was not merged into anyone"
    gone = " (deleted since)" if keep.deleted_at is not None else ""
    return (f"{person.full_name} (id {person.pk}) was merged into {keep.full_name} (id "
            f"{keep.pk}){gone} on {when:%Y-%m-%d}: their meetings, steps, "
            "interactions, offers and contact points are there")


@transaction.atomic
def purge_deleted(*, now: datetime) -> int:
    """Remove, for every owner, the people deleted more than 30 days ago; returns how many."""
    expired = Person.objects.filter(deleted_at__lt=now - KEPT_FOR)
    count = expired.count()
    for owner_id in set(expired.values_list("owner_id", flat=True)):
        note_change(owner_id)
    expired.delete()  # their contact points, meetings, steps, interactions, offers cascade
    return count
