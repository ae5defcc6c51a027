"""Helpers the tests of tests/evidence import (conftest.py holds only fixtures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Cast:
    jane: object
    bob: object
    carol: object
    dan: object


def meet(owner, prefs, name: str, at: datetime, **contact: str):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from followthrough.services.meetings import NewMeeting, record_meeting

    return record_meeting(owner=owner, meeting=NewMeeting(name=name, at=at, where="Berlin data "
                          "meetup", why="pipelines", **contact), prefs=prefs,
                          now=timezone.now()).person


def steps_of(person) -> dict[str, tuple[str, datetime | None]]:  # type: ignore[no-untyped-def]
    from followthrough.models import Step

    return {s.kind: (s.state, s.closed_at) for s in Step.objects.filter(person=person)}


def interactions_of(person) -> list[tuple[str, bool, str]]:  # type: ignore[no-untyped-def]
    from followthrough.models import Interaction

    return sorted((i.kind, i.incoming, i.note)
                  for i in Interaction.objects.filter(person=person))
