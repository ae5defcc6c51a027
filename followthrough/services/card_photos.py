"""A business card from a photo: read it, then save what the user checked.

    reading = read_card(data=photo_bytes, filename="card.jpg", prefs=prefs)
    saved = save_card(owner=owner, record=card_record(reading, edits), photo=reading.photo,
                      prefs=prefs, now=now)

Saving is an import of one card: someone who shares the card's e-mail, phone or LinkedIn URL
is updated (blanks filled, new phones beside the old, differences reported), never twinned.
The photo is kept on the person and their open "save-card" steps are done. On the capture
page a card comes with a meeting: `record_card_meeting` saves both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from followthrough.domain.kinds import StepState
from followthrough.formats.card_photo import CardReading, read_card_photo
from followthrough.formats.photos import open_photo, small_jpeg
from followthrough.formats.records import ContactRecord
from followthrough.models import CardPhoto, Person, Step
from followthrough.preferences import Preferences
from followthrough.services.imports import ImportReport, import_contacts
from followthrough.services.meetings import (
    MeetingRecorded,
    NewMeeting,
    find_person,
    meeting_keys,
    record_meeting,
)
from followthrough.services.steps import complete_step
from followthrough.services.versions import changes_owner_data

SAVE_CARD_STEP = "save-card"


@dataclass
class CardSaved:
    """Who the card was saved to (None on a dry run), what the merge did, the steps it closed."""

    person: Person | None
    report: ImportReport
    steps_done: list[str] = field(default_factory=list)


def read_card(*, data: bytes, filename: str, prefs: Preferences) -> CardReading:
    """The card on a photo: its QR code, else its text. Writes nothing."""
    return read_card_photo(data, filename, prefs.phone_region)


@changes_owner_data
def save_card(
    *, owner: AbstractBaseUser, record: ContactRecord, photo: bytes, prefs: Preferences,
    now: datetime, into: int | None = None, dry_run: bool = False,
) -> CardSaved:
    """Merge the card like an import, keep the photo, do the person's save-card steps.

    `into` saves it onto that person (the user chose them); `dry_run` reports and writes nothing.
    """
    kept = small_jpeg(open_photo(photo, "the card photo")) if photo else b""
    with transaction.atomic():
        report = import_contacts(owner=owner, records=[record], prefs=prefs, now=now,
                                 into=into)
        person = Person.objects.get(owner=owner, pk=report.person_id)
        if kept and not _kept_already(person, kept):
            CardPhoto.objects.create(owner=owner, person=person, photo=kept)
        done = _do_save_card_steps(owner, person, prefs, now)
        if dry_run:
            transaction.set_rollback(True)
    report.dry_run = dry_run
    return CardSaved(None if dry_run else person, report, done)


@changes_owner_data
def record_card_meeting(
    *, owner: AbstractBaseUser, meeting: NewMeeting, record: ContactRecord, photo: bytes,
    prefs: Preferences, now: datetime, person: Person | None = None, new_person: bool = False,
) -> MeetingRecorded:
    """The capture page with a card: the card saved onto whoever the meeting is with (found by
    its keys, or the person the user picked), then the meeting and its playbook."""
    if person is None and not new_person:
        person = find_person(owner, meeting.name, meeting_keys(meeting, prefs))
    saved = save_card(owner=owner, record=record, photo=photo, prefs=prefs, now=now,
                      into=person.pk if person else None)
    if saved.person is None:
        raise RuntimeError("a saved card has a person")
    result = record_meeting(owner=owner, meeting=meeting, prefs=prefs, now=now,
                            person=saved.person)
    result.created_person = saved.report.created > 0
    _do_save_card_steps(owner, saved.person, prefs, now)  # the one this meeting just planned
    result.steps = list(Step.objects.filter(meeting=result.meeting).order_by("due_at", "id"))
    return result


def _kept_already(person: Person, photo: bytes) -> bool:
    """The same photo saved twice (the same file imported again) is kept once."""
    return any(bytes(p) == photo for p in person.card_photos.values_list("photo", flat=True))


def _do_save_card_steps(owner: AbstractBaseUser, person: Person, prefs: Preferences,
                        now: datetime) -> list[str]:
    steps = Step.objects.filter(owner=owner, person=person, kind=SAVE_CARD_STEP,
                                state=StepState.OPEN)
    return [complete_step(owner=owner, step_id=pk, now=now, prefs=prefs).title
            for pk in steps.values_list("pk", flat=True)]
