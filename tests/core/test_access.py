"""Ownership is one rule (selectors/access.py): another owner's row, a row of someone in the
trash and an id that never existed are the same NotFound, for every door and service."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from followthrough.errors import NotFound
from followthrough.models import Interaction, Offer
from followthrough.selectors import access
from followthrough.services import people, people_edit
from followthrough.services.meetings import NewMeeting, record_meeting


@pytest.fixture
def janes(owner, teammate, prefs, clock):  # type: ignore[no-untyped-def]
    """A Jane for each of two owners, each with a meeting, steps, an interaction and an offer."""
    made = {}
    for who in (owner, teammate):
        now = timezone.now()
        recorded = record_meeting(owner=who, meeting=NewMeeting(
            name="Jane Doe", at=now - timedelta(hours=1), give="an intro"), prefs=prefs, now=now)
        Interaction.objects.create(owner=who, person=recorded.person, kind="call", at=now)
        made[who.pk] = recorded
    return made


ACCESS = {
    "person": (access.access_person, lambda r: r.person.pk),
    "meeting": (access.access_meeting, lambda r: r.meeting.pk),
    "step": (access.access_step, lambda r: r.steps[0].pk),
    "interaction": (access.access_interaction,
                    lambda r: Interaction.objects.get(person=r.person).pk),
    "offer": (access.access_offer, lambda r: Offer.objects.get(person=r.person).pk),
}


@pytest.mark.parametrize("noun", sorted(ACCESS))
def test_each_row_is_reached_by_its_owner_only(noun, janes, owner, teammate):
    reach, id_of = ACCESS[noun]
    mine, theirs = id_of(janes[owner.pk]), id_of(janes[teammate.pk])
    assert reach(owner, mine).pk == mine
    for row_id in (theirs, 10**9):
        with pytest.raises(NotFound, match=f"there is no {noun} {row_id}"):
            reach(owner, row_id)


@pytest.mark.parametrize("noun", sorted(ACCESS))
def test_the_rows_of_someone_in_the_trash_are_not_reached(noun, janes, owner):
    reach, id_of = ACCESS[noun]
    row_id = id_of(janes[owner.pk])
    people_edit.delete_person(owner=owner, person=janes[owner.pk].person, now=timezone.now())
    with pytest.raises(NotFound):
        reach(owner, row_id)


def test_a_service_handed_another_owner_s_person_changes_nothing(janes, owner, teammate, prefs):
    theirs = janes[teammate.pk].person
    with pytest.raises(NotFound):
        people.add_offer(owner=owner, person=theirs, text="sneaky", delivered=False,
                         now=timezone.now())
    with pytest.raises(NotFound):
        people.set_cadence(owner=owner, person=theirs, days=7, now=timezone.now(), prefs=prefs)
    with pytest.raises(NotFound):
        record_meeting(owner=owner, meeting=NewMeeting(name="Jane Doe", at=timezone.now()),
                       prefs=prefs, now=timezone.now(), person=theirs)
    theirs.refresh_from_db()
    assert not Offer.objects.filter(text="sneaky").exists() and theirs.cadence_days == 90
    assert theirs.meetings.count() == 1
