"""Contact points and matching: the keys (email, LinkedIn URL, phone) that keep people from twinning."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain.contact_keys import match_key
from followthrough.models import ContactPoint, Person
from followthrough.services.versions import note_change

Kind = ContactPoint.Kind


@dataclass(frozen=True)
class Key:
    kind: str
    key: str
    value: str
    label: str = ""


def email_key(email: str) -> Key:
    return Key(Kind.EMAIL, match_key(Kind.EMAIL, email), email)


def phone_key(phone_e164: str) -> Key:
    return Key(Kind.PHONE, phone_e164, phone_e164)


def linkedin_key(url: str) -> Key:
    return Key(Kind.LINKEDIN, match_key(Kind.LINKEDIN, url), url)


def people_matching(owner: AbstractBaseUser, keys: list[Key]) -> list[Person]:
    """Living people of this owner who share any key, first match first."""
    found: dict[int, Person] = {}
    for key in keys:
        points = ContactPoint.objects.filter(
            owner=owner, kind=key.kind, key=key.key, person__deleted_at__isnull=True
        ).select_related("person")
        for point in points:
            found.setdefault(point.person_id, point.person)
    return list(found.values())


def add_contact_points(person: Person, keys: list[Key]) -> int:
    """Add the keys the person does not have yet, beside the old ones; returns how many were new."""
    have = set(
        ContactPoint.objects.filter(person=person).values_list("kind", "key")
    )
    new = [k for k in keys if (k.kind, k.key) not in have]
    ContactPoint.objects.bulk_create(
        ContactPoint(
            owner_id=person.owner_id, person=person, kind=k.kind, value=k.value, key=k.key,
            label=k.label, preferred=not any(kind == k.kind for kind, _ in have),
        )
        for k in new
    )
    if new:  # after the write: outside a transaction, a reader must not see the new version first
        note_change(person.owner_id)
    return len(new)
