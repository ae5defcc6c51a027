"""The team data set, written without the ORM, reads back as ordinary people and open steps."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_each_team_owner_gets_their_own_people_each_with_one_open_step(clock):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from bench.team import make_team
    from followthrough.models import Person, Step

    make_team(timezone.now(), owners=3, people=4)
    assert Person.objects.count() == 12
    assert sorted(Person.objects.values_list("owner_id", flat=True).distinct().values_list(
        "owner_id", flat=True)) == sorted({p.owner_id for p in Person.objects.all()})
    person = Person.objects.alive().order_by("id").first()
    assert person is not None and person.card_extra == {} and person.next_due is not None
    step = Step.objects.get(person=person)
    assert (step.owner_id, step.state, step.kind) == (person.owner_id, "open", "call")
