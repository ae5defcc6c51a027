"""Evidence fixtures: the people Alex met at a Berlin meetup, recorded through the services.

The clock stands at Wednesday 4 March 2026, 19:00 Berlin (tests/conftest.py START). Jane Doe
was met on Monday at 18:00 and Bob Roe on Sunday at 12:00, so their 48-hour steps fall due
on Wednesday 18:00 and Tuesday 12:00. Carol Smith and Dan Brown are known, never met.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.evidence.helpers import FIXTURES, Cast, meet
from tests.helpers import BERLIN


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def cast(owner, prefs, clock) -> Cast:  # type: ignore[no-untyped-def]
    from followthrough.models import ContactPoint, Person

    jane = meet(owner, prefs, "Jane Doe", datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN),
                email="jane.doe@example.com", linkedin="https://www.linkedin.com/in/jane-doe")
    bob = meet(owner, prefs, "Bob Roe", datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN),
               email="bob@roe.example", linkedin="linkedin.com/in/bob-roe")
    carol = Person.objects.create(owner=owner, full_name="Carol Smith")
    ContactPoint.objects.create(owner=owner, person=carol, kind="email",
                                value="carol@smith.example", key="carol@smith.example")
    ContactPoint.objects.create(owner=owner, person=carol, kind="linkedin",
                                value="https://www.linkedin.com/in/carol-smith",
                                key="https://www.linkedin.com/in/carol-smith")
    dan = Person.objects.create(owner=owner, full_name="Dan Brown")
    ContactPoint.objects.create(owner=owner, person=dan, kind="email", value="dan@brown.example",
                                key="dan@brown.example")
    return Cast(jane, bob, carol, dan)
