"""Editing a person's card and cadence by hand, and deleting a person (softly: the rows stay,
hidden)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from django.contrib.auth.models import AbstractBaseUser

from followthrough.models import Person
from followthrough.models.person import NAME_MAX, NOTE_MAX
from followthrough.preferences import Preferences
from followthrough.selectors.access import check_person
from followthrough.services.people import set_cadence
from followthrough.services.trash import set_aside_open_steps
from followthrough.services.validation import clean_text
from followthrough.services.versions import changes_owner_data

TAGS_MAX = 1000


class Keep(Enum):
    """A cadence left as it is (None already means off)."""

    CADENCE = "keep"


@dataclass(frozen=True)
class PersonEdit:
    full_name: str
    organisation: str = ""
    title: str = ""
    notes: str = ""
    tags: str = ""
    cadence_days: int | None | Keep = Keep.CADENCE  # None: off


def clean_tags(text: str) -> str:
    """Comma-separated, trimmed, without blanks or repeats (case-insensitively), order kept."""
    seen: dict[str, str] = {}
    for tag in text.split(","):
        tag = " ".join(tag.split())
        if tag and tag.lower() not in seen:
            seen[tag.lower()] = tag
    return clean_text("tags", ", ".join(seen.values()), limit=TAGS_MAX)


@changes_owner_data
def edit_person(
    *, owner: AbstractBaseUser, person: Person, edit: PersonEdit, now: datetime,
    prefs: Preferences,
) -> Person:
    """The card's fields, and the cadence when it changes (its open deadline moves with it, and
    switched back on it sets one: `set_cadence`)."""
    check_person(owner, person)
    full_name = clean_text("name", edit.full_name, limit=NAME_MAX, required=True)
    if full_name != person.full_name:
        given, _, family = full_name.partition(" ")
        person.given_name, person.family_name = given, family.strip()
    person.full_name = full_name
    person.organisation = clean_text("organisation", edit.organisation, limit=NAME_MAX)
    person.title = clean_text("title", edit.title, limit=NAME_MAX)
    person.notes = clean_text("notes", edit.notes, limit=NOTE_MAX, one_line=False)
    person.tags = clean_tags(edit.tags)
    person.save(update_fields=[
        "full_name", "given_name", "family_name", "organisation", "title", "notes", "tags",
        "updated_at",
    ])
    if not isinstance(edit.cadence_days, Keep) and edit.cadence_days != person.cadence_days:
        set_cadence(owner=owner, person=person, days=edit.cadence_days, now=now, prefs=prefs)
    return person


@changes_owner_data
def rename_person(*, owner: AbstractBaseUser, person: Person, name: str) -> Person:
    """Give them the name they go by; the old one becomes their nickname if that is free (or
    was the new name: "Janet Doe" kept as Jane Doe's nickname, then chosen, swaps the two)."""
    check_person(owner, person)
    name = clean_text("name", name, limit=NAME_MAX, required=True)
    if name == person.full_name:
        return person
    if not person.nickname or person.nickname.casefold() == name.casefold():
        person.nickname = person.full_name
    given, _, family = name.partition(" ")
    person.full_name, person.given_name, person.family_name = name, given, family.strip()
    person.save(update_fields=["full_name", "given_name", "family_name", "nickname", "updated_at"])
    return person


@changes_owner_data
def delete_person(*, owner: AbstractBaseUser, person: Person, now: datetime) -> Person:
    """Hide the person everywhere (agenda, lists, reminders); the rows stay for an undo by hand."""
    check_person(owner, person)
    person.deleted_at = now
    person.save(update_fields=["deleted_at", "updated_at"])
    set_aside_open_steps(person)
    return person
