"""Recording a meeting: find or create the person, start the playbook, note needs and offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Value
from django.db.models.functions import Lower

from followthrough.domain.kinds import StepState
from followthrough.domain.schedule import plan_meeting
from followthrough.errors import Ambiguous
from followthrough.models import Meeting, Offer, Person, Step
from followthrough.models.person import NAME_MAX
from followthrough.preferences import Preferences
from followthrough.services import contacts
from followthrough.services.refresh import refresh_person
from followthrough.services.validation import (
    clean_email,
    clean_linkedin,
    clean_phone,
    clean_text,
    not_in_future,
)
from followthrough.services.versions import changes_owner_data


@dataclass(frozen=True)
class NewMeeting:
    """What a person types about someone they just met; only the name is required."""

    name: str
    at: datetime
    where: str = ""
    why: str = ""
    need: str = ""
    give: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    company: str = ""
    title: str = ""


@dataclass
class MeetingRecorded:
    person: Person
    meeting: Meeting
    steps: list[Step]
    created_person: bool
    warnings: list[str] = field(default_factory=list)


@changes_owner_data
def record_meeting(
    *,
    owner: AbstractBaseUser,
    meeting: NewMeeting,
    prefs: Preferences,
    now: datetime,
    person: Person | None = None,
    new_person: bool = False,
) -> MeetingRecorded:
    """Record a meeting and start its playbook.

    Someone already known (same email, LinkedIn URL or phone) gets the meeting added instead of
    a twin; a name-only match is ambiguous unless the caller picks `person` or `new_person`.
    """
    name = clean_text("name", meeting.name, limit=NAME_MAX, required=True)
    where, why, need, give = (
        clean_text(f, getattr(meeting, f)) for f in ("where", "why", "need", "give")
    )
    company = clean_text("company", meeting.company, limit=NAME_MAX)
    title = clean_text("title", meeting.title, limit=NAME_MAX)
    at = not_in_future("when", meeting.at, now)
    keys = _keys(meeting, prefs)

    target, created = person, False
    if target is None:
        target, created = _find_or_create(
            owner, name, keys, new_person, prefs.playbook.default_cadence_days
        )
    _fill_blanks(target, organisation=company, title=title)
    contacts.add_contact_points(target, keys)

    recorded = Meeting.objects.create(
        owner=owner, person=target, at=at, where=where, why=why, need=need
    )
    if give:
        Offer.objects.create(owner=owner, person=target, meeting=recorded, text=give)
    steps = _start_playbook(recorded, prefs)
    refresh_person(target, now)
    warnings = [] if give else ["no note of what you can give them: the 30-day call needs one"]
    return MeetingRecorded(target, recorded, steps, created, warnings)


def _keys(meeting: NewMeeting, prefs: Preferences) -> list[contacts.Key]:
    keys = []
    if meeting.email.strip():
        keys.append(contacts.email_key(clean_email(meeting.email)))
    if meeting.linkedin.strip():
        keys.append(contacts.linkedin_key(clean_linkedin(meeting.linkedin)))
    if meeting.phone.strip():
        keys.append(contacts.phone_key(clean_phone(meeting.phone, prefs.phone_region)))
    return keys


def _find_or_create(
    owner: AbstractBaseUser, name: str, keys: list[contacts.Key], new_person: bool,
    default_cadence: int | None,
) -> tuple[Person, bool]:
    if not new_person:
        matches = contacts.people_matching(owner, keys)
        if len(matches) > 1:
            raise Ambiguous(
                "the email, LinkedIn URL or phone belong to different people; "
                "pick one with --person ID",
                matches,
            )
        if matches:
            return matches[0], False
        # The same name in any case, read from person_owner_folded_name: a meeting with someone
        # new costs the same at 30,000 people as at 1,000 (`iexact` read every name).
        namesakes = list(
            Person.objects.alive().alias(folded=Lower("full_name"))
            .filter(owner=owner, folded=Lower(Value(name))).order_by("id")
        )
        if namesakes:
            raise Ambiguous(
                f"you already know someone called {name}: add --person ID to record this "
                "meeting with them, or --new to create another person",
                namesakes,
            )
    given, _, family = name.partition(" ")
    person = Person.objects.create(
        owner=owner, full_name=name, given_name=given, family_name=family.strip(),
        cadence_days=default_cadence,
    )
    return person, True


def _fill_blanks(person: Person, **values: str) -> None:
    """New details fill empty fields; existing ones are never silently overwritten."""
    changed = [k for k, v in values.items() if v and not getattr(person, k)]
    for attribute in changed:
        setattr(person, attribute, values[attribute])
    if changed:
        person.save(update_fields=[*changed, "updated_at"])


def _start_playbook(meeting: Meeting, prefs: Preferences) -> list[Step]:
    person = meeting.person
    # A person already on a face-to-face cadence keeps that one open step, not a second.
    has_cadence_step = Step.objects.filter(
        person=person, cadence=True, state=StepState.OPEN
    ).exists()
    planned = plan_meeting(prefs.playbook, meeting.at, prefs.zone, person.cadence_days)
    return Step.objects.bulk_create(
        Step(
            owner_id=meeting.owner_id, person=person, meeting=meeting,
            kind=p.template.kind, title=p.template.title, after=str(p.template.after),
            cadence=p.template.cadence, due_at=p.due_at,
        )
        for p in planned
        if not (p.template.cadence and has_cadence_step)
    )
