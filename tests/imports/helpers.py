"""Helpers the tests of tests/imports import (conftest.py holds only fixtures)."""

from __future__ import annotations


def alive(owner, name: str):  # type: ignore[no-untyped-def]
    from followthrough.models import Person

    return list(Person.objects.alive().filter(owner=owner, full_name__icontains=name))


def snapshot(owner) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    """Everything the owner has, as plain rows: equal snapshots mean an untouched database."""
    from followthrough.models import ContactPoint, Interaction, Meeting, Offer, Person, Step

    return {
        model.__name__: sorted(
            tuple(str(v) for v in row) for row in model.objects.filter(owner=owner).values_list()
        )
        for model in (Person, ContactPoint, Meeting, Step, Interaction, Offer)
    }
