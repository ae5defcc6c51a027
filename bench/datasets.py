"""Generated data sets for the benchmarks: sizes the issue names, written with bulk inserts.

*personal*: one owner with 30,000 people (a LinkedIn-sized network), 5,000 meetings,
50,000 interactions and 40,000 steps. *team*: N owners x M people (default 1,000 x 1,000).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.db import transaction

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.models import ContactPoint, Interaction, Meeting, Person, Step

FIRST = ["Jane", "Bob", "Priya", "Tomás", "Marta", "Hiroshi", "Léa", "Adaeze", "Søren", "Ana"]
LAST = ["Doe", "Smith", "Venkataraman", "Ferreira", "Lindqvist", "Tanabe", "Marchand", "Okonkwo"]
KINDS = ["linkedin", "thank-you-email", "save-card", "schedule-call", "call", "face-to-face"]
BATCH = 5_000


def make_owner(username: str) -> User:
    return User.objects.create_user(username)


@transaction.atomic
def personal(owner: User, now: datetime, *, people: int = 30_000, meetings: int = 5_000,
             interactions: int = 50_000, steps: int = 40_000, seed: int = 1) -> None:
    rng = random.Random(seed)
    person_ids = _people(owner, now, people, rng)
    met = rng.sample(person_ids, min(meetings, len(person_ids)))
    meeting_rows = Meeting.objects.bulk_create(
        (Meeting(owner=owner, person_id=pid, at=now - timedelta(days=rng.randint(0, 400)),
                 where="Mixer", why="hiring", need="engineers") for pid in met),
        batch_size=BATCH,
    )
    Step.objects.bulk_create(
        (_step(owner, meeting_rows[i % len(meeting_rows)], i, now, rng) for i in range(steps)),
        batch_size=BATCH,
    )
    Interaction.objects.bulk_create(
        (Interaction(owner=owner, person_id=rng.choice(met), kind=rng.choice(list(InteractionKind)),
                     at=now - timedelta(days=rng.randint(0, 400)), note="talked")
         for _ in range(interactions)),
        batch_size=BATCH,
    )


def _people(owner: User, now: datetime, count: int, rng: random.Random) -> list[int]:
    rows = [
        Person(owner=owner, full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
               organisation=f"Company {n % 700}",
               next_due=now + timedelta(hours=rng.randint(-2000, 4000)) if n % 6 == 0 else None,
               connected_on=(now - timedelta(days=n % 3000)).date())
        for n in range(count)
    ]
    created = Person.objects.bulk_create(rows, batch_size=BATCH)
    ContactPoint.objects.bulk_create(
        (ContactPoint(owner=owner, person=p, kind="email", value=f"p{p.pk}@example.com",
                      key=f"p{p.pk}@example.com") for p in created),
        batch_size=BATCH,
    )
    return [p.pk for p in created]


def _step(owner: User, meeting: Meeting, n: int, now: datetime, rng: random.Random) -> Step:
    kind = KINDS[n % len(KINDS)]
    due = meeting.at + timedelta(days=2 if n % 6 < 4 else 30 if kind == "call" else 90)
    done = due < now and rng.random() < 0.8
    return Step(owner=owner, person_id=meeting.person_id, meeting=meeting, kind=kind, title=kind,
                after="48h", cadence=kind == "face-to-face", due_at=due,
                state=StepState.DONE if done else StepState.OPEN,
                closed_at=due - timedelta(hours=1) if done else None)


UTC_ZONE = ZoneInfo("UTC")


def refresh_all(owner: User, now: datetime) -> None:
    from followthrough.services.refresh import refresh_person

    for person in Person.objects.filter(owner=owner, meetings__isnull=False).distinct():
        refresh_person(person, zone=UTC_ZONE)
