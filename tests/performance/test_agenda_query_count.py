"""Today's agenda costs a fixed number of queries however many people and steps there are."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def one_step_in_each_section(owner, now) -> None:  # type: ignore[no-untyped-def]
    """Generated data may leave a section empty, and an empty section skips its prefetches."""
    from followthrough.models import Person, Step

    person = Person.objects.create(owner=owner, full_name="Always Due")
    for hours in (-5, 1, 48):
        Step.objects.create(owner=owner, person=person, kind="call", title="call",
                            due_at=now + timedelta(hours=hours))


def agenda_queries(owner, prefs, now) -> int:  # type: ignore[no-untyped-def]
    from followthrough.selectors.agenda import agenda_for

    one_step_in_each_section(owner, now)

    with CaptureQueriesContext(connection) as captured:
        agenda = agenda_for(owner, now=now, zone=prefs.zone, playbook=prefs.playbook)
    assert agenda.overdue.total and agenda.today.total and agenda.this_week.total
    return len(captured.captured_queries)


def test_the_agenda_of_twenty_times_the_people_takes_the_same_number_of_queries(
        owner, teammate, prefs, personal):  # type: ignore[no-untyped-def]
    small = agenda_queries(owner, prefs, personal(60))
    personal(1_200)  # the same owner, twenty times the rows
    assert agenda_queries(owner, prefs, personal(0)) == small


def test_the_agenda_never_counts_another_owners_steps(
        owner, teammate, prefs, clock):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from bench import datasets
    from followthrough.selectors.agenda import agenda_for

    now = timezone.now()
    datasets.personal(teammate, now, people=120, meetings=20, interactions=10, steps=160)
    agenda = agenda_for(owner, now=now, zone=prefs.zone, playbook=prefs.playbook)
    assert agenda.is_empty
