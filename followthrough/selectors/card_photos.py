"""The photos of someone's business card: listed without their bytes, read one at a time."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.errors import NotFound
from followthrough.models import CardPhoto, Person
from followthrough.selectors.access import access_person


def card_photos_of(person: Person) -> list[tuple[int, datetime]]:
    """(id, when it was saved) of each photo of the person's card, oldest first."""
    return list(CardPhoto.objects.filter(owner_id=person.owner_id, person=person)
                .values_list("id", "created_at"))


def card_photo(owner: AbstractBaseUser, person_id: int, photo_id: int) -> bytes:
    """The JPEG of that photo of that person, if they are the owner's (selectors/access.py);
    NotFound otherwise."""
    person = access_person(owner, person_id)
    found = (CardPhoto.objects.filter(owner=owner, person=person, id=photo_id)
             .values_list("photo", flat=True).first())
    if found is None:
        raise NotFound(f"there is no photo {photo_id} of {person.full_name}'s card")
    return bytes(found)
