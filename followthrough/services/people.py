"""Changes to a person that are not meetings: offers, cadence, deletion."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain.kinds import StepState
from followthrough.domain.playbook import Offset
from followthrough.domain.schedule import due_after
from followthrough.errors import Conflict, InvalidInput
from followthrough.models import Offer, Person, Step
from followthrough.preferences import Preferences
from followthrough.selectors.access import access_offer, check_person
from followthrough.services.refresh import refresh_person
from followthrough.services.validation import clean_text
from followthrough.services.versions import changes_owner_data

CADENCE_MAX_DAYS = 3650


@changes_owner_data
def add_offer(
    *, owner: AbstractBaseUser, person: Person, text: str, delivered: bool, now: datetime
) -> Offer:
    check_person(owner, person)
    text = clean_text("offer", text, required=True)
    return Offer.objects.create(
        owner=owner, person=person, text=text, delivered_at=now if delivered else None
    )


@changes_owner_data
def deliver_offer(*, owner: AbstractBaseUser, offer_id: int, now: datetime) -> Offer:
    offer = access_offer(owner, offer_id)
    if offer.delivered_at is not None:
        raise Conflict(f"offer {offer_id} was already delivered on {offer.delivered_at:%Y-%m-%d}")
    offer.delivered_at = now
    offer.save(update_fields=["delivered_at"])
    return offer


@changes_owner_data
def set_cadence(
    *, owner: AbstractBaseUser, person: Person, days: int | None, now: datetime,
    prefs: Preferences,
) -> Person:
    """Meet face to face every `days` days, or never (None): the open deadline moves with it.

    Switching a cadence back on gives a person you have met a deadline again: `days` after the
    last face-to-face meeting (or the first meeting), or from now when that has passed.
    """
    check_person(owner, person)
    if days is not None and not 1 <= days <= CADENCE_MAX_DAYS:
        raise InvalidInput("cadence", f"must be between 1 and {CADENCE_MAX_DAYS} days, or off")
    person.cadence_days = days
    person.save(update_fields=["cadence_days", "updated_at"])
    open_cadence = Step.objects.filter(person=person, cadence=True, state=StepState.OPEN)
    last_met = person.last_face_to_face_at or person.first_met_at
    if days is None:
        open_cadence.update(state=StepState.SKIPPED, closed_at=now, skip_reason="cadence off")
    elif last_met is not None and open_cadence.exists():
        open_cadence.update(due_at=due_after(last_met, Offset(days, "d"), prefs.zone))
    elif last_met is not None:
        _new_deadline(person, last_met, days, now, prefs)
    return refresh_person(person, zone=prefs.zone)


def _new_deadline(person: Person, last_met: datetime, days: int, now: datetime,
                  prefs: Preferences) -> None:
    template = prefs.playbook.cadence_step
    if template is None:
        return
    due = due_after(last_met, Offset(days, "d"), prefs.zone)
    if due < now:
        due = due_after(now, Offset(days, "d"), prefs.zone)
    Step.objects.create(owner_id=person.owner_id, person=person, kind=template.kind,
                        title=template.title, after=f"{days}d", cadence=True, due_at=due)
