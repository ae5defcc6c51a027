"""Recording a meeting: find or create the person, start the playbook, note needs and offers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError
from django.db.models import Value
from django.db.models.functions import Lower

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.schedule import plan_meeting
from followthrough.errors import Ambiguous, Conflict, InvalidInput
from followthrough.models import Meeting, Offer, Person, Step
from followthrough.models.person import NAME_MAX
from followthrough.preferences import Preferences
from followthrough.selectors.access import check_person
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
    # False when the person had been met before: only the every-meeting steps started.
    first_meeting: bool = True
    # The name typed when it is not the one they are known by (kept as a nickname if free).
    other_name: str = ""
    repeated: bool = False  # the capture had been recorded already (its client key): nothing new


def record_meeting_once(
    *,
    owner: AbstractBaseUser,
    client_key: str,
    meeting: NewMeeting,
    prefs: Preferences,
    now: datetime,
    person: Person | None = None,
    new_person: bool = False,
) -> MeetingRecorded:
    """`record_meeting`, idempotent under `client_key` (the id a browser gave a capture): sent
    twice, even at the same moment, it is one meeting, and the second send answers with it."""
    key = clean_client_key(client_key)
    if key and (earlier := _recorded_under(owner, key)) is not None:
        return earlier
    try:
        return record_meeting(owner=owner, meeting=meeting, prefs=prefs, now=now, person=person,
                              new_person=new_person, client_key=key)
    except IntegrityError:  # the same capture committed first by another request: all undone
        earlier = _recorded_under(owner, key) if key else None
        if earlier is None:
            raise
        return earlier


def clean_client_key(value: str) -> str:
    key = (value or "").strip()
    if key and not _CLIENT_KEY.fullmatch(key):
        raise InvalidInput("client id", "must be 8 to 64 letters, digits or dashes")
    return key


_CLIENT_KEY = re.compile(r"[A-Za-z0-9-]{8,64}")


def _recorded_under(owner: AbstractBaseUser, key: str) -> MeetingRecorded | None:
    earlier = Meeting.objects.filter(owner=owner, client_key=key).select_related("person").first()
    if earlier is None:
        return None
    if earlier.person.deleted_at is not None:
        raise Conflict(f"this capture was recorded with {earlier.person.full_name}, who has since "
                       "been deleted (`followthrough trash` lists them to bring back)")
    return MeetingRecorded(earlier.person, earlier, list(earlier.steps.order_by("due_at", "id")),
                           created_person=False, repeated=True)


@changes_owner_data
def record_meeting(
    *,
    owner: AbstractBaseUser,
    meeting: NewMeeting,
    prefs: Preferences,
    now: datetime,
    person: Person | None = None,
    new_person: bool = False,
    client_key: str = "",
) -> MeetingRecorded:
    """Record a meeting and start its playbook.

    Someone already known (same email, LinkedIn URL or phone) gets the meeting added instead of
    a twin; a name-only match is ambiguous unless the caller picks `person` or `new_person`.
    Meeting someone again starts only the playbook's every-meeting steps (the first-contact
    plan was the first meeting's), and, being face to face, restarts their cadence.
    A capture with a `client_key` goes through `record_meeting_once`.
    """
    name = clean_text("name", meeting.name, limit=NAME_MAX, required=True)
    where = clean_text("where", meeting.where)
    why, need, give = (
        clean_text(f, getattr(meeting, f), one_line=False) for f in ("why", "need", "give")
    )
    company = clean_text("company", meeting.company, limit=NAME_MAX)
    title = clean_text("title", meeting.title, limit=NAME_MAX)
    at = not_in_future("when", meeting.at, now)
    keys = meeting_keys(meeting, prefs)

    target, created = person, False
    if target is not None:
        check_person(owner, target)
    else:
        target, created = _find_or_create(
            owner, name, keys, new_person, prefs.playbook.default_cadence_days
        )
    _fill_blanks(target, organisation=company, title=title)
    contacts.add_contact_points(target, keys)
    other_name, warnings = ("", []) if created else _other_name(target, name, keys)
    first = created or not Meeting.objects.filter(person=target).exists()

    recorded = Meeting.objects.create(
        owner=owner, person=target, at=at, where=where, why=why, need=need, client_key=client_key
    )
    # The same offer said again at a later meeting is the one still open, not a second one.
    if give and not Offer.objects.filter(person=target, delivered_at__isnull=True,
                                         text__iexact=give).exists():
        Offer.objects.create(owner=owner, person=target, meeting=recorded, text=give)
    if not first:
        warnings += _met_again(owner, target, recorded, prefs, now)
    steps = _start_playbook(recorded, prefs, first)
    refresh_person(target, zone=prefs.zone)
    if not give and (first or any(s.kind in _give_note_kinds(prefs) for s in steps)):
        warnings.append("no note of what you can give them: the 30-day call needs one")
    if not first:
        steps += Step.objects.filter(person=target, state=StepState.OPEN, cadence=True,
                                     meeting__isnull=True).exclude(pk__in=[s.pk for s in steps])
    return MeetingRecorded(target, recorded, steps, created, warnings, first, other_name)


def _give_note_kinds(prefs: Preferences) -> set[str]:
    return {t.kind for t in prefs.playbook.steps if t.needs_give_note}


def _met_again(owner: AbstractBaseUser, person: Person, meeting: Meeting, prefs: Preferences,
               now: datetime) -> list[str]:
    """Meeting someone again is meeting face to face: it completes what that completes and
    restarts the cadence, unless it is within 48 hours of the first meeting (the same one)."""
    from followthrough.services.interactions import log_interaction

    place = f" at {meeting.where}" if meeting.where else ""
    logged = log_interaction(owner=owner, person=person, kind=InteractionKind.FACE_TO_FACE,
                             at=meeting.at, note=f"Met again{place}", now=now, prefs=prefs)
    return logged.notes


def _other_name(person: Person, name: str, keys: list[contacts.Key]) -> tuple[str, list[str]]:
    """A known person met under another name: the name is kept as their nickname when they
    have none, and reported either way, so the caller can offer to rename them."""
    typed = " ".join(name.split())
    if typed.casefold() in {person.full_name.casefold(), person.nickname.casefold()}:
        return "", []
    by = f" has {keys[0].value}" if keys else ""
    if not person.nickname:
        person.nickname = typed
        person.save(update_fields=["nickname", "updated_at"])
        kept = f"“{typed}” is kept as their nickname"
    else:
        kept = f"they are also known as “{person.nickname}”, so “{typed}” was not kept"
    return typed, [f"{person.full_name}{by}: the meeting is added to them and {kept}; "
                   f"rename them if “{typed}” is their name"]


def meeting_keys(meeting: NewMeeting, prefs: Preferences) -> list[contacts.Key]:
    keys = []
    if meeting.email.strip():
        keys.append(contacts.email_key(clean_email(meeting.email)))
    if meeting.linkedin.strip():
        keys.append(contacts.linkedin_key(clean_linkedin(meeting.linkedin)))
    if meeting.phone.strip():
        keys.append(contacts.phone_key(clean_phone(meeting.phone, prefs.phone_region)))
    return keys


def find_person(owner: AbstractBaseUser, name: str, keys: list[contacts.Key]) -> Person | None:
    """The one person these keys belong to, or None; Ambiguous when it could be several, or
    when nothing but the name matches someone (the user decides)."""
    matches = contacts.people_matching(owner, keys)
    if len(matches) > 1:
        raise Ambiguous(
            "the email, LinkedIn URL or phone belong to different people; "
            "pick one with --person ID",
            matches,
        )
    if matches:
        return matches[0]
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
    return None


def _find_or_create(
    owner: AbstractBaseUser, name: str, keys: list[contacts.Key], new_person: bool,
    default_cadence: int | None,
) -> tuple[Person, bool]:
    if not new_person:
        known = find_person(owner, name, keys)
        if known is not None:
            return known, False
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


def _start_playbook(meeting: Meeting, prefs: Preferences, first: bool) -> list[Step]:
    """The meeting's steps. A person never has two open steps of one kind: an open one of a
    kind the meeting starts moves to this meeting (and its due time), the face-to-face step
    excepted, which keeps its deadline."""
    person = meeting.person
    open_steps = {s.kind: s for s in Step.objects.filter(person=person, state=StepState.OPEN)}
    planned = plan_meeting(prefs.playbook, meeting.at, prefs.zone, person.cadence_days, first)
    moved, new, order = [], [], {p.template.kind: n for n, p in enumerate(planned)}
    for p in planned:
        existing = open_steps.get(p.template.kind)
        if existing is None and p.template.cadence:
            existing = next((s for s in open_steps.values() if s.cadence), None)
        if existing is not None and existing.cadence:
            continue
        if existing is not None:
            existing.meeting, existing.due_at = meeting, p.due_at
            moved.append(existing)
            continue
        new.append(Step(
            owner_id=meeting.owner_id, person=person, meeting=meeting,
            kind=p.template.kind, title=p.template.title, after=str(p.template.after),
            cadence=p.template.cadence, due_at=p.due_at,
        ))
    Step.objects.bulk_update(moved, ["meeting", "due_at"])
    # In the plan's order: by due time, then as the playbook lists them.
    return sorted([*moved, *Step.objects.bulk_create(new)], key=lambda s: order[s.kind])
