"""The *met once* data set: N people each met once, their playbook started, as a user with a big
LinkedIn export who has been meeting people for a year sees it.

Each person has an e-mail address and one meeting in the last 400 days; the meeting's steps
are the default playbook's (six), those due before now done on time or left open (overdue),
the rest open: about 2.8 open steps a person, 84,000 at 30,000 people, as in issue 22. The
people's deadlines are what `refresh_person` would make of their rows. Written with
the imports' bulk insert (services/bulk_rows.py), so 30,000 people take seconds, not the
hours that meetings recorded one by one through the service would.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.datasets import FIRST, LAST

OVERDUE_SHARE = 0.45  # of the steps already due: left open (the rest were done on time)


def add_people(owner: Any, now: datetime, *, start: int, count: int, seed: int = 22) -> None:
    """People number `start` to `start + count - 1`, with their meetings and steps."""
    from django.db import transaction

    from followthrough.domain.playbook import DEFAULT_PLAYBOOK
    from followthrough.domain.schedule import plan_meeting
    from followthrough.models import ContactPoint, Meeting, Person, Step
    from followthrough.services.bulk_rows import RowInserter

    rng = random.Random(seed + start)
    met = [now - timedelta(minutes=rng.randrange(400 * 24 * 60)) for _ in range(count)]
    plans = [plan_meeting(DEFAULT_PLAYBOOK, at, UTC, 90) for at in met]
    opened = [[p for p in plan if p.due_at > now or rng.random() < OVERDUE_SHARE]
              for plan in plans]
    with transaction.atomic():
        RowInserter(Person).insert(
            _person(owner, start + n, at, opened[n]) for n, at in enumerate(met))
        ids = dict(Person.objects.filter(owner=owner, uid__startswith="bench-met-")
                   .values_list("uid", "id"))
        pks = [ids[f"bench-met-{start + n}"] for n in range(count)]
        RowInserter(ContactPoint).insert(
            {"owner_id": owner.pk, "person_id": pk, "kind": "email",
             "value": f"met{start + n}@example.com", "key": f"met{start + n}@example.com"}
            for n, pk in enumerate(pks))
        RowInserter(Meeting).insert(
            {"owner_id": owner.pk, "person_id": pk, "at": at, "where": "Mixer", "why": "hiring",
             "need": "engineers", "created_at": at} for pk, at in zip(pks, met, strict=True))
        meetings = dict(Meeting.objects.filter(person_id__in=pks).values_list("person_id", "id"))
        RowInserter(Step).insert(
            _step(owner, pk, meetings[pk], planned, planned in opened[n], now)
            for n, pk in enumerate(pks) for planned in plans[n])


def _person(owner: Any, number: int, at: datetime, opened: list[Any]) -> dict[str, Any]:
    face_to_face = min((p.due_at for p in opened if p.template.cadence), default=None)
    return {
        "owner_id": owner.pk, "uid": f"bench-met-{number}",
        "full_name": f"{FIRST[number % len(FIRST)]} {LAST[number // 10 % len(LAST)]} {number}",
        "organisation": f"Company {number % 700}", "cadence_days": 90,
        "first_met_at": at, "face_to_face_due": face_to_face,
        "next_due": min((p.due_at for p in opened), default=None),
        "created_at": at, "updated_at": at,
    }


def _step(owner: Any, person_id: int, meeting_id: int, planned: Any, is_open: bool,
          now: datetime) -> dict[str, Any]:
    template = planned.template
    return {
        "owner_id": owner.pk, "person_id": person_id, "meeting_id": meeting_id,
        "kind": template.kind, "title": template.title, "after": str(template.after),
        "cadence": template.cadence, "due_at": planned.due_at,
        "state": "open" if is_open else "done",
        "closed_at": None if is_open else planned.due_at - timedelta(hours=1),
        "created_at": min(planned.due_at, now),
    }
