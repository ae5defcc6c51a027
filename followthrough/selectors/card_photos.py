"""The photos of someone's business card: listed without their bytes, read one at a time."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.models import CardPhoto, Person


def card_photos_of(person: Person) -> list[tuple[int, datetime]]:
    """(id, when it was saved) of each photo of the person's card, oldest first."""
    return list(CardPhoto.objects.filter(owner_id=person.owner_id, person=person)
                .values_list("id", "created_at"))


def card_photo(owner: AbstractBaseUser, person_id: int, photo_id: int) -> bytes | None:
    """The JPEG, if this owner has that photo of that living person; None otherwise."""
    found = (CardPhoto.objects.filter(owner=owner, person_id=person_id, id=photo_id,
                                      person__deleted_at__isnull=True)
             .values_list("photo", flat=True).first())
    return bytes(found) if found is not None else None
