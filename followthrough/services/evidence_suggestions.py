"""The user's answer to a suggestion (evidence matched by name alone): it is them, or not.

Confirming applies the item as if it had matched by address, and adds its e-mail address or
LinkedIn URL to the person, so their next mail matches by itself; their other suggestions with
the same address are applied with it.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.errors import Conflict, NotFound
from followthrough.models import EvidenceItem, Person
from followthrough.preferences import Preferences
from followthrough.selectors.access import access_evidence
from followthrough.services.contacts import Key, add_contact_points, email_key, linkedin_key
from followthrough.services.evidence import EvidenceReport, EvidenceRun
from followthrough.services.versions import changes_owner_data

State = EvidenceItem.State


def _suggestion(owner: AbstractBaseUser, evidence_id: int) -> EvidenceItem:
    try:
        row = access_evidence(owner, evidence_id)
    except NotFound:
        raise NotFound(f"suggestion {evidence_id}: not found") from None
    if row.state != State.SUGGESTED:
        raise Conflict(f"suggestion {evidence_id} was already answered ({row.state})")
    return row


@changes_owner_data
def confirm_suggestion(*, owner: AbstractBaseUser, evidence_id: int, prefs: Preferences,
                       now: datetime) -> EvidenceReport:
    """Apply the suggestion (and the person's others with the same address); returns what
    was logged and completed."""
    row = _suggestion(owner, evidence_id)
    person = Person.objects.get(pk=row.person_id, owner=owner)
    if row.address:
        add_contact_points(person, [_key(row.address)])
    same = EvidenceItem.objects.filter(owner=owner, person=person, state=State.SUGGESTED)
    rows = [row, *same.filter(address=row.address).exclude(pk=row.pk)] if row.address else [row]
    report = EvidenceReport()
    run = EvidenceRun(owner, prefs, now, report)
    for each in sorted(rows, key=lambda r: r.at):
        if each.at > now:
            each.state = State.SCHEDULED
            each.save(update_fields=["state"])
        else:
            run.log(each)
    return report


@changes_owner_data
def dismiss_suggestion(*, owner: AbstractBaseUser, evidence_id: int, now: datetime) -> None:
    """Not them: the item stays dismissed, also when imported again."""
    row = _suggestion(owner, evidence_id)
    row.state = State.DISMISSED
    row.save(update_fields=["state"])


def _key(address: str) -> Key:
    return email_key(address) if "@" in address else linkedin_key(address)
